package golden.annotation_structs;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Struct;
import dev.ffmbind.annotation.Union;
import java.lang.foreign.MemorySegment;

/** The annotation front end: structs and unions declared as nested records. */
@NativeLibrary("c")
public interface Clock {

  /** A time with microseconds. */
  @Struct("timeval")
  record Timeval(@CType("long") long tv_sec, @CType("long") long tv_usec) {}

  /** Names of the system. */
  @Struct("utsname")
  record Utsname(@CType("char[65]") String sysname, @CType("char[9]") byte[] machine) {}

  /** A point in the plane. */
  @Struct
  record Point(double x, double y) {}

  /** An int or a double. */
  @Union("number")
  record Number(int i, double d) {}

  /** A shape: nested structs, a union and an array of ints. */
  @Struct("shape")
  record Shape(
      @CType("unsigned char") byte kind,
      Point origin,
      @CType("struct Point[2]") Point[] corners,
      @CType("int[4]") int[] weights,
      Number value) {}

  /**
   * Reads the time of day into a {@code struct timeval}.
   *
   * @param tv where C writes the time (read it with {@code Clock_Ffm.Timeval.read})
   * @param tz obsolete, always null
   * @return 0, or -1 on failure
   */
  int gettimeofday(
      @CType("struct timeval*") MemorySegment tv, @CType("void*") @Nullable MemorySegment tz);
}
