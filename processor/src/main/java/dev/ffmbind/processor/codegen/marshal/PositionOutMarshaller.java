package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code Ref<Long>} out-parameter through which C writes a pointer into a copied argument ({@code
 * strtol}'s {@code endptr} into {@code nptr}): the argument's scratch copy is released when the
 * call returns, so the {@code Ref} receives the pointer's position in it instead, computed while
 * the copy is still there (before the error check). An element index for an array, a byte offset
 * for a string or buffer, -1 for {@code NULL}; a pointer outside the argument throws.
 */
final class PositionOutMarshaller implements ParamMarshaller {

  private static final ClassName POINTERS = ClassName.get("dev.ffmbind.internal", "Pointers");

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return OutSlots.declare(p);
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    ResolvedParam into = p.pointsInto().orElseThrow();
    CodeBlock body =
        CodeBlock.builder()
            .add(OutSlots.read(p))
            .addStatement(
                "$N.set($T.position($N,$W$L,$W$L,$W$S,$W$S))",
                p.name(),
                POINTERS,
                Names.outLocal(p.name()),
                Guards.local(into),
                elementBytes(into),
                call.cSymbol(),
                into.name())
            .build();
    return OutSlots.whenGiven(p, body);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    ResolvedParam into = p.pointsInto().orElseThrow();
    String unit =
        into.javaType() instanceof JavaType.PrimitiveArray
            ? "the index of the element it points to"
            : into.javaType() instanceof JavaType.Str
                ? "the byte offset in the encoded string ({@code Positions.charIndex} gives the"
                    + " {@code String} index)"
                : "the byte offset";
    return Prose.builder()
        .add(
            "{@code $L}, where C writes a pointer into {@code $L}: after the call the {@code Ref}"
                + " holds its position there, $L, or -1 for {@code NULL}",
            p.model().cType().canonical(),
            into.name(),
            unit)
        .add(Guards.nullableDoc(p))
        .build();
  }

  private static int elementBytes(ResolvedParam into) {
    return into.javaType() instanceof JavaType.PrimitiveArray a
        ? ResolvedParam.ElementSize.bytes(a.element())
        : 1;
  }
}
