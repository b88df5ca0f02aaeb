package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ObjectHandles;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * libc qsort and bsearch with Java comparators: one cached stub, dispatch per thread and call. The
 * same tests run isolated ({@code IsolatedSortTest}).
 */
class SortTest {

  private static final Sort IN_PROCESS = Sort.load();

  /** The binding under test. */
  final Sort sort = binding();

  /** The binding the tests call: in-process here. */
  Sort binding() {
    return IN_PROCESS;
  }

  /**
   * How much work the heavier tests do, 1 in-process; every callback of an isolated call is a round
   * trip between two processes, so an isolated run does less of the same.
   */
  int work() {
    return 1;
  }

  private static final Sort.IntComparator ASCENDING =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));

  private static int[] randomInts(int n, long seed) {
    return new Random(seed).ints(n).toArray();
  }

  @Test
  void qsortSortsTenThousandIntsWithAJavaComparator() {
    int[] values = randomInts(10_000 / work(), 1);
    int[] expected = values.clone();
    Arrays.sort(expected);
    AtomicInteger calls = new AtomicInteger();
    sort.qsort(
        values,
        4,
        (a, b) -> {
          calls.incrementAndGet();
          return ASCENDING.compare(a, b);
        });
    assertArrayEquals(expected, values);
    assertTrue(calls.get() > 10_000 / work(), "the comparator ran " + calls.get() + " times");
  }

  @Test
  void aThrowingComparatorGivesTheCallerTheSameExceptionAndTheJvmLivesOn() {
    int handles = ObjectHandles.liveCount();
    for (int round = 0; round < 200 / work(); round++) {
      int[] values = randomInts(10_000, round);
      int[] before = values.clone();
      IllegalStateException thrown =
          new IllegalStateException("comparator failed in round " + round);
      AtomicInteger calls = new AtomicInteger();
      IllegalStateException caught =
          assertThrows(
              IllegalStateException.class,
              () ->
                  sort.qsort(
                      values,
                      4,
                      (a, b) -> {
                        if (calls.incrementAndGet() == 100) {
                          throw thrown;
                        }
                        return ASCENDING.compare(a, b);
                      }));
      assertSame(thrown, caught);
      assertEquals(
          "aThrowingComparatorGivesTheCallerTheSameExceptionAndTheJvmLivesOn",
          caught.getStackTrace()[0].getMethodName().replaceAll("lambda\\$(\\w+)\\$.*", "$1"),
          "the original stack trace, from inside the comparator");
      assertEquals(
          100, calls.get(), "after the exception, Java is not called again during the call");
      assertArrayEquals(before, values, "a failed call copies nothing back");
    }
    // And sorting still works afterwards.
    int[] values = randomInts(1000, 7);
    sort.qsort(values, 4, ASCENDING);
    assertTrue(isSorted(values));
    assertEquals(handles, ObjectHandles.liveCount());
  }

  @Test
  void errorsAreCaughtToo() {
    StackOverflowError error = new StackOverflowError("deep");
    assertSame(
        error,
        assertThrows(
            StackOverflowError.class,
            () ->
                sort.qsort(
                    new int[] {2, 1},
                    4,
                    (a, b) -> {
                      throw error;
                    })));
  }

  @Test
  void bsearchFindsKeysInNativeMemory() {
    int[] sorted = randomInts(10_000, 3);
    Arrays.sort(sorted);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment base = arena.allocateFrom(ValueLayout.JAVA_INT, sorted);
      for (int i = 0; i < sorted.length; i += 97) {
        MemorySegment found =
            sort.bsearch(new int[] {sorted[i]}, base, sorted.length, 4, ASCENDING);
        assertTrue(found.address() != 0);
        int index = (int) ((found.address() - base.address()) / 4);
        assertEquals(sorted[i], sorted[index]);
      }
      int missing = sorted[0] == Integer.MIN_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      assertEquals(
          0, sort.bsearch(new int[] {missing}, base, sorted.length, 4, ASCENDING).address());
    }
  }

  @Test
  void aComparatorThatSortsInsideEachComparisonReachesItsOwnLambdaAtEachLevel() {
    // The outer comparator calls qsort again (nested downcall, nested upcalls on the same thread):
    // each level must reach its own lambda.
    AtomicInteger inner = new AtomicInteger();
    int[] values = randomInts(200, 11);
    sort.qsort(
        values,
        4,
        (a, b) -> {
          int[] small = {3, 1, 2};
          sort.qsort(
              small,
              4,
              (x, y) -> {
                inner.incrementAndGet();
                return Integer.compare(
                    y.get(ValueLayout.JAVA_INT, 0), x.get(ValueLayout.JAVA_INT, 0)); // descending
              });
          assertArrayEquals(new int[] {3, 2, 1}, small);
          return ASCENDING.compare(a, b);
        });
    assertTrue(isSorted(values));
    assertTrue(inner.get() > 0);
  }

  @Test
  void eightThreadsSortConcurrentlyEachWithItsOwnComparator() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int modulus = t + 2;
        futures.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20 / work(); round++) {
                    int[] values = randomInts(2000 / work(), modulus * 1000L + round);
                    // Sort by remainder, then value: each thread's order differs.
                    sort.qsort(
                        values,
                        4,
                        (a, b) -> {
                          int x = a.get(ValueLayout.JAVA_INT, 0);
                          int y = b.get(ValueLayout.JAVA_INT, 0);
                          int c =
                              Integer.compare(Math.floorMod(x, modulus), Math.floorMod(y, modulus));
                          return c != 0 ? c : Integer.compare(x, y);
                        });
                    for (int i = 1; i < values.length; i++) {
                      int c =
                          Integer.compare(
                              Math.floorMod(values[i - 1], modulus),
                              Math.floorMod(values[i], modulus));
                      assertTrue(
                          c < 0 || (c == 0 && values[i - 1] <= values[i]),
                          "thread with modulus " + modulus);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isSorted(int[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i - 1] > values[i]) {
        return false;
      }
    }
    return true;
  }
}
