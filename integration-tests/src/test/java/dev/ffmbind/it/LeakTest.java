package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ffmbind.it.strings.Strings;
import org.junit.jupiter.api.Test;

/** A million calls with string arguments and owned string returns: every C allocation is freed. */
class LeakTest {

  private static final Strings S = Strings.load();
  private static final int CALLS = 1_000_000;

  @Test
  void ownedStringsAreFreedExactlyOnce() {
    S.resetCounts();
    long totalLength = 0;
    for (int i = 0; i < CALLS; i++) {
      String arg = (i & 1) == 0 ? "call " + i : StringsTest.GREETING;
      String copy = S.strdupOwned(arg);
      if (copy.length() != arg.length()) {
        throw new AssertionError("call " + i + ": " + copy + " != " + arg);
      }
      totalLength += S.strlen(arg);
    }
    assertEquals((long) CALLS, S.allocCount(), "C allocations");
    assertEquals((long) CALLS, S.freeCount(), "C frees");
    assertEquals(true, totalLength > 0);
  }

  @Test
  void borrowedStringsAreNeverFreed() {
    S.resetCounts();
    for (int i = 0; i < 100_000; i++) {
      S.staticGreeting();
    }
    assertEquals(0L, S.allocCount());
    assertEquals(0L, S.freeCount());
  }
}
