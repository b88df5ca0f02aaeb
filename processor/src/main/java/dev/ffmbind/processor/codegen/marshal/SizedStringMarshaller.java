package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;

/**
 * A {@code String} whose length C takes too ({@code const char* s, size_t n}): with its length
 * passed, a U+0000 inside is representable, so {@code SizedStrings} keeps it. Encoded before the
 * other parameters, since its length parameter may come first.
 */
final class SizedStringMarshaller extends StringMarshaller {

  @Override
  ClassName encoder() {
    return Poet.SIZED_STRINGS;
  }

  @Override
  public boolean preparedFirst(ResolvedParam p) {
    return true;
  }

  /** Encoded bytes without the terminator (the string is encoded before its length). */
  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    return CodeBlock.of(
        "$T.length($L,$W$L)",
        Poet.SIZED_STRINGS,
        Guards.local(p),
        Poet.charset(p.encoding().orElseThrow()));
  }
}
