package dev.ffmbind.bench.ffm;

import static dev.ffmbind.bench.ffm.FfmHandles.CACHED_COMPARATOR;

import dev.ffmbind.bench.BenchErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Hand-written best-practice FFM, the baseline ffmbind is held to: {@code static final} handles
 * called with {@code invokeExact} ({@link FfmHandles}), and per-call memory (strings, arrays, the
 * out-parameter, the errno capture segment) carved from buffers allocated once per instance and
 * reused, so a call allocates nothing. One instance per thread: the buffers are not shared.
 *
 * <p>It checks less than ffmbind's stubs do (no null, NUL or bounds checks beyond what FFM itself
 * does): it is the fastest correct code for these inputs, not a general binding.
 */
@SuppressWarnings("restricted") // reinterpret of returned pointers; native access is enabled
public final class HandFfm {

  /** Largest string (in bytes, with terminator) or array this instance can pass. */
  public static final int BUFFER_BYTES = 128 * 1024;

  private final MemorySegment buffer;
  private final MemorySegment intOut;
  private final MemorySegment capture;
  private final MemorySegment pair;
  private final SegmentAllocator pairAllocator;
  private final MemorySegment tv;

  /**
   * @param arena where the reused buffers live; it must outlive this instance
   */
  public HandFfm(Arena arena) {
    buffer = arena.allocate(BUFFER_BYTES, 16);
    intOut = arena.allocate(ValueLayout.JAVA_INT);
    capture = arena.allocate(FfmHandles.CAPTURE_LAYOUT);
    pair = arena.allocate(FfmHandles.PAIR_LAYOUT);
    pairAllocator = SegmentAllocator.prefixAllocator(pair);
    tv = arena.allocate(FfmHandles.TV_LAYOUT);
  }

  /**
   * @return {@code bench_add(a, b)}
   */
  public static int add(int a, int b) {
    try {
      return (int) FfmHandles.ADD.invokeExact(a, b);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code bench_add(a, b)}, linked critical
   */
  public static int addCritical(int a, int b) {
    try {
      return (int) FfmHandles.ADD_CRITICAL.invokeExact(a, b);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code bench_strlen(s)}, with {@code s} encoded (UTF-8) into the reused buffer
   */
  public long strlen(String s) {
    buffer.setString(0, s);
    try {
      return (long) FfmHandles.STRLEN.invokeExact(buffer);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return a copy of {@code bench_strdup(s)}'s result, which is then freed
   */
  public String strdup(String s) {
    buffer.setString(0, s);
    try {
      MemorySegment copy = (MemorySegment) FfmHandles.STRDUP.invokeExact(buffer);
      try {
        return copy.reinterpret(Long.MAX_VALUE).getString(0);
      } finally {
        FfmHandles.FREE.invokeExact(copy);
      }
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code bench_sum} of {@code bytes}, copied into the reused buffer
   */
  public long sum(byte[] bytes) {
    MemorySegment.copy(bytes, 0, buffer, ValueLayout.JAVA_BYTE, 0, bytes.length);
    try {
      return (long) FfmHandles.SUM.invokeExact(buffer, (long) bytes.length);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code bench_sum} of {@code bytes}, passed in place (critical, heap access)
   */
  public static long sumCritical(byte[] bytes) {
    try {
      return (long)
          FfmHandles.SUM_CRITICAL.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code id + (long) value} of the struct {@code bench_pair_make(id, value)} returns,
   *     received into a reused native buffer
   */
  public long pairMake(int id, double value) {
    MemorySegment result;
    try {
      result = (MemorySegment) FfmHandles.PAIR_MAKE.invokeExact(pairAllocator, id, value);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return result.get(ValueLayout.JAVA_INT, 0) + (long) result.get(ValueLayout.JAVA_DOUBLE, 8);
  }

  /**
   * @return {@code tv_sec + tv_usec} of the reused struct {@code bench_fill_tv} filled
   */
  public long fillTv() {
    int status;
    try {
      status = (int) FfmHandles.FILL_TV.invokeExact(tv);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (status != 0) {
      throw new IllegalStateException("bench_fill_tv returned " + status);
    }
    return tv.get(ValueLayout.JAVA_LONG, 0) + tv.get(ValueLayout.JAVA_LONG, 8);
  }

  /**
   * @return {@code bench_sum_va(3, a, b, c)}
   */
  public static int sumVa3(int a, int b, int c) {
    try {
      return (int) FfmHandles.SUM_VA3.invokeExact(3, a, b, c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return what {@code bench_out} wrote into the reused int
   */
  public int out() {
    try {
      FfmHandles.OUT.invokeExact(intOut);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return intOut.get(ValueLayout.JAVA_INT, 0);
  }

  /**
   * @return {@code bench_errno(fail)}
   * @throws BenchErrnoException if it returned -1, with the errno captured by the downcall
   */
  public int errnoCall(int fail) {
    int result;
    try {
      result = (int) FfmHandles.ERRNO_CALL.invokeExact(capture, fail);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (result == -1) {
      throw new BenchErrnoException((int) FfmHandles.ERRNO.get(capture, 0L));
    }
    return result;
  }

  /**
   * @return a new {@code bench_counter*}
   */
  public static MemorySegment counterNew() {
    try {
      return (MemorySegment) FfmHandles.COUNTER_NEW.invokeExact();
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * @return {@code bench_counter_step(counter)}
   */
  public static int counterStep(MemorySegment counter) {
    try {
      return (int) FfmHandles.COUNTER_STEP.invokeExact(counter);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Frees a counter from {@link #counterNew}. */
  public static void counterFree(MemorySegment counter) {
    try {
      FfmHandles.COUNTER_FREE.invokeExact(counter);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * Sorts {@code values} with the C library's qsort and a Java comparator, through the upcall stub
   * created once ({@link FfmHandles#CACHED_COMPARATOR}); the ints go through the reused buffer.
   *
   * @param values the ints, sorted in place
   */
  public void qsort(int[] values) {
    MemorySegment.copy(values, 0, buffer, ValueLayout.JAVA_INT, 0, values.length);
    try {
      FfmHandles.QSORT.invokeExact(buffer, (long) values.length, 4L, CACHED_COMPARATOR);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    MemorySegment.copy(buffer, ValueLayout.JAVA_INT, 0, values, 0, values.length);
  }

  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException e) {
      return e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("a downcall threw a checked exception", t);
  }
}
