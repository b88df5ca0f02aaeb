package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaType;

/**
 * A Java primitive carrying a C scalar. An unsigned C type carried in a wider Java type is
 * range-checked and narrowed to its carrier.
 */
final class ScalarMarshaller implements ParamMarshaller {

  private static CodeBlock.Builder checks(ResolvedParam p, Call call) {
    CodeBlock.Builder checks = CodeBlock.builder();
    CTypes.Scalar sc = p.scalar().orElseThrow();
    if (sc.carrier() != primitive(p)) {
      checks.addStatement(
          "$T.unsignedRange($N,$W$LL,$W$S,$W$S)",
          Poet.CHECKS,
          p.name(),
          sc.unsignedMax(),
          call.cSymbol(),
          p.name());
    }
    return checks;
  }

  private static JavaType.Primitive primitive(ResolvedParam p) {
    return ((JavaType.Scalar) p.javaType()).primitive();
  }

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return checks(p, call).add(Guards.bounds(p, call)).build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    return sc.carrier() == primitive(p)
        ? CodeBlock.of("$N", p.name())
        : CodeBlock.of("($T) $N", Poet.primitive(sc.carrier()), p.name());
  }

  /** Carried in its own width (uint32_t as int): widen without sign. */
  @Override
  public CodeBlock sizeInBytes(ResolvedParam p) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    return primitive(p) == sc.carrier()
        ? Poet.unsignedLong(CodeBlock.of("$N", p.name()), sc)
        : CodeBlock.of("$N", p.name());
  }
}
