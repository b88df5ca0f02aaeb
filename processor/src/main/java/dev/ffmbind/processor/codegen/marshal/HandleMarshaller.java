package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;

/**
 * A typed handle passed as its pointer. {@code segmentFor} rejects a closed handle, naming the
 * function and parameter, before C runs.
 */
final class HandleMarshaller implements ParamMarshaller {

  private static CodeBlock segment(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.segmentFor($S, $S)", p.name(), call.cSymbol(), p.name());
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return p.nullable()
        ? Guards.declareNative(p, segment(p, call))
        : CodeBlock.builder().build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return p.nullable() ? Guards.local(p) : segment(p, call);
  }
}
