package dev.ffmbind.bench.ffm;

import dev.ffmbind.bench.BenchErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * FFM as it is usually first written: the same {@code static final} handles as {@link HandFfm}, but
 * a fresh {@code Arena.ofConfined()} for each call's temporaries (and, for qsort, a fresh upcall
 * stub per call). Shows what ffmbind's per-thread scratch pool saves.
 */
@SuppressWarnings("restricted") // reinterpret and upcallStub; native access is enabled
public final class NaiveFfm {

  private NaiveFfm() {}

  /**
   * @return {@code bench_strlen(s)}
   */
  public static long strlen(String s) {
    try (Arena arena = Arena.ofConfined()) {
      return (long) FfmHandles.STRLEN.invokeExact(arena.allocateFrom(s));
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
  }

  /**
   * @return a copy of {@code bench_strdup(s)}'s result, which is then freed
   */
  public static String strdup(String s) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment copy = (MemorySegment) FfmHandles.STRDUP.invokeExact(arena.allocateFrom(s));
      try {
        return copy.reinterpret(Long.MAX_VALUE).getString(0);
      } finally {
        FfmHandles.FREE.invokeExact(copy);
      }
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
  }

  /**
   * @return {@code bench_sum} of {@code bytes}
   */
  public static long sum(byte[] bytes) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment copy = arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
      return (long) FfmHandles.SUM.invokeExact(copy, (long) bytes.length);
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
  }

  /**
   * @return what {@code bench_out} wrote
   */
  public static int out() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
      FfmHandles.OUT.invokeExact(out);
      return out.get(ValueLayout.JAVA_INT, 0);
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
  }

  /**
   * @return {@code bench_errno(fail)}
   * @throws BenchErrnoException if it returned -1
   */
  public static int errnoCall(int fail) {
    int result;
    int errno;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment capture = arena.allocate(FfmHandles.CAPTURE_LAYOUT);
      result = (int) FfmHandles.ERRNO_CALL.invokeExact(capture, fail);
      errno = (int) FfmHandles.ERRNO.get(capture, 0L);
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
    if (result == -1) {
      throw new BenchErrnoException(errno);
    }
    return result;
  }

  /**
   * Sorts {@code values} with a new upcall stub and native copy, both freed after the call.
   *
   * @param values the ints, sorted in place
   */
  public static void qsort(int[] values) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment comparator =
          Linker.nativeLinker()
              .upcallStub(FfmHandles.COMPARE, FfmHandles.COMPARE_DESCRIPTOR, arena);
      MemorySegment data = arena.allocateFrom(ValueLayout.JAVA_INT, values);
      FfmHandles.QSORT.invokeExact(data, (long) values.length, 4L, comparator);
      MemorySegment.copy(data, ValueLayout.JAVA_INT, 0, values, 0, values.length);
    } catch (Throwable t) {
      throw HandFfm.rethrow(t);
    }
  }
}
