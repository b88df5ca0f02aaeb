package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * A NUL-terminated C string received as a copied {@code String} ({@code null} for {@code NULL}).
 */
final class StringArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    return CodeBlock.of(
        "$T.decode($N,$W$L,$W$S)",
        Poet.NATIVE_STRINGS,
        p.name(),
        Poet.charset(p.encoding().orElseThrow()),
        callback.model().cName());
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p).add(", copied; null for {@code NULL}").build();
  }
}
