package dev.ffmbind.bench.annotated;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.Critical;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.In;
import dev.ffmbind.annotation.InOut;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.OnException;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UncheckedSize;
import dev.ffmbind.annotation.WithElementSize;
import dev.ffmbind.annotation.WithLength;
import java.lang.foreign.MemorySegment;

/**
 * The benchmark library (src/main/c/bench.h) through the annotation front end; the processor
 * generates {@code BenchLib_Ffm}. Declares the same functions as {@code bench.yaml}, so both front
 * ends are measured on identical calls.
 */
@NativeLibrary("bench")
public interface BenchLib {

  @Symbol("bench_add")
  int add(int a, int b);

  @Symbol("bench_add")
  @Critical
  int addCritical(int a, int b);

  @Symbol("bench_strlen")
  @CType("size_t")
  long strlen(String s);

  @Symbol("bench_strdup")
  @CType("char*")
  @Owned(free = "bench_free")
  String strdup(String s);

  @Symbol("bench_sum")
  @CType("uint64_t")
  long sum(@CType("const uint8_t*") @In @WithLength("size_t") byte[] buf);

  @Symbol("bench_sum")
  @CType("uint64_t")
  @Critical
  long sumCritical(@CType("const uint8_t*") @In @WithLength("size_t") byte[] buf);

  @Symbol("bench_out")
  void out(@Out @UncheckedSize int[] out);

  @Symbol("bench_errno")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int errnoCall(int fail);

  @Symbol("bench_counter_new")
  Counter counterNew();

  @Symbol("bench_counter_step")
  int counterStep(Counter c);

  @Symbol("bench_counter_free")
  void counterFree(Counter c);

  /** {@code int (*compar_fn)(const void*, const void*)}, read as two {@code const int*}. */
  @Callback("compar_fn")
  interface IntComparator {
    @OnException("0")
    int compare(@CType("const int*") MemorySegment a, @CType("const int*") MemorySegment b);
  }

  /**
   * The C library's qsort (found through libbench's dependencies); the length and the element size
   * are passed for you.
   */
  @Symbol("qsort")
  void qsort(
      @CType("int*") @InOut @WithLength("size_t") @WithElementSize("size_t") int[] base,
      @Lifetime(CallbackLifetime.CALL) IntComparator compar);
}
