package dev.ffmbind.bench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * JNA interface mapping of the benchmark library: the way most JNA code is written, a proxy that
 * marshals each call through reflection. Found through {@code jna.library.path}.
 */
public interface JnaInterface extends Library {

  /** The loaded library. */
  JnaInterface LIB = Native.load("bench", JnaInterface.class);

  int bench_add(int a, int b);

  long bench_strlen(String s);

  Pointer bench_strdup(String s);

  void bench_free(Pointer p);

  long bench_sum(byte[] buf, long len);

  void bench_out(int[] out);

  int bench_errno(int fail) throws LastErrorException;

  Pointer bench_counter_new();

  int bench_counter_step(Pointer c);

  void bench_counter_free(Pointer c);

  JnaPair.ByValue bench_pair_make(int id, double value);

  int bench_fill_tv(JnaTv tv);

  int bench_sum_va(int n, Object... args);

  /**
   * @param s the string
   * @return a Java copy of {@code bench_strdup(s)}, freed with {@code bench_free}
   */
  static String strdup(String s) {
    Pointer copy = LIB.bench_strdup(s);
    try {
      return copy.getString(0);
    } finally {
      LIB.bench_free(copy);
    }
  }
}
