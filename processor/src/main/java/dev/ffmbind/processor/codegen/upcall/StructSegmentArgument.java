package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A struct received as a {@code MemorySegment} of its size that belongs to the stub's scope: for a
 * {@code T*}, C's memory (read and write it with the struct's {@code read}/{@code write}); for a
 * struct by value, a copy. Any use after the callback returns throws {@code IllegalStateException}
 * ({@code null} for {@code NULL}).
 */
final class StructSegmentArgument implements UpcallArgument {

  @Override
  public boolean scoped() {
    return true;
  }

  @Override
  public CodeBlock layout(ResolvedCallback.Param p) {
    return p.isStructPointer()
        ? Poet.layout(p.cType())
        : CodeBlock.of("$T.$N", StructValueArgument.struct(p), Names.STRUCT_LAYOUT);
  }

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    return p.isStructPointer()
        ? CodeBlock.of(
            "$T.scoped($N,$W$T.$N.byteSize(),$W$N)",
            Poet.UPCALL_STRUCTS,
            p.name(),
            StructValueArgument.struct(p),
            Names.STRUCT_LAYOUT,
            Names.UPCALL_SCOPE)
        : CodeBlock.of("$T.copy($N,$W$N)", Poet.UPCALL_STRUCTS, p.name(), Names.UPCALL_SCOPE);
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(
            p.isStructPointer()
                ? ", C's struct; valid only during the call (later use throws"
                    + " IllegalStateException); null for {@code NULL}"
                : ", a copy valid only during the call")
        .build();
  }
}
