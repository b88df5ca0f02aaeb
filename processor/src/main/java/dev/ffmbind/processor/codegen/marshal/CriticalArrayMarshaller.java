package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;

/**
 * A primitive array passed to a critical call ({@code Linker.Option.critical(true)}): C reads and
 * writes the Java array in place, so there is no copy in either direction.
 */
final class CriticalArrayMarshaller extends CopiedArrayMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return false;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return Guards.declareNative(p, CodeBlock.of("$T.ofArray($N)", Poet.MEMORY_SEGMENT, p.name()));
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }
}
