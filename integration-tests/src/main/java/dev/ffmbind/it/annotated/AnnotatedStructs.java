package dev.ffmbind.it.annotated;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Struct;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.Union;
import java.lang.foreign.MemorySegment;

/**
 * Structs and unions declared through the annotation front end, over the C functions of {@code
 * structs.c} that {@code structs.yaml} also binds. The processor generates {@code
 * AnnotatedStructs_Ffm} with the value types {@code Big}, {@code TwoDoubles}, {@code SmallInts},
 * {@code Names} and {@code Value}.
 */
@NativeLibrary("ffmbindstructs")
public interface AnnotatedStructs {

  /** Three longs: larger than 16 bytes, the SysV MEMORY class. */
  @Struct("big")
  record Big(@CType("long") long a, @CType("long") long b, @CType("long") long c) {}

  /** Two doubles: SSE + SSE. */
  @Struct("two_doubles")
  record TwoDoubles(double x, double y) {}

  /** Two ints in eight bytes: INTEGER. */
  @Struct("small_ints")
  record SmallInts(int a, int b) {}

  /** {@code char[N]} fields: a String and raw bytes. */
  @Struct("names")
  record Names(@CType("char[65]") String sysname, @CType("char[9]") byte[] machine) {}

  /** An int, a double or twelve chars, with trailing padding. */
  @Union("value")
  record Value(int i, double d, @CType("char[12]") String small) {}

  /**
   * Writes a {@code struct big} from a seed.
   *
   * @param seed the value of {@code a}
   * @param out where C writes
   * @return 0
   */
  @Symbol("make_big")
  @CType("int")
  int makeBig(@CType("long") long seed, @CType("struct big*") MemorySegment out);

  /**
   * Sums the fields of a {@code struct big} C only reads.
   *
   * @param b the struct
   * @return a + b + c
   */
  @Symbol("big_total")
  @CType("long")
  long bigTotal(@CType("const struct big*") MemorySegment b);

  /**
   * Fills a {@code struct names}.
   *
   * @param n where C writes
   */
  @Symbol("fill_names")
  void fillNames(@CType("struct names*") MemorySegment n);

  /**
   * Sums the coordinates of an array of points.
   *
   * @param pts the points
   * @param n how many
   * @return the sum of every x and y
   */
  @Symbol("sum_points")
  double sumPoints(@CType("const struct two_doubles*") MemorySegment pts, @CType("size_t") long n);

  /**
   * Writes {@code {i, -i}} into the first {@code n} elements.
   *
   * @param out the array
   * @param n how many elements C writes
   */
  @Symbol("number_points")
  void numberPoints(@CType("struct small_ints*") MemorySegment out, int n);

  /**
   * gcc's layout of {@code structs.c}: 0 for sizeof, 1 for _Alignof, 2 for offsetof.
   *
   * @param type {@code struct big}, {@code union value}, ...
   * @param field the field, for offsetof
   * @param what which answer
   * @return the answer, or -1 for an unknown type or field
   */
  @Symbol("structs_layout")
  @CType("long")
  long layout(
      @CType("const char*") String type, @CType("const char*") @Nullable String field, int what);
}
