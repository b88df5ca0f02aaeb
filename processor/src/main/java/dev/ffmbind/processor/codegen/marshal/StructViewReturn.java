package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code T*} of a resident struct returned as its view over the {@code sizeof(T)} bytes C points
 * to: borrowed (C owns the memory and says how long it lives), nothing copied; {@code NULL} is
 * {@code null}.
 */
final class StructViewReturn implements ReturnConversion {

  private static final ClassName STRUCTS = ClassName.get("dev.ffmbind.internal", "Structs");

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    JavaType.StructView type = (JavaType.StructView) r.javaType();
    ClassName view = Poet.className(type.viewClass());
    ClassName value = Poet.className(type.structClass());
    String at = Names.outLocal(Names.RESULT);
    return CodeBlock.builder()
        .addStatement(
            "$T $N = $T.pointee($N,$W$T.$N.byteSize())",
            Poet.MEMORY_SEGMENT,
            at,
            STRUCTS,
            Names.RESULT,
            value,
            Names.STRUCT_LAYOUT)
        .addStatement("return $N == null ? null : $T.of($N)", at, view, at)
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return ReturnConversion.cType(r)
        .add(", a view of the memory C points to (borrowed: valid as long as C keeps it)")
        .add("; {@code null} for {@code NULL}")
        .build();
  }
}
