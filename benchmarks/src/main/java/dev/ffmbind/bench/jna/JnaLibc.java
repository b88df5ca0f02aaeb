package dev.ffmbind.bench.jna;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The C library's qsort through JNA, interface mapping, with a Java comparator callback. */
public interface JnaLibc extends Library {

  /** The C library. */
  JnaLibc LIB = Native.load("c", JnaLibc.class);

  /** {@code int (*)(const void*, const void*)} over ints. */
  interface IntComparator extends Callback {
    /**
     * @param a pointer to the first int
     * @param b pointer to the second int
     * @return the comparison
     */
    int invoke(Pointer a, Pointer b);
  }

  /**
   * One comparator instance for every call: JNA builds (and keeps) the native trampoline per
   * callback object, so reusing it is JNA's best practice.
   */
  IntComparator COMPARATOR = (a, b) -> Integer.compare(a.getInt(0), b.getInt(0));

  void qsort(int[] base, long count, long size, IntComparator comparator);
}
