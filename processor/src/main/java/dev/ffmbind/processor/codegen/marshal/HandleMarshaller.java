package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;

/**
 * A typed handle passed as its pointer. {@code segmentFor} rejects a closed handle, naming the
 * function and parameter, before C runs.
 */
final class HandleMarshaller extends DirectMarshaller {

  @Override
  CodeBlock value(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.segmentFor($S,$W$S)", p.name(), call.cSymbol(), p.name());
  }
}
