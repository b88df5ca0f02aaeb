package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.libcstructs.LibcStructs;
import dev.ffmbind.it.resident.ResidentLibc;
import dev.ffmbind.it.resident.ResidentLibc.TmView;
import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

/**
 * A resident {@code struct tm} against the C library: C writes into the view's own memory and
 * returns pointers that come back as views (of the caller's memory for {@code gmtime_r}, of C's
 * static struct for {@code gmtime}); use after close and {@code null} are refused before C runs.
 */
class ResidentStructsTest {

  private static final ResidentLibc LIBC = ResidentLibc.load();
  private static final long JAN_1_1971 = 365L * 86400 + 3 * 3600 + 4 * 60 + 5;

  @Test
  void theLayoutIsTheGccProvenOne() {
    // LibcStructs.Tm.LAYOUT is compared with gcc's offsetof in StructsTest.
    assertEquals(LibcStructs.Tm.LAYOUT, ResidentLibc.Tm.LAYOUT);
  }

  @Test
  void cWritesIntoTheViewAndReturnsAPointerToIt() {
    try (Arena arena = Arena.ofConfined()) {
      TmView tm = TmView.allocate(arena);
      TmView returned = LIBC.gmtime_r(new long[] {JAN_1_1971}, tm);
      assertEquals(tm.segment().address(), returned.segment().address(), "no copy either way");
      assertEquals(71, tm.tmYear());
      assertEquals(0, tm.tmMon());
      assertEquals(1, tm.tmMday());
      assertEquals(3, tm.tmHour());
      assertEquals(4, tm.tmMin());
      assertEquals(5, tm.tmSec());
      assertEquals(5, tm.tmWday(), "a Friday");
      assertEquals(0, returned.tmYday());
      assertEquals(tm.toValue(), returned.toValue());

      // C reads and normalizes what Java wrote in place: the 32nd of January is the 1st of Feb.
      tm.tmMday(32);
      assertEquals(JAN_1_1971 + 31L * 86400, LIBC.timegm(tm));
      assertEquals(1, tm.tmMon(), "timegm normalized the struct Java owns");
      assertEquals(1, tm.tmMday());
    }
  }

  @Test
  void aPointerToCsOwnStructIsABorrowedView() {
    TmView stat = LIBC.gmtime(new long[] {JAN_1_1971});
    assertEquals(ResidentLibc.Tm.LAYOUT.byteSize(), stat.segment().byteSize());
    assertEquals(71, stat.tmYear());
    TmView again = LIBC.gmtime(new long[] {0});
    assertEquals(stat.segment().address(), again.segment().address(), "C's one static struct");
    assertEquals(70, stat.tmYear(), "a view, not a copy: the next call overwrote it");
  }

  @Test
  void nullAndClosedViewsAreRefusedBeforeCRuns() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> LIBC.timegm(null));
    assertTrue(e.getMessage().contains("timegm"), e::getMessage);
    TmView closed;
    try (Arena arena = Arena.ofConfined()) {
      closed = TmView.allocate(arena);
    }
    assertThrows(IllegalStateException.class, () -> LIBC.gmtime_r(new long[] {0}, closed));
    assertThrows(IllegalStateException.class, closed::tmYear);
    assertThrows(IllegalStateException.class, () -> closed.tmYear(1));
    try (Arena arena = Arena.ofConfined()) {
      assertNotEquals(null, LIBC.gmtime_r(new long[] {0}, TmView.allocate(arena)), "JVM alive");
    }
  }
}
