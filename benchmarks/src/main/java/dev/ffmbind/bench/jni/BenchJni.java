package dev.ffmbind.bench.jni;

import dev.ffmbind.bench.NativeDir;

/**
 * JNI bindings of the benchmark library, implemented in src/main/c/bench_jni.c (hand-written C that
 * calls libbench.so). Loaded from the directory {@link NativeDir} names.
 */
@SuppressWarnings("restricted") // System.load; the JVM runs with --enable-native-access=ALL-UNNAMED
public final class BenchJni {

  static {
    System.load(NativeDir.file("libbench_jni.so"));
  }

  private BenchJni() {}

  /**
   * @return {@code bench_add(a, b)}
   */
  public static native int add(int a, int b);

  /**
   * @return {@code bench_strlen(s)}, s passed as (modified) UTF-8
   */
  public static native long strlen(String s);

  /**
   * @return a Java copy of {@code bench_strdup(s)}, freed in C
   */
  public static native String strdup(String s);

  /**
   * @return {@code bench_sum} of a copy of {@code bytes} (GetByteArrayRegion)
   */
  public static native long sum(byte[] bytes);

  /**
   * @return {@code bench_sum} of {@code bytes} in place (GetPrimitiveArrayCritical)
   */
  public static native long sumCritical(byte[] bytes);

  /** Stores what {@code bench_out} writes in {@code out[0]}. */
  public static native void out(int[] out);

  /**
   * @return {@code bench_errno(fail)}
   * @throws dev.ffmbind.bench.BenchErrnoException if it returned -1 (thrown from C with errno)
   */
  public static native int errnoCall(int fail);

  /**
   * @return a new {@code bench_counter*} as an address
   */
  public static native long counterNew();

  /**
   * @return {@code bench_counter_step} of the counter at {@code counter}
   */
  public static native int counterStep(long counter);

  /** Frees the counter at {@code counter}. */
  public static native void counterFree(long counter);

  /**
   * @return {@code id + (long) value} of {@code bench_pair_make(id, value)}, reduced in C
   */
  public static native long pairMake(int id, double value);

  /**
   * Stores {@code tv_sec} and {@code tv_usec} of what {@code bench_fill_tv} filled in {@code
   * out[0]} and {@code out[1]}.
   *
   * @return what {@code bench_fill_tv} returned
   */
  public static native int fillTv(long[] out);

  /**
   * @return {@code bench_sum_va(3, a, b, c)}
   */
  public static native int sumVa3(int a, int b, int c);
}
