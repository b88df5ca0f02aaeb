package dev.ffmbind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Strings passed to C together with their length ({@code const char* s, size_t n}, YAML {@code
 * length_of: s}, annotation {@code @WithLength} on a {@code String}).
 *
 * <p>C reads exactly the length it is given, so an embedded U+0000 is representable and is passed
 * through: unlike {@link NativeStrings#encode}, this encoder does not reject it. Everything else is
 * as strict: characters the charset cannot encode, including lone surrogates, are rejected. A
 * terminator of the charset's width still follows the bytes (not counted in the length), so a C
 * function that ignores the length stops inside the buffer.
 */
public final class SizedStrings {

  private SizedStrings() {}

  /**
   * @param alloc where to put the bytes (usually the call's {@link Scratch})
   * @param value the string; {@code null} is rejected like {@link Checks#notNull}
   * @param charset one of the charsets {@link NativeStrings} supports
   * @param function the C function, for messages
   * @param parameter the parameter, for messages
   * @return the bytes followed by a terminator; the length to pass is {@link #length}
   * @throws IllegalArgumentException if a character cannot be encoded, or the charset is not
   *     supported
   */
  public static MemorySegment encode(
      SegmentAllocator alloc, String value, Charset charset, String function, String parameter) {
    Checks.notNull(value, function, parameter);
    int width = NativeStrings.terminatorWidth(charset, function);
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes;
    try {
      bytes = encoder.encode(CharBuffer.wrap(value));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          function
              + ": parameter '"
              + parameter
              + "' contains characters that "
              + charset.name()
              + " cannot encode ("
              + e.getMessage()
              + ")",
          e);
    }
    int size = bytes.remaining();
    MemorySegment segment = alloc.allocate(size + (long) width, width);
    MemorySegment.copy(MemorySegment.ofBuffer(bytes), 0, segment, 0, size);
    segment.asSlice(size, width).fill((byte) 0);
    return segment;
  }

  /**
   * @param encoded what {@link #encode} returned, or {@link MemorySegment#NULL}
   * @param charset its charset
   * @return the length in bytes without the terminator; 0 for {@code NULL}
   */
  public static long length(MemorySegment encoded, Charset charset) {
    if (encoded.address() == 0) {
      return 0;
    }
    return encoded.byteSize() - NativeStrings.terminatorWidth(charset, "length");
  }
}
