package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A struct returned by value (the downcall writes it into per-call scratch memory that the call's
 * {@code SegmentAllocator} provides) or through a pointer C keeps ({@code struct tm* localtime}):
 * either way the value is read into the record before the method returns, so nothing points into
 * memory Java does not own; a returned {@code NULL} is {@code null}.
 */
final class StructReturn implements ReturnConversion {

  private static final ClassName STRUCTS = ClassName.get("dev.ffmbind.internal", "Structs");

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    ClassName type = Poet.className(((JavaType.StructValue) r.javaType()).structClass());
    if (!r.cType().isPointer()) {
      return CodeBlock.builder().addStatement("return $T.read($N)", type, Names.RESULT).build();
    }
    String at = Names.outLocal(Names.RESULT);
    return CodeBlock.builder()
        .addStatement(
            "$T $N = $T.pointee($N,$W$T.$N.byteSize())",
            Poet.MEMORY_SEGMENT,
            at,
            STRUCTS,
            Names.RESULT,
            type,
            Names.STRUCT_LAYOUT)
        .addStatement("return $N == null ? null : $T.read($N)", at, type, at)
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    Prose.Builder text = ReturnConversion.cType(r);
    return r.cType().isPointer()
        ? text.add(", copied out of the memory C points to; {@code null} for {@code NULL}").build()
        : text.add(", returned by value").build();
  }
}
