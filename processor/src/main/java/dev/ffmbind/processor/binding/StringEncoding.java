package dev.ffmbind.processor.binding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How the characters of a C string are encoded.
 *
 * @param wide whether it is a {@code wchar_t} string, always in the platform's {@code wchar_t}
 *     encoding ({@code NativeStrings.WCHAR_T}), never in a declared charset
 * @param charset the charset of a narrow string (the parameter's own, or the library default);
 *     empty for a wide string
 */
public record StringEncoding(boolean wide, Optional<String> charset) {

  /** A {@code wchar_t} string. */
  public static final StringEncoding WIDE = new StringEncoding(true, Optional.empty());

  /** A narrow string in the named charset. */
  public static StringEncoding of(String charset) {
    return new StringEncoding(false, Optional.of(charset));
  }

  /**
   * The {@code StandardCharsets} constant of a charset ({@code UTF_8}), or empty when it has none
   * and the binding class needs a field for it.
   */
  public static Optional<String> standardConstant(String name) {
    Charset cs = Charset.forName(name);
    return Optional.ofNullable(
        cs.equals(StandardCharsets.UTF_8)
            ? "UTF_8"
            : cs.equals(StandardCharsets.ISO_8859_1)
                ? "ISO_8859_1"
                : cs.equals(StandardCharsets.US_ASCII)
                    ? "US_ASCII"
                    : cs.equals(StandardCharsets.UTF_16LE)
                        ? "UTF_16LE"
                        : cs.equals(StandardCharsets.UTF_16BE) ? "UTF_16BE" : null);
  }

  /** Whether this encoding is read from a field of the binding class (no standard constant). */
  public boolean needsField() {
    return charset.isPresent() && standardConstant(charset.get()).isEmpty();
  }
}
