package dev.ffmbind.it.annotated;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Struct;
import java.lang.foreign.MemorySegment;

/**
 * The annotated twin of {@code resident.yaml}: {@code struct tm} as a resident struct, a view over
 * memory the caller allocates ({@code gmtime_r} writes into it and returns a pointer to it) or that
 * C owns ({@code gmtime}'s static struct).
 */
@NativeLibrary("c")
public interface AnnotatedResidentLibc {

  /** glibc's broken-down time. */
  @Struct(value = "tm", resident = true)
  record Tm(
      int tm_sec,
      int tm_min,
      int tm_hour,
      int tm_mday,
      int tm_mon,
      int tm_year,
      int tm_wday,
      int tm_yday,
      int tm_isdst,
      @CType("long") long tm_gmtoff,
      @CType("const char*") MemorySegment tm_zone) {}

  /**
   * The broken-down UTC time of a time_t, written into result.
   *
   * @param timep the time
   * @param result the view C writes
   * @return result
   */
  @CType("struct tm*")
  AnnotatedResidentLibc_Ffm.TmView gmtime_r(
      @CType("const long*") long[] timep,
      @CType("struct tm*") AnnotatedResidentLibc_Ffm.TmView result);

  /**
   * The same in the C library's own static struct, which the next call overwrites.
   *
   * @param timep the time
   * @return a view of C's struct
   */
  @CType("struct tm*")
  AnnotatedResidentLibc_Ffm.TmView gmtime(@CType("const long*") long[] timep);

  /**
   * The time_t of a broken-down UTC time; normalizes the fields.
   *
   * @param tm the view C reads and writes
   * @return the time
   */
  @CType("long")
  long timegm(@CType("struct tm*") AnnotatedResidentLibc_Ffm.TmView tm);
}
