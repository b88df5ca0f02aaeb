package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A pointer into a copied argument ({@code bsearch}'s result in {@code base}), returned as its
 * position there: the argument's scratch copy is released when the call returns, so the pointer
 * itself would dangle. An element index for an array, a byte offset for a string or buffer, -1 for
 * {@code NULL}; a pointer outside the argument throws.
 */
final class PositionReturn implements ReturnConversion {

  private static final ClassName POINTERS = ClassName.get("dev.ffmbind.internal", "Pointers");

  @Override
  public TypeName javaType(ResolvedReturn r, Call call) {
    return TypeName.LONG;
  }

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    ResolvedParam into = r.pointsInto().orElseThrow();
    return CodeBlock.builder()
        .addStatement(
            "return $T.position($N, $L, $L, $S, $S)",
            POINTERS,
            Names.RESULT,
            Guards.local(into),
            elementBytes(into),
            call.cSymbol(),
            into.name())
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    ResolvedParam into = r.pointsInto().orElseThrow();
    String unit =
        into.javaType() instanceof JavaType.PrimitiveArray
            ? "the index of the element"
            : "the byte offset";
    return ReturnConversion.cType(r)
        .add(
            " as a position in {@code $L}: $L it points to, or -1" + " for {@code NULL}",
            into.name(),
            unit)
        .build();
  }

  private static int elementBytes(ResolvedParam into) {
    return into.javaType() instanceof JavaType.PrimitiveArray a
        ? ResolvedParam.ElementSize.bytes(a.element())
        : 1;
  }
}
