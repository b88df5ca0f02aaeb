package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void notNull() {
    Checks.notNull("x", "f", "p");
    assertEquals(
        "open: parameter 'path' must not be null",
        assertThrows(NullPointerException.class, () -> Checks.notNull(null, "open", "path"))
            .getMessage());
  }

  @Test
  void unsignedRange() {
    Checks.unsignedRange(0, 255, "f", "p");
    Checks.unsignedRange(255, 255, "f", "p");
    assertEquals(
        "umask: parameter 'mask' must be between 0 and 4294967295, but is -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Checks.unsignedRange(-1, 0xFFFF_FFFFL, "umask", "mask"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Checks.unsignedRange(256, 255, "f", "p"));
  }

  @Test
  void bounds() {
    Checks.bounds(0, 0, "f", "n", "buf");
    Checks.bounds(16, 16, "f", "n", "buf");
    assertEquals(
        "write: 'count' is 17, but 'buf' holds only 16 elements",
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> Checks.bounds(17, 16, "write", "count", "buf"))
            .getMessage());
    assertEquals(
        "write: 'count' is -1, but must not be negative",
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> Checks.bounds(-1, 16, "write", "count", "buf"))
            .getMessage());
  }

  @Test
  void minLength() {
    Checks.minLength(16, 16, "f", "p");
    assertEquals(
        "uuid_generate: parameter 'out' must hold at least 16 elements, but holds 15",
        assertThrows(
                IllegalArgumentException.class,
                () -> Checks.minLength(15, 16, "uuid_generate", "out"))
            .getMessage());
  }

  @Test
  void fits() {
    Checks.fits(Integer.MAX_VALUE, Integer.MAX_VALUE, "f", "p");
    assertEquals(
        "f: the length of 'data' is 65536, but its C type holds at most 65535",
        assertThrows(IllegalArgumentException.class, () -> Checks.fits(65536, 65535, "f", "data"))
            .getMessage());
  }
}
