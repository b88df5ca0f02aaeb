package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link SortTest}, with qsort running in an isolated helper process: the comparator
 * is called back across the process boundary on the calling thread, its exceptions reach the caller
 * as the same objects, and a comparator may sort again (a nested isolated call).
 */
class IsolatedSortTest extends SortTest {

  private static final Sort ISOLATED = Sort.load(Isolation.process());

  @AfterAll
  static void stopHelper() {
    Isolation.processOf(ISOLATED).orElseThrow().close();
  }

  @Override
  Sort binding() {
    return ISOLATED;
  }

  @Override
  int work() {
    return 10;
  }

  @Test
  void theComparatorRunsOnTheCallingThreadWhileCRunsInTheHelper() {
    Thread caller = Thread.currentThread();
    AtomicInteger elsewhere = new AtomicInteger();
    int[] values = {5, 3, 9, 1, 7};
    sort.qsort(
        values,
        4,
        (a, b) -> {
          if (Thread.currentThread() != caller) {
            elsewhere.incrementAndGet();
          }
          return Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));
        });
    assertEquals(0, elsewhere.get());
    assertEquals("[1, 3, 5, 7, 9]", java.util.Arrays.toString(values));
    long helper = Isolation.processOf(ISOLATED).orElseThrow().pid();
    assertTrue(helper != ProcessHandle.current().pid(), "qsort ran in pid " + helper);
  }

  /** The comparator's arguments are copies of what C pointed to; writing them reaches C. */
  @Test
  void whatTheCallbackWritesIntoItsArgumentsReachesCInTheHelper() {
    int[] values = {4, 2, 8};
    // A comparator that also negates the elements it compares: qsort then sees the new values.
    sort.qsort(
        values,
        4,
        (a, b) -> {
          int x = a.get(ValueLayout.JAVA_INT, 0);
          int y = b.get(ValueLayout.JAVA_INT, 0);
          if (x > 0) {
            a.set(ValueLayout.JAVA_INT, 0, -x);
          }
          if (y > 0) {
            b.set(ValueLayout.JAVA_INT, 0, -y);
          }
          return Integer.compare(Math.abs(x), Math.abs(y));
        });
    for (int v : values) {
      assertTrue(v < 0, java.util.Arrays.toString(values));
    }
  }

  /** A segment is an address of this process: refused before the helper is asked. */
  @Override
  @Test
  void bsearchFindsKeysInNativeMemory() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment base = arena.allocateFrom(ValueLayout.JAVA_INT, 1, 2, 3);
      IsolationException e =
          assertThrows(
              IsolationException.class, () -> sort.bsearch(new int[] {2}, base, 3, 4, (a, b) -> 0));
      assertTrue(
          e.getMessage().startsWith("bsearch: a MemorySegment cannot be passed"), e.getMessage());
    }
    // The same search on Java arrays crosses.
    assertEquals(
        1,
        sort.bsearchIndex(
            new int[] {2},
            new int[] {1, 2, 3},
            (a, b) ->
                Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0))));
  }
}
