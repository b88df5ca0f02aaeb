package dev.ffmbind.internal;

import dev.ffmbind.NativeException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Helpers of generated struct and union types: the checks their constructors make and the {@code
 * char[N]} fields carried as strings.
 *
 * <p>A {@code char[N]} field holds a string of at most N bytes including its terminator: {@link
 * #decodeChars} reads up to the first NUL within the N bytes (all N when there is none, as {@code
 * strnlen} would), strictly; {@link #encodeChars} writes the string, its terminator and zeros up to
 * N, and refuses a string that does not fit, contains U+0000, or has characters the charset cannot
 * encode.
 */
public final class Structs {

  private Structs() {}

  /**
   * A component that must not be null.
   *
   * @param type {@code struct timeval}, for messages
   * @param field the C field name
   * @throws NullPointerException {@code <type>: field '<field>' must not be null}
   */
  public static <T> T notNull(T value, String type, String field) {
    if (value == null) {
      throw new NullPointerException(type + ": field '" + field + "' must not be null");
    }
    return value;
  }

  /**
   * An unsigned field carried by a wider Java type: {@code 0 <= value <= max}.
   *
   * @throws IllegalArgumentException {@code <type>: field '<field>' must be between 0 and <max>,
   *     but is <value>}
   */
  public static void unsignedRange(long value, long max, String type, String field) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          type + ": field '" + field + "' must be between 0 and " + max + ", but is " + value);
    }
  }

  /**
   * An array field of exactly {@code length} elements.
   *
   * @param actual the Java array's length
   * @throws IllegalArgumentException {@code <type>: field '<field>' holds <length> elements, but
   *     the array has <actual>}
   */
  public static void length(int actual, int length, String type, String field) {
    if (actual != length) {
      throw new IllegalArgumentException(
          type
              + ": field '"
              + field
              + "' holds "
              + length
              + " elements, but the array has "
              + actual);
    }
  }

  /**
   * Encodes a string for a {@code char[N]} field, checking that it fits: its bytes and terminator
   * at most {@code n} bytes.
   *
   * @return the encoded bytes, without terminator
   * @throws IllegalArgumentException when it contains U+0000, a character {@code charset} cannot
   *     encode, or does not fit
   */
  public static byte[] checkChars(String value, int n, Charset charset, String type, String field) {
    notNull(value, type, field);
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          type + ": field '" + field + "' must not contain U+0000 (C would stop there)");
    }
    byte[] bytes;
    try {
      ByteBuffer encoded =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(value));
      bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          type + ": field '" + field + "' cannot be encoded in " + charset + ": " + e, e);
    }
    int terminator = NativeStrings.terminatorWidth(charset, type);
    if (bytes.length + terminator > n) {
      throw new IllegalArgumentException(
          type
              + ": field '"
              + field
              + "' holds "
              + n
              + " bytes with the terminator, but the string needs "
              + (bytes.length + terminator)
              + " in "
              + charset);
    }
    return bytes;
  }

  /** Writes a string checked by {@link #checkChars} into the {@code n} bytes at {@code offset}. */
  public static void encodeChars(
      MemorySegment segment,
      long offset,
      int n,
      String value,
      Charset charset,
      String type,
      String field) {
    byte[] bytes = checkChars(value, n, charset, type, field);
    MemorySegment target = segment.asSlice(offset, n);
    MemorySegment.copy(bytes, 0, target, ValueLayout.JAVA_BYTE, 0, bytes.length);
    target.asSlice(bytes.length).fill((byte) 0);
  }

  /**
   * Reads a {@code char[N]} field: the bytes up to the first terminator within {@code n}, or all
   * {@code n} when there is none, decoded strictly.
   *
   * @throws NativeException when the bytes are not valid in {@code charset}
   */
  public static String decodeChars(
      MemorySegment segment, long offset, int n, Charset charset, String type, String field) {
    MemorySegment chars = segment.asSlice(offset, n);
    int width = NativeStrings.terminatorWidth(charset, type);
    long length = n - n % width;
    for (long i = 0; i + width <= n; i += width) {
      boolean zero = true;
      for (int b = 0; b < width && zero; b++) {
        zero = chars.get(ValueLayout.JAVA_BYTE, i + b) == 0;
      }
      if (zero) {
        length = i;
        break;
      }
    }
    byte[] bytes = chars.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NativeException(
          type + ": field '" + field + "' holds bytes that are not valid " + charset + ": " + e);
    }
  }

  /**
   * The {@code size} bytes a struct pointer C returned points to, or {@code null} for {@code NULL}.
   * The struct is read from it at once, while C's contract says the memory is valid.
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static MemorySegment pointee(MemorySegment pointer, long size) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    return pointer.reinterpret(size);
  }
}
