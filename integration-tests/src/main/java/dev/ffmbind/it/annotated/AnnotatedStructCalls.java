package dev.ffmbind.it.annotated;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.BoundedBy;
import dev.ffmbind.annotation.CEnum;
import dev.ffmbind.annotation.CHeaders;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Struct;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.Union;
import dev.ffmbind.annotation.WithLength;
import java.lang.foreign.MemorySegment;

/**
 * The annotated twin of {@code structs.yaml}'s calls over {@code structs.c}: structs by value in
 * every SysV class, {@code const T*} in, {@code Ref<T>} out and in/out, a borrowed {@code T*}
 * returned as a copy, arrays of structs with a length or a bound, and a C enum as a struct field.
 * Methods name the types the processor generates ({@code AnnotatedStructCalls_Ffm.Big}); the ABI
 * check compiles them against {@code structs.h}.
 */
@NativeLibrary("ffmbindstructs")
@CHeaders("structs.h")
public interface AnnotatedStructCalls {

  /** The kind of a shape; C may return kinds this list does not have. */
  @CEnum("shape_kind")
  enum ShapeKind {
    SHAPE_POINT,
    SHAPE_LINE
  }

  /** Two ints in eight bytes: INTEGER. */
  @Struct("small_ints")
  record SmallInts(int a, int b) {}

  /** An int, a float and a double: INTEGER + SSE. */
  @Struct("mixed")
  record Mixed(int i, float f, double d) {}

  /** Two doubles: SSE + SSE. */
  @Struct("two_doubles")
  record TwoDoubles(double x, double y) {}

  /** Three longs: larger than 16 bytes, the SysV MEMORY class. */
  @Struct("big")
  record Big(@CType("long") long a, @CType("long") long b, @CType("long") long c) {}

  /** An int, a double or twelve chars. */
  @Union("value")
  record Value(int i, double d, @CType("char[12]") String small) {}

  /** Every kind of field, with padding between them and at the end. */
  @Struct("record")
  record Record(
      @CType("unsigned char") byte tag,
      ShapeKind kind,
      TwoDoubles origin,
      @CType("struct small_ints[2]") SmallInts[] pairs,
      @CType("unsigned int[3]") int[] weights,
      @CType("uint16_t") short id,
      boolean on,
      @CType("const char*") MemorySegment label,
      @CType("void*") MemorySegment visit,
      Value value,
      @CType("char[5]") String code) {}

  /**
   * Fills a {@code struct record}; its kind is 7, a value {@code ShapeKind} does not list.
   *
   * @param r receives the record
   */
  @Symbol("fill_record")
  void fillRecord(@CType("struct record*") @Out Ref<AnnotatedStructCalls_Ffm.Record> r);

  /**
   * The sum of a record's numbers, read through a pointer.
   *
   * @param r the record
   * @return the sum
   */
  @Symbol("record_sum")
  double recordSum(@CType("const struct record*") AnnotatedStructCalls_Ffm.Record r);

  /**
   * The same sum, the record passed by value (in memory).
   *
   * @param r the record
   * @return the sum
   */
  @Symbol("record_sum_by_value")
  double recordSumByValue(@CType("struct record") AnnotatedStructCalls_Ffm.Record r);

  /**
   * Swaps a and b.
   *
   * @param v the pair
   * @return {@code {b, a}}
   */
  @Symbol("swap_small")
  @CType("struct small_ints")
  AnnotatedStructCalls_Ffm.SmallInts swapSmall(
      @CType("struct small_ints") AnnotatedStructCalls_Ffm.SmallInts v);

  /**
   * Multiplies every field.
   *
   * @param v the value
   * @param k the factor
   * @return the product
   */
  @Symbol("scale_mixed")
  @CType("struct mixed")
  AnnotatedStructCalls_Ffm.Mixed scaleMixed(
      @CType("struct mixed") AnnotatedStructCalls_Ffm.Mixed v, int k);

  /**
   * Adds two points.
   *
   * @param a one
   * @param b the other
   * @return the sum
   */
  @Symbol("add_doubles")
  @CType("struct two_doubles")
  AnnotatedStructCalls_Ffm.TwoDoubles addDoubles(
      @CType("struct two_doubles") AnnotatedStructCalls_Ffm.TwoDoubles a,
      @CType("struct two_doubles") AnnotatedStructCalls_Ffm.TwoDoubles b);

  /**
   * Adds k to every field.
   *
   * @param a the value
   * @param k the summand
   * @return the sum
   */
  @Symbol("sum_big")
  @CType("struct big")
  AnnotatedStructCalls_Ffm.Big sumBig(
      @CType("struct big") AnnotatedStructCalls_Ffm.Big a, @CType("long") long k);

  /**
   * Sums the fields of a {@code struct big} C only reads.
   *
   * @param b the struct
   * @return a + b + c
   */
  @Symbol("big_total")
  @CType("long")
  long bigTotal(@CType("const struct big*") AnnotatedStructCalls_Ffm.Big b);

  /**
   * Writes {@code {seed, 2 seed, 3 seed}}.
   *
   * @param seed the value of a
   * @param out receives the struct
   * @return 0
   */
  @Symbol("make_big")
  int makeBig(
      @CType("long") long seed, @CType("struct big*") @Out Ref<AnnotatedStructCalls_Ffm.Big> out);

  /**
   * Doubles every field in place.
   *
   * @param b the struct C reads and writes
   */
  @Symbol("twice_big")
  void twiceBig(@CType("struct big*") Ref<AnnotatedStructCalls_Ffm.Big> b);

  /**
   * A pointer to C's own point, or NULL; returned as a copy.
   *
   * @param want 0 for NULL
   * @return the point, or null
   */
  @Symbol("origin_or_null")
  @CType("const struct two_doubles*")
  AnnotatedStructCalls_Ffm.TwoDoubles originOrNull(int want);

  /**
   * Sums the coordinates of an array of points.
   *
   * @param pts the points; their count is passed after them
   * @return the sum of every x and y
   */
  @Symbol("sum_points")
  double sumPoints(
      @CType("const struct two_doubles*") @WithLength(value = "size_t", name = "n")
          AnnotatedStructCalls_Ffm.TwoDoubles[] pts);

  /**
   * Multiplies every point in place.
   *
   * @param pts the points; their count is passed after them
   * @param k the factor
   */
  @Symbol("scale_points")
  void scalePoints(
      @CType("struct two_doubles*") @WithLength(value = "size_t", name = "n")
          AnnotatedStructCalls_Ffm.TwoDoubles[] pts,
      double k);

  /**
   * Writes {@code {i, -i}} into the first {@code n} elements.
   *
   * @param out the array
   * @param n how many elements C writes
   */
  @Symbol("number_points")
  void numberPoints(
      @CType("struct small_ints*") @Out AnnotatedStructCalls_Ffm.SmallInts[] out,
      @BoundedBy("out") int n);
}
