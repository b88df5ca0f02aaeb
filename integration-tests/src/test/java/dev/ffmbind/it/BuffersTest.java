package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.buffers.Buffers;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Arrays, buffers, linked lengths, bounds and out-parameters through {@link Buffers}. */
class BuffersTest {

  private static final Buffers B = Buffers.load();

  @Test
  void inArrayWithLinkedLength() {
    assertEquals(258L, B.sumBytes(new byte[] {1, 2, (byte) 255}), "bytes are unsigned in C");
    assertEquals(0L, B.sumBytes(new byte[0]));
    byte[] big = new byte[100_000];
    Arrays.fill(big, (byte) 0xFF);
    assertEquals(25_500_000L, B.sumBytes(big));
  }

  @Test
  void inArrayIsNotModified() {
    byte[] data = {5, 6, 7};
    B.sumBytes(data);
    assertArrayEquals(new byte[] {5, 6, 7}, data);
  }

  @Test
  void nullArrayIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> B.sumBytes(null));
    assertTrue(e.getMessage().contains("'buf'"), e.getMessage());
  }

  @Test
  void byteBuffers() {
    assertEquals(6L, B.sumBytesBuffer(ByteBuffer.wrap(new byte[] {1, 2, 3})));
    ByteBuffer direct = ByteBuffer.allocateDirect(3);
    direct.put(new byte[] {(byte) 200, 100, 1}).flip();
    assertEquals(301L, B.sumBytesBuffer(direct));
  }

  @Test
  void memorySegment() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(4);
      seg.fill((byte) 3);
      assertEquals(12L, B.sumBytesSegment(seg, 4));
    }
  }

  @Test
  void nullableSegmentPassesNull() {
    assertEquals(1, B.isNullPointer(null));
    assertEquals(1, B.isNullPointer(MemorySegment.NULL));
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(0, B.isNullPointer(arena.allocate(1)));
    }
  }

  @Test
  void intArray() {
    assertEquals(2L, B.sumInts(new int[] {1, -2, 3}));
    assertEquals(
        2L * Integer.MAX_VALUE, B.sumInts(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
  }

  @Test
  void outArrayIsWrittenBack() {
    byte[] buf = new byte[5];
    B.fill(buf, (short) 255);
    assertArrayEquals(new byte[] {-1, -1, -1, -1, -1}, buf);
    B.fill(buf, (short) 7);
    assertArrayEquals(new byte[] {7, 7, 7, 7, 7}, buf);
    assertThrows(IllegalArgumentException.class, () -> B.fill(buf, (short) 256));
  }

  @Test
  void inOutArrayIsCopiedBothWays() {
    byte[] buf = {0, 41, (byte) 255};
    B.increment(buf);
    assertArrayEquals(new byte[] {1, 42, 0}, buf);
    B.increment(buf);
    assertArrayEquals(new byte[] {2, 43, 1}, buf);
  }

  @Test
  void explicitBounds() {
    byte[] dst = new byte[4];
    assertEquals(3, B.copy(dst, new byte[] {1, 2, 3, 4}, 3));
    assertArrayEquals(new byte[] {1, 2, 3}, Arrays.copyOf(dst, 3));
    assertEquals(4, B.copy(dst, new byte[] {9, 8, 7, 6}, 4), "n == dst.length is allowed");
    assertArrayEquals(new byte[] {9, 8, 7, 6}, dst);
    assertEquals(0, B.copy(dst, new byte[] {1}, 0), "n == 0 is allowed");
  }

  @Test
  void oversizeBoundsThrowBeforeCIsCalled() {
    long before = B.callCount();
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> B.copy(new byte[2], new byte[8], 3));
    assertTrue(e.getMessage().contains("'n'"), e.getMessage());
    assertTrue(e.getMessage().contains("'dst'"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> B.copy(new byte[2], new byte[8], -1));
    assertThrows(
        IndexOutOfBoundsException.class, () -> B.copy(new byte[0], new byte[8], Integer.MAX_VALUE));
    assertEquals(before, B.callCount(), "C must not be called when the bounds check fails");
  }

  @Test
  void outArrayDoesNotLeakStaleNativeMemory() {
    // Leave 0x77 in whatever native scratch memory the stubs reuse, then give C an out array it
    // writes only partly: the rest must not come back as stale native bytes.
    byte[] dirty = new byte[4096];
    B.fill(dirty, (short) 0x77);
    byte[] dst = new byte[64];
    B.copy(dst, new byte[] {1, 2}, 2);
    for (int i = 2; i < dst.length; i++) {
      assertNotEquals((byte) 0x77, dst[i], "dst[" + i + "] holds stale native memory");
    }
  }

  @Test
  void scalarOutParameters() {
    int[] out = new int[1];
    B.outInt(out);
    assertEquals(42, out[0]);
    long[] size = new long[1];
    B.outSize(size);
    assertEquals(-1L, size[0], "SIZE_MAX as raw 64 bits");
  }

  @Test
  void segmentFromArenaStillWorksAfterManyCalls() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(ValueLayout.JAVA_BYTE, 16);
      for (int i = 0; i < 1000; i++) {
        seg.set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
        assertEquals(1L, B.sumBytesSegment(seg, 16));
      }
    }
  }
}
