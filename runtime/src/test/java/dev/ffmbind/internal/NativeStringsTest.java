package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.NativeException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NativeStringsTest {

  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** A zero-length view of the address, as a downcall returns a {@code char*}. */
  private static MemorySegment raw(MemorySegment segment) {
    return MemorySegment.ofAddress(segment.address());
  }

  private static byte[] bytes(MemorySegment segment) {
    return segment.toArray(ValueLayout.JAVA_BYTE);
  }

  @Test
  void asciiFastPathAddsTerminator() throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, "hello", UTF_8, "f", "p");
      assertArrayEquals(new byte[] {'h', 'e', 'l', 'l', 'o', 0}, bytes(s));
      assertEquals(5, LibC.strlen(s));
      assertEquals("hello", NativeStrings.decode(raw(s), UTF_8, "f"));
    }
  }

  @Test
  void utf8NonAsciiRoundTripThroughC() throws Throwable {
    String text = "héllo 世界 🚀";
    byte[] expected = text.getBytes(UTF_8);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, text, UTF_8, "f", "p");
      assertEquals(expected.length + 1, s.byteSize());
      assertEquals(expected.length, LibC.strlen(s));
      MemorySegment copy = (MemorySegment) LibC.STRDUP.invokeExact(s);
      try {
        assertEquals(0, copy.byteSize());
        assertEquals(text, NativeStrings.decode(copy, UTF_8, "strdup"));
      } finally {
        LibC.FREE.invokeExact(copy);
      }
      assertEquals(text, NativeStrings.decode(s, UTF_8, "f")); // sized segment
    }
  }

  @Test
  void utf16leRoundTrip() {
    String text = "héllo 世界 🚀";
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, text, StandardCharsets.UTF_16LE, "f", "p");
      assertEquals(2L * text.length() + 2, s.byteSize());
      assertEquals(0, s.get(ValueLayout.JAVA_SHORT_UNALIGNED, s.byteSize() - 2));
      assertEquals('h', s.get(ValueLayout.JAVA_BYTE, 0)); // little-endian, no BOM
      assertEquals(text, NativeStrings.decode(raw(s), StandardCharsets.UTF_16LE, "f"));
    }
  }

  @Test
  void utf32leRoundTripThroughWcslen() throws Throwable {
    String text = "wéde € 🚀";
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, text, UTF_32LE, "f", "p");
      int codePoints = text.codePointCount(0, text.length());
      assertEquals(4L * codePoints + 4, s.byteSize());
      assertEquals(codePoints, LibC.wcslen(s)); // wchar_t is UTF-32 on Linux
      assertEquals(text, NativeStrings.decode(raw(s), UTF_32LE, "wcsdup"));
    }
  }

  @Test
  void latin1() throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, "café", StandardCharsets.ISO_8859_1, "f", "p");
      assertArrayEquals(new byte[] {'c', 'a', 'f', (byte) 0xE9, 0}, bytes(s));
      assertEquals(4, LibC.strlen(s));
      assertEquals("café", NativeStrings.decode(raw(s), StandardCharsets.ISO_8859_1, "f"));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "5 €", StandardCharsets.ISO_8859_1, "f", "p"));
      assertEquals(
          "f: parameter 'p' contains U+20AC at index 2, which ISO-8859-1 cannot encode",
          e.getMessage());
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "café", StandardCharsets.US_ASCII, "g", "q"));
      assertEquals(
          "g: parameter 'q' contains U+00E9 at index 3, which US-ASCII cannot encode",
          e.getMessage());
    }
  }

  /** Encodes into a scratch frame and returns the bytes C would see, terminator included. */
  private static byte[] viaScratch(String value, Charset charset) {
    try (Scratch scratch = Scratch.enter()) {
      MemorySegment s = NativeStrings.encode(scratch, value, charset, "f", "p");
      return bytes(s);
    }
  }

  private static byte[] terminated(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length + 1);
  }

  @Test
  void fastPathBoundaryBetweenAsciiAndNonAscii() {
    String[] values = {
      "",
      "a",
      "\u007f",
      "\u0080",
      "a\u00ff",
      "\u00e9t\u00e9",
      "x".repeat(15) + "\u0080",
      "\u0080" + "x".repeat(1023),
      "x".repeat(1023) + "\u20ac",
      "?",
      "a?b",
      "\uD83D\uDE00",
      "?".repeat(40) + "\u0100"
    };
    for (String v : values) {
      for (Charset cs :
          new Charset[] {UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
        if (!cs.newEncoder().canEncode(v)) {
          continue;
        }
        byte[] expected = terminated(v.getBytes(cs));
        assertArrayEquals(expected, viaScratch(v, cs), cs + " " + v);
        try (Arena arena = Arena.ofConfined()) {
          assertArrayEquals(
              expected, bytes(NativeStrings.encode(arena, v, cs, "f", "p")), cs + " " + v);
        }
      }
    }
    assertEquals(0, Scratch.used());
  }

  @Test
  void scratchKeepsOnlyTheBytesOfTheString() {
    try (Scratch scratch = Scratch.enter()) {
      MemorySegment s = NativeStrings.encode(scratch, "x".repeat(100), UTF_8, "f", "p");
      assertEquals(101, s.byteSize());
      assertEquals(101, Scratch.used(), "the UTF-8 worst case (3 bytes per char) is given back");
      MemorySegment t = NativeStrings.encode(scratch, "\u00e9", UTF_8, "f", "p");
      assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9, 0}, bytes(t));
    }
  }

  @Test
  void nulAtFirstAndLastIndexIsRejectedOnTheFastPath() {
    for (String v : new String[] {"\0abc", "abc\0", "\0", "x".repeat(1023) + "\0"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> viaScratch(v, UTF_8));
      assertEquals(
          "f: parameter 'p' contains a NUL character at index "
              + v.indexOf(0)
              + "; C would truncate it there",
          e.getMessage());
    }
    assertEquals(0, Scratch.depth());
  }

  @Test
  void loneSurrogatesAmongAsciiAreStillRejected() {
    // Every char takes one byte when the JDK writes a lone surrogate as '?': the fast path must
    // not mistake these for ASCII, including surrogates whose low byte is '?' (0x3F).
    String[] values = {
      "\uD800",
      "a\uDC00b",
      "abc\uDBFF",
      "\uD83F",
      "x?\uDF3F",
      "?".repeat(20) + "\uDC3F",
      "x".repeat(1000) + "\uD800",
      "\uDFFF" + "x".repeat(1000)
    };
    for (String v : values) {
      for (Charset cs :
          new Charset[] {UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> viaScratch(v, cs), cs + " " + v);
        assertEquals(
            true, e.getMessage().contains("which " + cs.name() + " cannot encode"), e.getMessage());
      }
    }
    assertEquals(0, Scratch.used());
  }

  @Test
  void longStringsInEveryPlaceTheAsciiPathCanGoWrong() {
    // Lengths around the short loop's limit, up to and past the 4 KB the hot path promises, and
    // past what a virtual thread's block can hold (16 KB / 3 bytes per char).
    int[] lengths = {31, 32, 33, 64, 1024, 4096, 5461, 5462, 20_000};
    String[] tails = {"", "?", "\u00e9", "\u20ac", "\uD83D\uDE00"};
    for (int n : lengths) {
      for (String tail : tails) {
        String v = "ab?d".repeat(n / 4 + 1).substring(0, n) + tail;
        for (Charset cs :
            new Charset[] {UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
          if (!cs.newEncoder().canEncode(v)) {
            assertThrows(IllegalArgumentException.class, () -> viaScratch(v, cs), cs + " " + n);
            continue;
          }
          byte[] expected = terminated(v.getBytes(cs));
          assertArrayEquals(expected, viaScratch(v, cs), cs + " " + n + tail);
          try (Arena arena = Arena.ofConfined()) {
            assertArrayEquals(expected, bytes(NativeStrings.encode(arena, v, cs, "f", "p")));
          }
        }
      }
    }
    assertEquals(0, Scratch.used());
  }

  @Test
  void theAsciiPathKeepsOnlyTheStringAndNestsInsideOtherAllocations() {
    try (Scratch scratch = Scratch.enter()) {
      MemorySegment before = scratch.allocate(3, 1);
      String v = "z".repeat(1000);
      MemorySegment s = NativeStrings.encode(scratch, v, UTF_8, "f", "p");
      assertEquals(1001, s.byteSize());
      assertEquals(before.address() + 3, s.address());
      assertEquals(1004, Scratch.used(), "the UTF-8 worst case (3 bytes per char) is given back");
      try (Scratch inner = Scratch.enter()) {
        MemorySegment t = NativeStrings.encode(inner, "y".repeat(40), UTF_8, "f", "p");
        assertEquals(s.address() + 1001, t.address());
      }
      assertArrayEquals(terminated(v.getBytes(UTF_8)), bytes(s), "the inner frame wrote after it");
      // A rejected string gives back what it took.
      assertThrows(
          IllegalArgumentException.class,
          () -> NativeStrings.encode(scratch, "q".repeat(100) + "\uDB3F", UTF_8, "f", "p"));
      assertEquals(1004, Scratch.used());
    }
  }

  @Test
  void virtualThreadsTakeTheSamePathAndStayStrict() throws Exception {
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                for (int n : new int[] {16, 1024, 4096, 6000}) {
                  String v = "v".repeat(n);
                  assertArrayEquals(terminated(v.getBytes(UTF_8)), viaScratch(v, UTF_8));
                  assertThrows(
                      IllegalArgumentException.class, () -> viaScratch(v + "\uDC3F", UTF_8));
                  assertThrows(IllegalArgumentException.class, () -> viaScratch(v + "\0", UTF_8));
                }
                assertEquals(0, Scratch.used());
                assertEquals(Scratch.BLOCK_SIZE, Scratch.blockSize(), "never grown");
              } catch (Throwable t) {
                failure.set(t);
              }
            })
        .join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Test
  void theTwoCallFormOfTheStubsMatchesTheOneCallForm() {
    String[] values = {"", "abc", "x".repeat(40), "ab\u00e9", "x".repeat(40) + "\u20ac", "?\uD83F"};
    for (String v : values) {
      for (Charset cs :
          new Charset[] {UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
        byte[] expected;
        try {
          expected = viaScratch(v, cs);
        } catch (IllegalArgumentException e) {
          try (Scratch scratch = Scratch.enter()) {
            IllegalArgumentException again =
                assertThrows(
                    IllegalArgumentException.class,
                    () ->
                        NativeStrings.encode(
                            scratch, NativeStrings.asciiAt(scratch, v), v, cs, "f", "p"));
            assertEquals(e.getMessage(), again.getMessage());
          }
          continue;
        }
        try (Scratch scratch = Scratch.enter()) {
          MemorySegment s =
              NativeStrings.encode(scratch, NativeStrings.asciiAt(scratch, v), v, cs, "f", "p");
          assertArrayEquals(expected, bytes(s), cs + " " + v);
          assertEquals(s.byteSize(), Scratch.used(), "only the string's bytes are kept");
        }
      }
    }
    assertEquals(0, Scratch.used());
  }

  @Test
  void anOffsetForACharsetThatIsNotAsciiCompatibleIsGivenBack() {
    try (Scratch scratch = Scratch.enter()) {
      assertEquals(-1, NativeStrings.asciiAt(scratch, null));
      long at = NativeStrings.asciiAt(scratch, "hi");
      assertEquals(0, at);
      MemorySegment s =
          NativeStrings.encode(scratch, at, "hi", StandardCharsets.UTF_16LE, "f", "p");
      assertArrayEquals(new byte[] {'h', 0, 'i', 0, 0, 0}, bytes(s));
      assertEquals(s.address(), scratch.block().address(), "the ASCII bytes were given back");
      assertThrows(
          NullPointerException.class,
          () -> NativeStrings.encode(scratch, -1, null, UTF_8, "f", "p"));
    }
  }

  @Test
  void rejectsNul() {
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "ab\0cd", UTF_8, "open", "path"));
      assertEquals(
          "open: parameter 'path' contains a NUL character at index 2; C would truncate it there",
          e.getMessage());
      // After a non-ASCII character (slow path) and in a 2-byte charset.
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "é\0", UTF_8, "open", "path"));
      assertEquals(
          "open: parameter 'path' contains a NUL character at index 1; C would truncate it there",
          e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> NativeStrings.encode(arena, "x\0", StandardCharsets.UTF_16LE, "f", "p"));
    }
  }

  @Test
  void rejectsLoneSurrogate() {
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "x\uD800y", UTF_8, "puts", "s"));
      assertEquals(
          "puts: parameter 's' contains a lone surrogate U+D800 at index 1, which UTF-8 cannot"
              + " encode",
          e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> NativeStrings.encode(arena, "\uDC00", StandardCharsets.UTF_16LE, "f", "p"));
    }
  }

  @Test
  void rejectsNullAndBomCharsets() {
    try (Arena arena = Arena.ofConfined()) {
      NullPointerException npe =
          assertThrows(
              NullPointerException.class, () -> NativeStrings.encode(arena, null, UTF_8, "f", "p"));
      assertEquals("f: parameter 'p' must not be null", npe.getMessage());
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NativeStrings.encode(arena, "hi", StandardCharsets.UTF_16, "f", "p"));
      assertEquals(
          "f: charset UTF-16 writes a byte order mark; use UTF-16LE or UTF-16BE", e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> NativeStrings.encode(arena, "hi", Charset.forName("UTF-32"), "f", "p"));
      assertThrows(
          IllegalArgumentException.class,
          () -> NativeStrings.encode(arena, "hi", Charset.forName("windows-1252"), "f", "p"));
    }
  }

  @Test
  void decodingIsStrict() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s =
          arena.allocateFrom(
              ValueLayout.JAVA_BYTE, (byte) 'c', (byte) 'a', (byte) 'f', (byte) 0xE9, (byte) 0);
      NativeException e =
          assertThrows(NativeException.class, () -> NativeStrings.decode(raw(s), UTF_8, "name"));
      assertEquals(
          "name returned a string that is not valid UTF-8: malformed input at byte 3",
          e.getMessage());
      e =
          assertThrows(
              NativeException.class,
              () -> NativeStrings.decode(raw(s), StandardCharsets.US_ASCII, "name"));
      assertEquals(
          "name returned a string that is not valid US-ASCII: malformed input at byte 3",
          e.getMessage());
      assertEquals("café", NativeStrings.decode(raw(s), StandardCharsets.ISO_8859_1, "name"));
    }
  }

  @Test
  void aReplacementCharacterThatCSentIsKept() {
    // EF BF BD is a well-formed U+FFFD: the fast path hands it to the strict decoder, which accepts
    // it.
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s =
          arena.allocateFrom(
              ValueLayout.JAVA_BYTE,
              (byte) 'a',
              (byte) 0xEF,
              (byte) 0xBF,
              (byte) 0xBD,
              (byte) 'b',
              (byte) 0);
      assertEquals("a\uFFFDb", NativeStrings.decode(raw(s), UTF_8, "name"));
      MemorySegment ascii = arena.allocateFrom("plain ascii, fast path");
      assertEquals("plain ascii, fast path", NativeStrings.decode(raw(ascii), UTF_8, "name"));
      MemorySegment multi = arena.allocateFrom("héllo 世界 🚀");
      assertEquals("héllo 世界 🚀", NativeStrings.decode(raw(multi), UTF_8, "name"));
    }
  }

  @Test
  void nullPointerIsNull() {
    assertNull(NativeStrings.decode(MemorySegment.NULL, UTF_8, "f"));
    assertNull(NativeStrings.decode(MemorySegment.ofAddress(0), UTF_8, "f"));
    assertNull(NativeStrings.decode(null, UTF_8, "f"));
    assertNull(NativeStrings.decode(MemorySegment.NULL, 5, UTF_8, "f"));
  }

  @Test
  void sizedSegmentWithoutTerminator() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = arena.allocateFrom(ValueLayout.JAVA_BYTE, (byte) 'a', (byte) 'b');
      NativeException e =
          assertThrows(NativeException.class, () -> NativeStrings.decode(s, UTF_8, "f"));
      assertEquals("f returned a string with no NUL terminator within its 2 bytes", e.getMessage());
    }
  }

  @Test
  void decodeWithLength() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = NativeStrings.encode(arena, "héllo", UTF_8, "f", "p");
      assertEquals("hé", NativeStrings.decode(raw(s), 3, UTF_8, "f"));
      assertEquals("", NativeStrings.decode(raw(s), 0, UTF_8, "f"));
      // Cutting the 2-byte 'é' in half is malformed.
      NativeException e =
          assertThrows(NativeException.class, () -> NativeStrings.decode(raw(s), 2, UTF_8, "f"));
      assertEquals(
          "f returned a string that is not valid UTF-8: malformed input at byte 1", e.getMessage());
      assertThrows(
          IllegalArgumentException.class, () -> NativeStrings.decode(raw(s), -1, UTF_8, "f"));
    }
  }

  @Test
  void encodesIntoScratch() {
    long before = Scratch.used();
    try (Scratch scratch = Scratch.enter()) {
      MemorySegment s = NativeStrings.encode(scratch, "scratch", UTF_8, "f", "p");
      assertEquals("scratch", NativeStrings.decode(raw(s), UTF_8, "f"));
      assertEquals(before + 8, Scratch.used());
    }
    assertEquals(before, Scratch.used());
  }
}
