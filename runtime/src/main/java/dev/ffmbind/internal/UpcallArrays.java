package dev.ffmbind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Arrays that C passes to a callback, converted for the Java callback by generated stubs. Not API:
 * used only by code ffmbind generates.
 */
public final class UpcallArrays {

  private UpcallArrays() {}

  /**
   * The handles in C's array of {@code count} pointers to an opaque type ({@code sqlite3_value**
   * argv}), each wrapped as a borrowed handle; {@code NULL} elements are {@code null}.
   *
   * @param pointer the C array; {@code NULL} gives {@code null} unless {@code count} is 0
   * @param count the number of elements C says it holds
   * @param wrap makes a borrowed handle of a non-NULL pointer
   * @param array makes the Java array
   * @param callback the C callback type, for messages
   * @return the handles
   * @throws IllegalArgumentException if C passes a negative count
   */
  @SuppressWarnings("restricted")
  public static <T> T[] handles(
      MemorySegment pointer,
      int count,
      Function<MemorySegment, T> wrap,
      IntFunction<T[]> array,
      String callback) {
    if (count < 0) {
      throw new IllegalArgumentException(callback + " passed an array of negative length " + count);
    }
    if (count == 0) {
      return array.apply(0);
    }
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    MemorySegment elements = pointer.reinterpret(count * ValueLayout.ADDRESS.byteSize());
    T[] result = array.apply(count);
    for (int i = 0; i < count; i++) {
      MemorySegment element = elements.getAtIndex(ValueLayout.ADDRESS, i);
      result[i] = element.address() == 0 ? null : wrap.apply(element);
    }
    return result;
  }
}
