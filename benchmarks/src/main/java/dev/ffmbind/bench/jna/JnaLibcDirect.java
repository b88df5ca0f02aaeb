package dev.ffmbind.bench.jna;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * The C library's qsort through JNA direct mapping, with the same comparator as {@link JnaLibc}.
 */
public final class JnaLibcDirect {

  static {
    Native.register(JnaLibcDirect.class, NativeLibrary.getInstance("c"));
  }

  private JnaLibcDirect() {}

  public static native void qsort(
      int[] base, long count, long size, JnaLibc.IntComparator comparator);
}
