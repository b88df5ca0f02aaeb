package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;

/** {@code none}: the result is returned as it is; nothing is checked. */
final class NoErrors implements ErrorConvention {

  @Override
  public CodeBlock failureCheck(Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.builder().build();
  }
}
