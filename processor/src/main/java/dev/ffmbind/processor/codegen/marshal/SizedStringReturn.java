package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A C string of known size returned as a {@code String}: exactly that many bytes are decoded, no
 * terminator needed, embedded NULs kept.
 */
final class SizedStringReturn extends StringReturn {

  @Override
  CodeBlock prologue(ResolvedReturn r, Call call) {
    return ReturnConversion.declareSize(r, call);
  }

  @Override
  CodeBlock decode(ResolvedReturn r, Call call) {
    return CodeBlock.of(
        "$T.decode($N,$W$N,$W$L,$W$S)",
        Poet.NATIVE_STRINGS,
        Names.RESULT,
        Names.SIZE,
        Poet.charset(r.encoding().orElseThrow()),
        call.cSymbol());
  }

  @Override
  Prose sizeDoc(ResolvedReturn r) {
    return Prose.of(
        "; exactly {@code $L} bytes are decoded (NULs inside are kept)",
        r.size().orElseThrow().name());
  }
}
