package dev.ffmbind.bench.jnr;

import dev.ffmbind.bench.NativeDir;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.Delegate;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.Pinned;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;
import jnr.ffi.types.size_t;
import jnr.ffi.types.u_int64_t;

/**
 * JNR-FFI mapping of the benchmark library, tuned as JNR's own "squeezing performance" advice says:
 * {@code @IgnoreError} wherever errno is not needed (JNR saves errno after every call otherwise),
 * {@code @In}/{@code @Out} so arrays are copied one way only, and {@code @Pinned} for the in-place
 * array variant.
 */
public interface BenchJnr {

  /** The loaded library. */
  BenchJnr LIB =
      LibraryLoader.create(BenchJnr.class)
          .search(NativeDir.get().toString())
          // bench_sum_pinned is bench_sum with a pinned array: one C function, two mappings.
          .mapper((name, context) -> name.equals("bench_sum_pinned") ? "bench_sum" : name)
          .failImmediately()
          .load("bench");

  /** The JNR runtime of {@link #LIB}, for {@code getLastError()}. */
  jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIB);

  @IgnoreError
  int bench_add(int a, int b);

  @IgnoreError
  @size_t
  long bench_strlen(@In CharSequence s);

  @IgnoreError
  Pointer bench_strdup(@In CharSequence s);

  @IgnoreError
  void bench_free(Pointer p);

  @IgnoreError
  @u_int64_t
  long bench_sum(@In byte[] buf, @size_t long len);

  @IgnoreError
  @u_int64_t
  long bench_sum_pinned(@Pinned @In byte[] buf, @size_t long len);

  @IgnoreError
  void bench_out(@Out int[] out);

  @SaveError
  int bench_errno(int fail);

  @IgnoreError
  Pointer bench_counter_new();

  @IgnoreError
  int bench_counter_step(Pointer c);

  @IgnoreError
  void bench_counter_free(Pointer c);

  /**
   * {@code bench_errno} with the check a JNR user writes by hand.
   *
   * @param fail non-zero to fail
   * @return 0
   * @throws dev.ffmbind.bench.BenchErrnoException if it returned -1, with JNR's saved errno
   */
  static int errnoCall(int fail) {
    int result = LIB.bench_errno(fail);
    if (result == -1) {
      throw new dev.ffmbind.bench.BenchErrnoException(RUNTIME.getLastError());
    }
    return result;
  }

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

  @IgnoreError
  int bench_fill_tv(@Out Tv tv);

  /** qsort's comparator as a JNR callback: JNR creates its native closure once per object. */
  interface IntComparator {
    /**
     * @param a pointer to the first int
     * @param b pointer to the second int
     * @return negative, zero or positive as {@code *a} is less than, equal to or greater than
     *     {@code *b}
     */
    @Delegate
    int compare(Pointer a, Pointer b);
  }

  /** One reused comparator, so its closure is created once (as JNA's and FFM's best practice). */
  IntComparator COMPARATOR = (a, b) -> Integer.compare(a.getInt(0), b.getInt(0));

  /**
   * The C library's qsort, found through libbench's dependencies; the array is copied in and out
   * (JNR's default for a primitive array marked in and out).
   */
  @IgnoreError
  void qsort(@In @Out int[] base, @size_t long nmemb, @size_t long size, IntComparator compar);

  /**
   * {@code int bench_sum_va(int n, ...)} with three {@code int}s after {@code n}: {@code @Variadic}
   * tells JNR where the fixed arguments end (it links the call with libffi's variadic call
   * interface). JNR has no mapping for a struct returned by value (jnr-ffi issues 14 and 262), so
   * {@code bench_pair_make} has no JNR column.
   */
  @IgnoreError
  @Variadic(fixedCount = 1)
  int bench_sum_va(int n, int a, int b, int c);

  /** JNR's {@code struct bench_tv}. */
  final class Tv extends jnr.ffi.Struct {

    /** The {@code tv_sec} field. */
    public final SignedLong tvSec = new SignedLong();

    /** The {@code tv_usec} field. */
    public final SignedLong tvUsec = new SignedLong();

    /**
     * @param runtime the runtime the struct's memory belongs to
     */
    public Tv(jnr.ffi.Runtime runtime) {
      super(runtime);
    }
  }
}
