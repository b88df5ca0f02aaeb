package dev.ffmbind.it.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.NativeException;
import org.junit.jupiter.api.Test;

/**
 * (pointer, length) strings with real C: an input string's length is passed for the caller (its
 * encoded bytes, without terminator), a returned string is decoded by the length C reports,
 * embedded NULs survive both ways, and owned results are freed exactly once.
 */
class SizedStringsTest {

  private static final Buffers B = Buffers.load();
  private static final BufferApi A = BufferApi_Ffm.load();

  @Test
  void aReturnedStringIsDecodedByItsLengthKeepingNuls() {
    assertEquals("ab\0cd", B.nameWithNul());
    assertEquals("ab\0cd", A.nameWithNul());
  }

  @Test
  void anInputStringPassesItsEncodedLength() {
    assertEquals(0, B.countNuls("plain"));
    assertEquals(2, B.countNuls("a\0b\0c"));
    assertEquals(0, B.countNuls(null)); // NULL with length 0
  }

  @Test
  void embeddedNulsRoundTripAndTheCopyIsFreedOnce() {
    long allocs = B.allocs();
    long frees = B.frees();
    for (int i = 0; i < 500; i++) {
      assertEquals("x\0y\0é€" + i, B.sizedDup("x\0y\0é€" + i));
    }
    assertEquals("", B.sizedDup(""));
    assertEquals(allocs + 501, B.allocs());
    assertEquals(frees + 501, B.frees());
  }

  @Test
  void theLengthIsInBytesOfTheCharset() {
    assertEquals("caf\u00e9", B.sizedDupLatin1("caf\u00e9"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> B.sizedDupLatin1("\u20ac"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "safety_sized_dup: parameter 's' contains characters that ISO-8859-1"
                    + " cannot encode"),
        e.getMessage());
  }

  @Test
  void invalidBytesAreRejectedNotReplaced() {
    NativeException e = assertThrows(NativeException.class, B::latin1Sized);
    assertTrue(e.getMessage().contains("safety_latin1_sized"), e.getMessage());
  }

  @Test
  void theAnnotatedInterfaceBindsTheSameWay() {
    long frees = A.frees();
    assertEquals("a\0b", A.sizedDup("a\0b"));
    assertEquals(frees + 1, A.frees());
  }
}
