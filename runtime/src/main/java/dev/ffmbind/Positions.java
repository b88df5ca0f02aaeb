package dev.ffmbind;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns a byte offset in an encoded string into an index in the Java {@code String}. A pointer C
 * returns or writes into a {@code String} argument (a {@code @PointsInto} position, {@code
 * strtol}'s {@code endptr}) is a byte offset in the encoded copy C saw: in UTF-8 one Java {@code
 * char} takes one to three bytes (a surrogate pair four), so the offset equals the {@code String}
 * index only for ASCII text.
 *
 * <pre>{@code
 * String text = "größe: 42";
 * int index = Positions.charIndex(text, 9); // 7: 'ö' and 'ß' take two bytes each
 * }</pre>
 */
public final class Positions {

  private Positions() {}

  /** {@link #charIndex(String, long, Charset)} in UTF-8, the default charset of bindings. */
  public static int charIndex(String text, long byteOffset) {
    return charIndex(text, byteOffset, StandardCharsets.UTF_8);
  }

  /**
   * The index in {@code text} of the character that starts at {@code byteOffset} of its encoding in
   * {@code charset}; {@code text.length()} for the offset of the terminator (the end); -1 for -1
   * (the position of {@code NULL}).
   *
   * @param text the string that was passed to C
   * @param byteOffset a byte offset in its encoding, or -1
   * @param charset the charset it was encoded in (the binding's or the parameter's)
   * @throws IllegalArgumentException if the offset is negative (other than -1), beyond the end, or
   *     inside the encoding of one character
   */
  public static int charIndex(String text, long byteOffset, Charset charset) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    if (byteOffset == -1) {
      return -1;
    }
    if (byteOffset < 0) {
      throw new IllegalArgumentException("negative byte offset " + byteOffset);
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    long bytes = 0;
    int index = 0;
    while (bytes < byteOffset && index < text.length()) {
      int cp = text.codePointAt(index);
      bytes += utf8 ? utf8Length(cp) : new String(Character.toChars(cp)).getBytes(charset).length;
      index += Character.charCount(cp);
    }
    if (bytes != byteOffset) {
      throw new IllegalArgumentException(
          bytes < byteOffset
              ? "byte offset " + byteOffset + " is beyond the end of the encoded string"
              : "byte offset " + byteOffset + " is inside the encoding of one character");
    }
    return index;
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
