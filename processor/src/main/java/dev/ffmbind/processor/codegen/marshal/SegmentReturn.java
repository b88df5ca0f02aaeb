package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/** A pointer returned as a raw {@code MemorySegment}, as C gave it. */
final class SegmentReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    return CodeBlock.builder().addStatement("return $N", Names.RESULT).build();
  }

  @Override
  public boolean returnsResultAsIs(ResolvedReturn r) {
    return true;
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return ReturnConversion.cType(r).build();
  }
}
