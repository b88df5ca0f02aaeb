package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.text.Prose;

/** A {@code void} function: nothing to return. */
final class VoidReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public CodeBlock returnConstant(ResolvedReturn r, long value) {
    return CodeBlock.builder().addStatement("return").build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return Prose.builder().build();
  }
}
