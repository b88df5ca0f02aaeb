package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.JavaType;

/** A pointer to an opaque type received as a borrowed handle ({@code null} for {@code NULL}). */
final class HandleArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    JavaType.Handle h = (JavaType.Handle) p.model().javaType();
    return CodeBlock.of(
        "$N.address() == 0 ? null : new $T($N)",
        p.name(),
        Poet.className(h.handleClass()),
        p.name());
  }
}
