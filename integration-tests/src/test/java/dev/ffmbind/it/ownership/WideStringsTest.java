package dev.ffmbind.it.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** const wchar_t* as String (NativeStrings.WCHAR_T, UTF-32LE on Linux), through libc. */
class WideStringsTest {

  private static final Wide W = Wide.load();

  @Test
  void wcslenCountsCodePointsNotUtf16Units() {
    assertEquals(0, W.wcslen(""));
    assertEquals(5, W.wcslen("héllo"));
    assertEquals(2, W.wcslen("€😀")); // the emoji is two Java chars but one wchar_t
  }

  @Test
  void anOwnedWideStringRoundTrips() {
    String text = "wéde € 😀";
    assertEquals(text, W.wcsdup(text));
  }

  @Test
  void embeddedNulIsRejectedBeforeC() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> W.wcslen("a\0b"));
    assertEquals(
        "wcslen: parameter 's' contains a NUL character at index 1; C would truncate it there",
        e.getMessage());
  }

  @Test
  void wcharItselfIsAnInt() {
    assertEquals('A', W.towupper('a'));
  }
}
