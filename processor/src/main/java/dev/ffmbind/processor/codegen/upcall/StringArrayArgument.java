package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * {@code char**} with a count in another parameter, received as a copied {@code String[]} ({@code
 * null} for {@code NULL}).
 */
final class StringArrayArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    ResolvedCallback.Param count = p.count().orElseThrow();
    CodeBlock length =
        Poet.carrier(count.cType()).equals(TypeName.INT)
            ? CodeBlock.of("$N", count.name())
            : CodeBlock.of("$T.toIntExact($N)", Math.class, count.name());
    return CodeBlock.of(
        "$T.decodeArray($N,$W$L,$W$L,$W$S)",
        Poet.NATIVE_STRINGS,
        p.name(),
        length,
        Poet.charset(p.encoding().orElseThrow()),
        callback.model().cName());
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(", {@code $L} strings (null for {@code NULL})", p.count().orElseThrow().name())
        .build();
  }
}
