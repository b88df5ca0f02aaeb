package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The one-element fast path and the bulk path must do the same thing. */
class NativeArraysTest {

  @Test
  void oneElementAndManyElementsRoundTrip() {
    try (Arena arena = Arena.ofConfined()) {
      for (int[] values : new int[][] {{42}, {1, 2, 3, 4, 5}, {}}) {
        MemorySegment in = NativeArrays.copyIn(arena, values);
        assertEquals(4L * values.length, in.byteSize());
        for (int i = 0; i < values.length; i++) {
          assertEquals(values[i], in.getAtIndex(ValueLayout.JAVA_INT, i));
          in.setAtIndex(ValueLayout.JAVA_INT, i, values[i] * 10);
        }
        int[] back = new int[values.length];
        NativeArrays.copyOut(in, back);
        int[] expected = new int[values.length];
        for (int i = 0; i < values.length; i++) {
          expected[i] = values[i] * 10;
        }
        assertArrayEquals(expected, back);
      }
    }
  }

  @Test
  void zeroedIsZeroEvenOverDirtyMemory() {
    try (Arena arena = Arena.ofConfined()) {
      // A slicing allocator over dirty memory hands out the same bytes again.
      MemorySegment dirty = arena.allocate(64);
      dirty.fill((byte) 0x7f);
      for (int length : new int[] {1, 3}) {
        long[] out = new long[length];
        MemorySegment segment =
            NativeArrays.zeroed(java.lang.foreign.SegmentAllocator.slicingAllocator(dirty), out);
        for (int i = 0; i < length; i++) {
          assertEquals(0L, segment.getAtIndex(ValueLayout.JAVA_LONG, i));
        }
      }
      byte[] one = {9};
      MemorySegment b =
          NativeArrays.zeroed(java.lang.foreign.SegmentAllocator.slicingAllocator(dirty), one);
      assertEquals(0, b.get(ValueLayout.JAVA_BYTE, 0));
      double[] d = {1.5, 2.5};
      NativeArrays.copyOut(NativeArrays.copyIn(arena, d), d);
      assertArrayEquals(new double[] {1.5, 2.5}, d);
    }
  }
}
