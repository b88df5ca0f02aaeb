package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.binding.StringEncoding;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code String} passed as a NUL-terminated C string, encoded into scratch memory in its charset
 * ({@code wchar_t} strings in the platform's wide encoding). A U+0000 inside cannot be represented
 * and is rejected.
 */
class StringMarshaller implements ParamMarshaller {

  /** The runtime class that encodes it. */
  ClassName encoder() {
    return Poet.NATIVE_STRINGS;
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    StringEncoding encoding = p.encoding().orElseThrow();
    if (encoder().equals(Poet.NATIVE_STRINGS) && asciiCompatible(encoding)) {
      // NativeStrings.asciiAt writes ASCII text and returns an offset; encode, small enough to be
      // inlined here, makes the segment, which escape analysis then removes (0 B/op).
      return Guards.declareNative(
          p,
          CodeBlock.of(
              "$T.encode($N,$W$T.asciiAt($N,$W$N),$W$N,$W$L,$W$S,$W$S)",
              encoder(),
              Names.SCRATCH,
              encoder(),
              Names.SCRATCH,
              p.name(),
              p.name(),
              Poet.charset(encoding),
              call.cSymbol(),
              p.name()));
    }
    return Guards.declareNative(
        p,
        CodeBlock.of(
            "$T.encode($N,$W$N,$W$L,$W$S,$W$S)",
            encoder(),
            Names.SCRATCH,
            p.name(),
            Poet.charset(p.encoding().orElseThrow()),
            call.cSymbol(),
            p.name()));
  }

  /** UTF-8, US-ASCII or ISO-8859-1: ASCII text is the same bytes in each. */
  private static boolean asciiCompatible(StringEncoding encoding) {
    return !encoding.wide()
        && encoding
            .charset()
            .flatMap(StringEncoding::standardConstant)
            .filter(c -> c.equals("UTF_8") || c.equals("US_ASCII") || c.equals("ISO_8859_1"))
            .isPresent();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }
}
