package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A pointer to a resident struct received as its view, over memory that belongs to the stub's
 * scope: reads and writes reach C's struct during the callback, and any use after it returns throws
 * {@code IllegalStateException} ({@code null} for {@code NULL}).
 */
final class StructViewArgument implements UpcallArgument {

  @Override
  public boolean scoped() {
    return true;
  }

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    JavaType.StructView v = (JavaType.StructView) p.model().javaType();
    return CodeBlock.of(
        "$T.view($N,$W$T.$N.byteSize(),$W$N,$W$T::of)",
        Poet.UPCALL_STRUCTS,
        p.name(),
        StructValueArgument.struct(p),
        Names.STRUCT_LAYOUT,
        Names.UPCALL_SCOPE,
        Poet.className(v.viewClass()));
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(
            ", a view of C's struct; valid only during the call (later use throws"
                + " IllegalStateException); null for {@code NULL}")
        .build();
  }
}
