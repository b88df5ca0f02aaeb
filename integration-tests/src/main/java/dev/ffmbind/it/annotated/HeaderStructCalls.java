package dev.ffmbind.it.annotated;

import dev.ffmbind.annotation.CHeaders;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/**
 * Calls over {@code structs.c} with every type taken from {@code structs.h} by name ({@code
 * fromHeader}): no record is written out; {@code struct record} (with the enum, union and structs
 * its fields use) and the two small structs come from the header, {@code record} resident.
 */
@NativeLibrary("ffmbindstructs")
@CHeaders(
    value = "structs.h",
    fromHeader = {"small_ints", "two_doubles", "record", "SHAPE_LINE"},
    residentStructs = "record")
public interface HeaderStructCalls {

  /**
   * Fills a record in place.
   *
   * @param r the record's memory
   */
  @Symbol("fill_record")
  void fillRecord(@CType("struct record*") HeaderStructCalls_Ffm.RecordView r);

  /**
   * The sum of a record's numbers, read through a pointer.
   *
   * @param r the record
   * @return the sum
   */
  @Symbol("record_sum")
  double recordSum(@CType("const struct record*") HeaderStructCalls_Ffm.RecordView r);

  /**
   * The same sum, the record passed by value.
   *
   * @param r the record
   * @return the sum
   */
  @Symbol("record_sum_by_value")
  double recordSumByValue(HeaderStructCalls_Ffm.Record r);

  /**
   * Swaps a and b.
   *
   * @param v the pair
   * @return {@code {b, a}}
   */
  @Symbol("swap_small")
  HeaderStructCalls_Ffm.SmallInts swapSmall(HeaderStructCalls_Ffm.SmallInts v);

  /**
   * Adds two points.
   *
   * @param a one
   * @param b the other
   * @return the sum
   */
  @Symbol("add_doubles")
  HeaderStructCalls_Ffm.TwoDoubles addDoubles(
      HeaderStructCalls_Ffm.TwoDoubles a, HeaderStructCalls_Ffm.TwoDoubles b);
}
