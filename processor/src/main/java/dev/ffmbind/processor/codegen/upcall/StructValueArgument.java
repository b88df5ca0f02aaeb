package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A struct or union received as its value record: passed by value (the stub's descriptor has the
 * struct's layout), or through a {@code const T*} and copied ({@code null} for {@code NULL}).
 */
final class StructValueArgument implements UpcallArgument {

  @Override
  public CodeBlock layout(ResolvedCallback.Param p) {
    return p.isStructPointer()
        ? Poet.layout(p.cType())
        : CodeBlock.of("$T.$N", struct(p), Names.STRUCT_LAYOUT);
  }

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    ClassName struct = struct(p);
    return p.isStructPointer()
        ? CodeBlock.of(
            "$T.read($N,$W$T.$N.byteSize(),$W$T::read)",
            Poet.UPCALL_STRUCTS,
            p.name(),
            struct,
            Names.STRUCT_LAYOUT,
            struct)
        : CodeBlock.of("$T.read($N)", struct, p.name());
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(p.isStructPointer() ? ", copied; null for {@code NULL}" : ", a copy")
        .build();
  }

  static ClassName struct(ResolvedCallback.Param p) {
    return Poet.className(p.struct().orElseThrow());
  }
}
