package golden.annotation_points_into;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.PointsInto;
import dev.ffmbind.annotation.WithElementSize;
import dev.ffmbind.annotation.WithLength;
import java.lang.foreign.MemorySegment;

/** The annotation front end: a hidden element size, a pointer returned as its position. */
@NativeLibrary("c")
public interface Search {

  /** {@code void* memchr(const void* s, int c, size_t n)}: the index of {@code c} in base. */
  @CType("void*") @PointsInto("base")
  long memchr(@CType("const void*") @WithLength(name = "n") byte[] base, int c);

  /** Hidden parameters follow the array in the order their annotations are written. */
  void fill(@CType("int32_t*") @WithElementSize(value = "int", name = "size")
      @WithLength(name = "count") int[] dst);

  @CType("void*") @PointsInto(PointsInto.NONE)
  MemorySegment fopen(String path, String mode);
}
