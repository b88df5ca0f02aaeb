package dev.ffmbind.internal;

import dev.ffmbind.NativeException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strings to and from C, strictly.
 *
 * <p>{@link #encode} rejects what C would silently get wrong: an embedded U+0000 (C would stop
 * there) and characters the charset cannot represent, including lone surrogates (the JDK's own
 * {@code allocateFrom} replaces them with {@code ?}). {@link #decode} rejects bytes that are not
 * valid in the charset instead of turning them into U+FFFD.
 *
 * <p>Supported charsets: UTF-8, US-ASCII and ISO-8859-1 (1-byte terminator), UTF-16LE and UTF-16BE
 * (2-byte terminator), UTF-32LE and UTF-32BE (4-byte terminator). {@code UTF-16} and {@code UTF-32}
 * are refused because Java writes a byte order mark for them.
 */
public final class NativeStrings {

  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /**
   * The charset of C {@code wchar_t} strings: {@code wchar_t} is 4 bytes on Linux (and every Unix),
   * so UTF-32 in the native byte order (UTF-32LE on x86-64 and AArch64), with a 4-byte terminator.
   * On Windows it would be UTF-16LE; ffmbind targets Linux. Never plain {@code UTF-16}/{@code
   * UTF-32}, which write a byte order mark.
   */
  public static final Charset WCHAR_T =
      java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? UTF_32LE : UTF_32BE;

  /**
   * @param name a charset name from a spec, or {@code wchar_t} (also {@code WCHAR_T}, {@code
   *     wchar})
   * @return the charset; {@code wchar_t} means {@link #WCHAR_T}
   */
  public static Charset charset(String name) {
    if (name.equalsIgnoreCase("wchar_t") || name.equalsIgnoreCase("wchar")) {
      return WCHAR_T;
    }
    return Charset.forName(name);
  }

  private NativeStrings() {}

  /**
   * Encodes {@code value} with a terminator of the charset's width.
   *
   * @param alloc where to put the bytes (usually the call's {@link Scratch})
   * @param value the string; {@code null} is rejected like {@link Checks#notNull}
   * @param charset one of the supported charsets
   * @param function the C function, for messages
   * @param parameter the parameter, for messages
   * @return the NUL-terminated bytes
   * @throws IllegalArgumentException if {@code value} contains U+0000 or a character the charset
   *     cannot encode, or the charset is not supported
   */
  public static MemorySegment encode(
      SegmentAllocator alloc, String value, Charset charset, String function, String parameter) {
    // ASCII text (identical in all three 1-byte charsets) is written into the thread's scratch
    // block by asciiAt, which returns an offset. Here the segment is made in this method, so it
    // escapes (40 B) whenever C2 does not inline this method into its caller; generated stubs
    // therefore use the two-call form below, which keeps that step in the stub itself.
    if (alloc instanceof Scratch scratch && value != null && isAsciiCompatible(charset)) {
      long start = asciiAt(scratch, value);
      if (start >= 0) {
        return scratch.slice(start, value.length() + 1L);
      }
    }
    return encodeOther(alloc, value, charset, function, parameter);
  }

  /**
   * The form generated stubs use for a string in UTF-8, US-ASCII or ISO-8859-1: {@code at} is what
   * {@link #asciiAt} returned for {@code value}, evaluated as the argument before this call.
   *
   * <p>Why two calls: the one segment object of the call must be made in code the JIT inlines into
   * the stub, or it escapes (40 B/op). This method is tiny and stays so when compiled on its own;
   * {@link #asciiAt}, which does the work, returns an offset, so whether it is inlined no longer
   * matters. With the work inside {@link #encode(SegmentAllocator, String, Charset, String,
   * String)}, C2 sometimes compiled that method on its own with the work inlined first, and then
   * refused to inline it into the stub ("already compiled into a big method").
   *
   * @param scratch the call's scratch frame
   * @param at the offset {@link #asciiAt} returned, or -1
   * @param value the string
   * @param charset its charset; an offset is used only for UTF-8, US-ASCII and ISO-8859-1
   * @param function the C function, for messages
   * @param parameter the parameter, for messages
   * @return the NUL-terminated bytes
   * @throws IllegalArgumentException as {@link #encode(SegmentAllocator, String, Charset, String,
   *     String)}
   */
  public static MemorySegment encode(
      Scratch scratch, long at, String value, Charset charset, String function, String parameter) {
    if (at >= 0 && isAsciiCompatible(charset)) {
      return scratch.slice(at, value.length() + 1L);
    }
    return encodeAfterAscii(scratch, at, value, charset, function, parameter);
  }

  private static MemorySegment encodeAfterAscii(
      Scratch scratch, long at, String value, Charset charset, String function, String parameter) {
    if (at >= 0) {
      scratch.trimTo(at); // written for a charset it is not meant for: give it back
    }
    return encodeStrictly(scratch, value, charset, function, parameter);
  }

  private static boolean isAsciiCompatible(Charset charset) {
    return charset == StandardCharsets.UTF_8
        || charset == StandardCharsets.US_ASCII
        || charset == StandardCharsets.ISO_8859_1;
  }

  /** Up to this length the ASCII check is a plain loop over the chars. */
  private static final int SHORT = 32;

  /**
   * Surrogates whose low byte is {@code '?'}: the only non-ASCII chars that the low-byte comparison
   * of {@link #asciiAt} cannot tell from the {@code '?'} the JDK writes for a lone surrogate.
   */
  private static final char[] SURROGATES_ENDING_IN_QUESTION_MARK = {
    '\uD83F', '\uD93F', '\uDA3F', '\uDB3F', '\uDC3F', '\uDD3F', '\uDE3F', '\uDF3F'
  };

  /**
   * Writes {@code value} and its terminator at the top of {@code scratch}'s block if it is ASCII
   * without U+0000.
   *
   * <p>Short strings: one plain pass over the chars, then a bulk copy. Longer ones: vectorized JDK
   * intrinsics and no per-char Java loop: {@code indexOf('\0')}; {@code setString(UTF-8)}, which
   * checks for non-ASCII bytes and copies a Latin-1 string's bytes in bulk; and, since UTF-8 writes
   * a lone surrogate as one {@code '?'} (so "every char took one byte" does not yet prove ASCII), a
   * comparison of those bytes with the chars' low bytes ({@code getBytes} into a per-thread array,
   * then {@code MemorySegment.mismatch}).
   *
   * <p>It writes through the block segment itself and compares against the thread's kept heap
   * segment, so it creates no segment object: nothing that could escape when the JIT does not
   * inline it (the first profile of the 1024-char call showed exactly that, 40-80 B/op, with the
   * comparison "already compiled into a big method").
   *
   * @param scratch the call's scratch frame, which keeps the bytes on success
   * @param value the string; {@code null} gives -1
   * @return the offset of the string in the scratch block, or -1 (nothing taken) if it is not ASCII
   *     without U+0000 or does not fit in the block
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly the low bytes
  public static long asciiAt(Scratch scratch, String value) {
    if (value == null) {
      return -1;
    }
    int length = value.length();
    if (length <= SHORT) {
      if (!isAsciiWithoutNul(value, length)) {
        return -1;
      }
      long start = scratch.reserve(length + 1L);
      if (start >= 0) {
        // ISO-8859-1 of an ASCII string: a bulk copy of its bytes, then the terminator.
        scratch.block().setString(start, value, StandardCharsets.ISO_8859_1);
      }
      return start;
    }
    if (value.indexOf(0) >= 0) {
      return -1;
    }
    // Room for any UTF-8 form (at most 3 bytes per char), so setString never overflows.
    long start = scratch.reserve(3L * length + 1);
    if (start < 0) {
      return -1;
    }
    MemorySegment block = scratch.block();
    block.setString(start, value, StandardCharsets.UTF_8);
    // No U+0000 in value: a 0 at [length] is the terminator, so every char took one byte.
    if (block.get(ValueLayout.JAVA_BYTE, start + length) == 0) {
      byte[] low = scratch.heapBytes(length);
      value.getBytes(0, length, low, 0);
      if (MemorySegment.mismatch(block, start, start + length, scratch.heapSegment(low), 0, length)
              < 0
          && !hasSurrogateEndingInQuestionMark(value)) {
        scratch.trimTo(start + length + 1);
        return start;
      }
    }
    scratch.trimTo(start);
    return -1;
  }

  /**
   * Whether the first {@code length} chars of a short string are ASCII and not U+0000: one plain
   * pass, no allocation. A char c is both exactly when {@code ((c - 1) | c)} has no bit above 0x7F.
   */
  private static boolean isAsciiWithoutNul(String value, int length) {
    int bad = 0;
    for (int i = 0; i < length; i++) {
      int c = value.charAt(i);
      bad |= (c - 1) | c;
    }
    return (bad & ~0x7F) == 0;
  }

  /**
   * Whether {@code value} holds one of {@link #SURROGATES_ENDING_IN_QUESTION_MARK}: O(1) each for a
   * Latin-1 string (the JDK knows it holds no char above U+00FF). Takes only the string, so it
   * costs a call, never an allocation, where it is not inlined.
   */
  private static boolean hasSurrogateEndingInQuestionMark(String value) {
    for (char c : SURROGATES_ENDING_IN_QUESTION_MARK) {
      if (value.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Every other case: another allocator (an arena), another charset, or text that is not ASCII. */
  private static MemorySegment encodeOther(
      SegmentAllocator alloc, String value, Charset charset, String function, String parameter) {
    if (value != null && !(alloc instanceof Scratch) && isAsciiCompatible(charset)) {
      MemorySegment ascii = encodeAscii(alloc, value);
      if (ascii != null) {
        return ascii;
      }
    }
    return encodeStrictly(alloc, value, charset, function, parameter);
  }

  /**
   * {@link #asciiAt} for an allocator that is not a {@link Scratch}: a confined arena of the
   * caller.
   *
   * @return the NUL-terminated string, or {@code null} if it is not ASCII without U+0000
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly the low bytes
  private static MemorySegment encodeAscii(SegmentAllocator alloc, String value) {
    int length = value.length();
    if (length <= SHORT) {
      if (!isAsciiWithoutNul(value, length)) {
        return null;
      }
      MemorySegment segment = alloc.allocate(length + 1L, 1);
      segment.setString(0, value, StandardCharsets.ISO_8859_1);
      return segment;
    }
    if (value.indexOf(0) >= 0) {
      return null;
    }
    byte[] low = new byte[length];
    value.getBytes(0, length, low, 0);
    for (byte b : low) {
      if (b <= 0) {
        return null; // not ASCII (or U+0000, excluded above)
      }
    }
    if (!new String(low, StandardCharsets.ISO_8859_1).equals(value)) {
      return null; // a char above U+00FF whose low byte is ASCII
    }
    MemorySegment segment = alloc.allocate(length + 1L, 1);
    MemorySegment.copy(low, 0, segment, ValueLayout.JAVA_BYTE, 0, length);
    segment.set(ValueLayout.JAVA_BYTE, length, (byte) 0);
    return segment;
  }

  private static MemorySegment encodeStrictly(
      SegmentAllocator alloc, String value, Charset charset, String function, String parameter) {
    Checks.notNull(value, function, parameter);
    int width = terminatorWidth(charset, function);
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw nul(function, parameter, nul);
    }
    ByteBuffer bytes = encodeStrict(value, charset, function, parameter);
    int size = bytes.remaining();
    MemorySegment segment = alloc.allocate(size + (long) width, width);
    MemorySegment.copy(MemorySegment.ofBuffer(bytes), 0, segment, 0, size);
    segment.asSlice(size, width).fill((byte) 0);
    return segment;
  }

  /**
   * Copies a NUL-terminated string from C.
   *
   * @param pointer the {@code char*} (a zero-length segment from a downcall is fine); a segment
   *     with a non-zero size is searched only within that size
   * @param charset one of the supported charsets
   * @param function the C function that returned it, for messages
   * @return the string, or {@code null} if {@code pointer} is {@code null} or {@code NULL}
   * @throws NativeException if the bytes are not valid in {@code charset}, or a sized segment holds
   *     no terminator
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static String decode(MemorySegment pointer, Charset charset, String function) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    int width = terminatorWidth(charset, function);
    // A raw pointer from C has size 0: trust its terminator. A sized segment bounds the search.
    boolean raw = pointer.byteSize() == 0 && pointer.isNative();
    MemorySegment view = raw ? pointer.reinterpret(Long.MAX_VALUE) : pointer;
    if (raw
        && (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII))) {
      // Fast path: the JDK's getString finds the terminator a word at a time and decodes without
      // an intermediate copy. It replaces malformed input with U+FFFD, so a result without U+FFFD
      // was well-formed; one with it goes through the strict decoder, which says where and why
      // (or accepts a U+FFFD that C really sent).
      String fast = view.getString(0, charset);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    long length = terminatorOffset(view, width);
    if (length < 0) {
      throw new NativeException(
          function
              + " returned a string with no NUL terminator within its "
              + view.byteSize()
              + " bytes");
    }
    return decodeBytes(view, length, charset, function);
  }

  /**
   * Copies a string of known length from C (no terminator needed; any U+0000 inside is kept).
   *
   * @param pointer the first byte
   * @param length the length in bytes (not characters)
   * @param charset one of the supported charsets
   * @param function the C function that returned it, for messages
   * @return the string, or {@code null} if {@code pointer} is {@code null} or {@code NULL}
   * @throws IllegalArgumentException if {@code length} is negative
   * @throws NativeException if the bytes are not valid in {@code charset}
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static String decode(
      MemorySegment pointer, long length, Charset charset, String function) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    if (length < 0) {
      throw new IllegalArgumentException(
          function + " returned a string of negative length " + length);
    }
    terminatorWidth(charset, function);
    MemorySegment view =
        pointer.byteSize() == 0 && pointer.isNative() ? pointer.reinterpret(length) : pointer;
    return decodeBytes(view, length, charset, function);
  }

  /**
   * @param charset a charset
   * @param function the C function, for messages
   * @return the width of the charset's NUL terminator: 1, 2 or 4
   * @throws IllegalArgumentException if the charset is not supported
   */
  public static int terminatorWidth(Charset charset, String function) {
    if (charset.equals(StandardCharsets.UTF_8)
        || charset.equals(StandardCharsets.ISO_8859_1)
        || charset.equals(StandardCharsets.US_ASCII)) {
      return 1;
    }
    if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
      return 2;
    }
    if (charset.equals(UTF_32LE) || charset.equals(UTF_32BE)) {
      return 4;
    }
    if (charset.equals(StandardCharsets.UTF_16) || charset.name().equals("UTF-32")) {
      throw new IllegalArgumentException(
          function
              + ": charset "
              + charset.name()
              + " writes a byte order mark; use "
              + charset.name()
              + "LE or "
              + charset.name()
              + "BE");
    }
    throw new IllegalArgumentException(
        function
            + ": charset "
            + charset.name()
            + " is not supported (UTF-8, US-ASCII, ISO-8859-1, UTF-16LE/BE, UTF-32LE/BE)");
  }

  private static IllegalArgumentException nul(String function, String parameter, int index) {
    return new IllegalArgumentException(
        function
            + ": parameter '"
            + parameter
            + "' contains a NUL character at index "
            + index
            + "; C would truncate it there");
  }

  private static ByteBuffer encodeStrict(
      String value, Charset charset, String function, String parameter) {
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer in = CharBuffer.wrap(value);
    long capacity = (long) Math.ceil(value.length() * (double) encoder.maxBytesPerChar());
    if (capacity > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          function + ": parameter '" + parameter + "' is too long to encode");
    }
    ByteBuffer out = ByteBuffer.allocate((int) capacity);
    CoderResult result = encoder.encode(in, out, true);
    if (result.isUnderflow()) {
      result = encoder.flush(out);
    }
    if (result.isError()) {
      int index = in.position();
      char c = value.charAt(index);
      String what =
          Character.isSurrogate(c)
              ? String.format("a lone surrogate U+%04X", (int) c)
              : String.format("U+%04X", value.codePointAt(index));
      throw new IllegalArgumentException(
          function
              + ": parameter '"
              + parameter
              + "' contains "
              + what
              + " at index "
              + index
              + ", which "
              + charset.name()
              + " cannot encode");
    }
    if (result.isOverflow()) {
      // Cannot happen with maxBytesPerChar sizing; fail loudly rather than truncate.
      throw new IllegalStateException("encoder overflow for " + charset.name());
    }
    return out.flip();
  }

  private static long terminatorOffset(MemorySegment view, int width) {
    long limit = view.byteSize() - width;
    switch (width) {
      case 1 -> {
        for (long i = 0; i <= limit; i++) {
          if (view.get(ValueLayout.JAVA_BYTE, i) == 0) {
            return i;
          }
        }
      }
      case 2 -> {
        for (long i = 0; i <= limit; i += 2) {
          if (view.get(ValueLayout.JAVA_SHORT_UNALIGNED, i) == 0) {
            return i;
          }
        }
      }
      default -> {
        for (long i = 0; i <= limit; i += 4) {
          if (view.get(ValueLayout.JAVA_INT_UNALIGNED, i) == 0) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private static String decodeBytes(
      MemorySegment view, long length, Charset charset, String function) {
    if (length > Integer.MAX_VALUE - 8) {
      throw new NativeException(
          function + " returned a string of " + length + " bytes, too long for a Java String");
    }
    byte[] bytes = view.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // every byte is valid
    }
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
      boolean ascii = true;
      for (byte b : bytes) {
        if (b < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1); // identical for ASCII, no decoder
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      throw new NativeException(
          function
              + " returned a string that is not valid "
              + charset.name()
              + ": "
              + (result.isUnmappable() ? "unmappable" : "malformed")
              + " input at byte "
              + in.position());
    }
    return out.flip().toString();
  }

  /**
   * Copies an array of {@code count} C strings ({@code char**} with a count, as callbacks receive
   * them); {@code NULL} elements become {@code null}.
   *
   * @param pointer the {@code char**}; {@code NULL} gives {@code null}
   * @param count the number of elements
   * @param charset one of the supported charsets
   * @param function the C function or callback type, for messages
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws NativeException if an element is not valid in {@code charset}
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static String[] decodeArray(
      MemorySegment pointer, int count, Charset charset, String function) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    if (count < 0) {
      throw new IllegalArgumentException(
          function + " passed a string array of negative length " + count);
    }
    MemorySegment array =
        pointer.reinterpret(count * java.lang.foreign.ValueLayout.ADDRESS.byteSize());
    String[] result = new String[count];
    for (int i = 0; i < count; i++) {
      result[i] =
          decode(array.getAtIndex(java.lang.foreign.ValueLayout.ADDRESS, i), charset, function);
    }
    return result;
  }

  /**
   * Encodes an array of strings as C's {@code const char* const*}: each element with {@link
   * #encode} (strictly: U+0000 and unencodable characters are rejected), then an array of their
   * addresses followed by a {@code NULL} terminator.
   *
   * @param alloc where to put the strings and the array (usually the call's {@link Scratch})
   * @param values the strings; the array itself must not be {@code null}
   * @param charset one of the supported charsets
   * @param function the C function, for messages
   * @param parameter the parameter, for messages
   * @return the {@code NULL}-terminated array of {@code values.length + 1} pointers
   * @throws NullPointerException {@code <function>: element <i> of parameter '<parameter>' must not
   *     be null}
   * @throws IllegalArgumentException as {@link #encode}, naming the element
   */
  public static MemorySegment encodeArray(
      SegmentAllocator alloc, String[] values, Charset charset, String function, String parameter) {
    MemorySegment array = alloc.allocate(ValueLayout.ADDRESS, values.length + 1L);
    for (int i = 0; i < values.length; i++) {
      String element = parameter + "[" + i + "]";
      if (values[i] == null) {
        throw new NullPointerException(
            function + ": element " + i + " of parameter '" + parameter + "' must not be null");
      }
      array.setAtIndex(
          ValueLayout.ADDRESS, i, encode(alloc, values[i], charset, function, element));
    }
    array.setAtIndex(ValueLayout.ADDRESS, values.length, MemorySegment.NULL);
    return array;
  }
}
