package dev.ffmbind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Copies Java primitive arrays to and from per-call native memory for generated stubs. The
 * one-element case (a scalar out-parameter such as {@code int*}) is a single store or load instead
 * of a bulk copy, which dominates the cost of such calls. Memory is requested by byte size and
 * alignment: {@code allocate(layout, count)} builds a {@code SequenceLayout} (with its size and
 * overflow checks) on every call, which the profile of the {@code int*} out-parameter showed on its
 * hot path. Public only so generated code can reach it.
 */
public final class NativeArrays {

  private NativeArrays() {}

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, byte[] array) {
    MemorySegment segment = allocator.allocate(array.length, 1);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_BYTE, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_BYTE, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, byte[] array) {
    MemorySegment segment = allocator.allocate(array.length, 1);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, byte[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_BYTE, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, short[] array) {
    MemorySegment segment = allocator.allocate(2L * array.length, 2);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_SHORT, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_SHORT, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, short[] array) {
    MemorySegment segment = allocator.allocate(2L * array.length, 2);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_SHORT, 0, (short) 0);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, short[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_SHORT, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_SHORT, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, char[] array) {
    MemorySegment segment = allocator.allocate(2L * array.length, 2);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_CHAR, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_CHAR, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, char[] array) {
    MemorySegment segment = allocator.allocate(2L * array.length, 2);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_CHAR, 0, (char) 0);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, char[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_CHAR, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_CHAR, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, int[] array) {
    MemorySegment segment = allocator.allocate(4L * array.length, 4);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_INT, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_INT, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, int[] array) {
    MemorySegment segment = allocator.allocate(4L * array.length, 4);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_INT, 0, 0);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, int[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_INT, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_INT, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, long[] array) {
    MemorySegment segment = allocator.allocate(8L * array.length, 8);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_LONG, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_LONG, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, long[] array) {
    MemorySegment segment = allocator.allocate(8L * array.length, 8);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_LONG, 0, 0L);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, long[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_LONG, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_LONG, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, float[] array) {
    MemorySegment segment = allocator.allocate(4L * array.length, 4);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_FLOAT, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_FLOAT, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, float[] array) {
    MemorySegment segment = allocator.allocate(4L * array.length, 4);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_FLOAT, 0, 0f);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, float[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_FLOAT, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_FLOAT, 0, array, 0, array.length);
    }
  }

  /** Native memory holding a copy of {@code array} (C reads it). */
  public static MemorySegment copyIn(SegmentAllocator allocator, double[] array) {
    MemorySegment segment = allocator.allocate(8L * array.length, 8);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_DOUBLE, 0, array[0]);
    } else {
      MemorySegment.copy(array, 0, segment, ValueLayout.JAVA_DOUBLE, 0, array.length);
    }
    return segment;
  }

  /** Zeroed native memory for {@code array.length} elements (C only writes it). */
  public static MemorySegment zeroed(SegmentAllocator allocator, double[] array) {
    MemorySegment segment = allocator.allocate(8L * array.length, 8);
    if (array.length == 1) {
      segment.set(ValueLayout.JAVA_DOUBLE, 0, 0d);
    } else {
      segment.fill((byte) 0);
    }
    return segment;
  }

  /** Copies what C wrote back into {@code array}. */
  public static void copyOut(MemorySegment segment, double[] array) {
    if (array.length == 1) {
      array[0] = segment.get(ValueLayout.JAVA_DOUBLE, 0);
    } else {
      MemorySegment.copy(segment, ValueLayout.JAVA_DOUBLE, 0, array, 0, array.length);
    }
  }
}
