package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * A primitive array copied into scratch memory for the call and, if C writes it, back after.
 * Out-only arrays start zeroed: the whole array is copied back, so what C leaves alone must not be
 * stale scratch data.
 */
class CopiedArrayMarshaller implements ParamMarshaller {

  /**
   * A fixed-size array ({@code unsigned char[16]}) must hold its N elements; otherwise, when C is
   * given no length, it may touch at least one element, so there must be one.
   */
  static CodeBlock minLength(ResolvedParam p, Call call) {
    if (p.lengthLinked() && !p.cType().isArray()) {
      return CodeBlock.builder().build();
    }
    return Guards.ifNotNull(
        p,
        CodeBlock.of(
            "$T.minLength($N.length, $L,$W$S,$W$S)",
            Poet.CHECKS,
            p.name(),
            Math.max(1, p.cType().arrayLength()),
            call.cSymbol(),
            p.name()));
  }

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder()
        .add(Guards.notNull(p, call))
        .add(minLength(p, call))
        .add(Guards.bounds(p, call))
        .build();
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return Guards.declareNative(
        p,
        CodeBlock.of(
            "$T.$N($N,$W$N)",
            Poet.NATIVE_ARRAYS,
            p.model().direction().copiesIn() ? "copyIn" : "zeroed",
            Names.SCRATCH,
            p.name()));
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    if (!p.model().direction().copiesOut()) {
      return CodeBlock.builder().build();
    }
    return Guards.ifNotNull(
        p, CodeBlock.of("$T.copyOut($L,$W$N)", Poet.NATIVE_ARRAYS, Guards.local(p), p.name()));
  }

  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.length", p.name());
  }
}
