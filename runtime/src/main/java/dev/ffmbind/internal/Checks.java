package dev.ffmbind.internal;

/**
 * Argument checks that generated stubs run before a call, so that C never sees a value it would
 * misread. Every message names the C function and the parameter.
 */
public final class Checks {

  private Checks() {}

  /**
   * @throws NullPointerException {@code <function>: parameter '<parameter>' must not be null}
   */
  public static void notNull(Object value, String function, String parameter) {
    if (value == null) {
      throw new NullPointerException(function + ": parameter '" + parameter + "' must not be null");
    }
  }

  /**
   * For an unsigned C parameter carried in a wider signed Java type ({@code unsigned int} in a
   * {@code long}): {@code 0 <= value <= max}.
   *
   * @param max the largest value of the C type, non-negative
   * @throws IllegalArgumentException {@code <function>: parameter '<parameter>' must be between 0
   *     and <max>, but is <value>}
   */
  public static void unsignedRange(long value, long max, String function, String parameter) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          function
              + ": parameter '"
              + parameter
              + "' must be between 0 and "
              + max
              + ", but is "
              + value);
    }
  }

  /**
   * For a length parameter that counts elements of an array parameter: {@code 0 <= length <=
   * capacity}.
   *
   * @param capacity the elements the array holds
   * @throws IndexOutOfBoundsException {@code <function>: '<lengthParameter>' is <length>, but
   *     '<arrayParameter>' holds only <capacity> elements}, or {@code <function>:
   *     '<lengthParameter>' is <length>, but must not be negative}
   */
  public static void bounds(
      long length, long capacity, String function, String lengthParameter, String arrayParameter) {
    if (length < 0) {
      throw new IndexOutOfBoundsException(
          function + ": '" + lengthParameter + "' is " + length + ", but must not be negative");
    }
    if (length > capacity) {
      throw new IndexOutOfBoundsException(
          function
              + ": '"
              + lengthParameter
              + "' is "
              + length
              + ", but '"
              + arrayParameter
              + "' holds only "
              + capacity
              + " elements");
    }
  }

  /**
   * For an array parameter C reads or writes a fixed number of elements of ({@code char buf[16]}).
   *
   * @param length the elements the array holds
   * @param min the elements C uses
   * @throws IllegalArgumentException {@code <function>: parameter '<parameter>' must hold at least
   *     <min> elements, but holds <length>}
   */
  public static void minLength(int length, int min, String function, String parameter) {
    if (length < min) {
      throw new IllegalArgumentException(
          function
              + ": parameter '"
              + parameter
              + "' must hold at least "
              + min
              + " elements, but holds "
              + length);
    }
  }

  /**
   * For a hidden length (passed by the stub, not the caller) whose C type is narrower than the Java
   * length: {@code value <= max}.
   *
   * @param value the length the stub would pass
   * @param max the largest value of the length's C type
   * @param parameter the array (or string) parameter whose length it is
   * @throws IllegalArgumentException {@code <function>: the length of '<parameter>' is <value>, but
   *     its C type holds at most <max>}
   */
  public static void fits(long value, long max, String function, String parameter) {
    if (value > max) {
      throw new IllegalArgumentException(
          function
              + ": the length of '"
              + parameter
              + "' is "
              + value
              + ", but its C type holds at most "
              + max);
    }
  }
}
