package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.it.fixedarrays.FixedArraysApi;
import dev.ffmbind.it.fixedarrays.FixedArraysApi_Ffm;
import dev.ffmbind.it.fixedarrays.FixedArraysLib;
import org.junit.jupiter.api.Test;

/**
 * Fixed-size array parameters ({@code unsigned char out[16]}, {@code const int v[4]}, a typedef to
 * {@code unsigned char[16]}) against real C ({@code fixedarrays.c}), both front ends: the arrays
 * cross as for any array, and one shorter than its C type is refused before C runs.
 */
class FixedArraysTest {

  private static final FixedArraysLib YAML = FixedArraysLib.load();
  private static final FixedArraysApi ANNOTATED = FixedArraysApi_Ffm.load();

  private static byte[] ramp() {
    byte[] expected = new byte[16];
    for (int i = 0; i < 16; i++) {
      expected[i] = (byte) i;
    }
    return expected;
  }

  @Test
  void cFillsTheWholeArray() {
    byte[] out = new byte[16];
    YAML.fill16(out);
    assertArrayEquals(ramp(), out);
    byte[] twin = new byte[16];
    ANNOTATED.fill16(twin);
    assertArrayEquals(ramp(), twin);
  }

  @Test
  void cReadsTheWholeArray() {
    assertEquals(10, YAML.sum4(new int[] {1, 2, 3, 4}));
    assertEquals(-2, ANNOTATED.sum4(new int[] {-1, -1, 0, 0}));
  }

  @Test
  void aTypedefToAnArrayIsCopiedBothWays() {
    byte[] id = ramp();
    YAML.reverseId(id);
    assertEquals(15, id[0]);
    assertEquals(0, id[15]);
    ANNOTATED.reverseId(id);
    assertArrayEquals(ramp(), id);
  }

  @Test
  void aShortArrayIsRefusedBeforeCRuns() {
    byte[] shortOut = new byte[15];
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YAML.fill16(shortOut));
    assertEquals(
        "fill16: parameter 'out' must hold at least 16 elements, but holds 15", e.getMessage());
    assertArrayEquals(new byte[15], shortOut);
    IllegalArgumentException twin =
        assertThrows(IllegalArgumentException.class, () -> ANNOTATED.sum4(new int[3]));
    assertEquals(
        "sum4: parameter 'v' must hold at least 4 elements, but holds 3", twin.getMessage());
    assertThrows(IllegalArgumentException.class, () -> YAML.reverseId(new byte[0]));
    // The JVM is alive and the functions still work.
    assertEquals(4, YAML.sum4(new int[] {1, 1, 1, 1}));
  }

  @Test
  void aLongerArrayIsAccepted() {
    byte[] out = new byte[20];
    YAML.fill16(out);
    assertEquals(15, out[15]);
    assertEquals(0, out[16]);
  }
}
