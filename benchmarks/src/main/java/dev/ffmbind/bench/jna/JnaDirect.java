package dev.ffmbind.bench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * JNA direct mapping ({@code Native.register}) of the benchmark library: JNA's fast path, native
 * static methods bound without a proxy. The library is found through {@code jna.library.path}.
 */
public final class JnaDirect {

  static {
    Native.register(JnaDirect.class, NativeLibrary.getInstance("bench"));
  }

  private JnaDirect() {}

  public static native int bench_add(int a, int b);

  public static native long bench_strlen(String s);

  public static native Pointer bench_strdup(String s);

  public static native void bench_free(Pointer p);

  public static native long bench_sum(byte[] buf, long len);

  public static native void bench_out(int[] out);

  public static native int bench_errno(int fail) throws LastErrorException;

  public static native Pointer bench_counter_new();

  public static native int bench_counter_step(Pointer c);

  public static native void bench_counter_free(Pointer c);

  /**
   * @param s the string
   * @return a Java copy of {@code bench_strdup(s)}, freed with {@code bench_free}
   */
  public static String strdup(String s) {
    Pointer copy = bench_strdup(s);
    try {
      return copy.getString(0);
    } finally {
      bench_free(copy);
    }
  }
}
