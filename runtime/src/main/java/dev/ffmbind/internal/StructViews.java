package dev.ffmbind.internal;

import java.lang.foreign.MemorySegment;

/**
 * Helpers of generated struct views (resident structs): the checks made when a view is put over
 * memory the caller or C provides, and the index check of array fields. Liveness is FFM's own: an
 * access through a view whose arena is closed throws {@link IllegalStateException}.
 */
public final class StructViews {

  private StructViews() {}

  /**
   * The first {@code size} bytes of {@code segment}, for a view of a struct of that size.
   *
   * @param type {@code struct z_stream}, for messages
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if it is {@code NULL} or shorter than the struct
   */
  public static MemorySegment wrap(MemorySegment segment, long size, String type) {
    if (segment == null) {
      throw new NullPointerException(type + ": the segment of a view must not be null");
    }
    if (segment.address() == 0) {
      throw new IllegalArgumentException(type + ": a view cannot be put over NULL");
    }
    if (segment.byteSize() < size) {
      throw new IllegalArgumentException(
          type + ": a view needs " + size + " bytes, but the segment has " + segment.byteSize());
    }
    return segment.asSlice(0, size);
  }

  /**
   * An index into an array field of {@code length} elements.
   *
   * @throws IndexOutOfBoundsException {@code <type>: field '<field>' has <length> elements, index
   *     <index> is out of range}
   */
  public static long index(int index, int length, String type, String field) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(
          type
              + ": field '"
              + field
              + "' has "
              + length
              + " elements, index "
              + index
              + " is out of range");
    }
    return index;
  }
}
