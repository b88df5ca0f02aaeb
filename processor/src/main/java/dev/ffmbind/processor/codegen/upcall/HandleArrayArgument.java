package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;

/**
 * {@code T**} of an opaque type with a count in another parameter ({@code sqlite3_value** argv}),
 * received as an array of borrowed handles ({@code null} elements for {@code NULL}).
 */
final class HandleArrayArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    ResolvedCallback.Param count = p.count().orElseThrow();
    CodeBlock length =
        Poet.carrier(count.cType()).equals(TypeName.INT)
            ? CodeBlock.of("$N", count.name())
            : CodeBlock.of("$T.toIntExact($N)", Math.class, count.name());
    JavaType.HandleArray a = (JavaType.HandleArray) p.model().javaType();
    return CodeBlock.of(
        "$T.handles($N,$W$L,$W$T::new,$W$T[]::new,$W$S)",
        Poet.UPCALL_ARRAYS,
        p.name(),
        length,
        Poet.className(a.handleClass()),
        Poet.className(a.handleClass()),
        callback.model().cName());
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(
            ", {@code $L} borrowed handles (null for {@code NULL}), valid during the call",
            p.count().orElseThrow().name())
        .build();
  }
}
