package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.Ref;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import dev.ffmbind.it.libcstructs.LibcStructs;
import dev.ffmbind.it.structs.StructsLib;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link StructsTest} with both struct bindings in isolated helper processes: structs
 * by value, {@code const T*}, {@code Ref<T>} out-parameters, arrays of structs, unions and open
 * enums inside them cross the process boundary as the same Java values. The two tests that hand C a
 * {@code MemorySegment} of this process check its refusal instead.
 */
class IsolatedStructsTest extends StructsTest {

  private static final StructsLib ISOLATED = StructsLib.load(Isolation.process());
  private static final LibcStructs LIBC_ISOLATED = LibcStructs.load(Isolation.process());

  @AfterAll
  static void stopHelpers() {
    Isolation.processOf(ISOLATED).orElseThrow().close();
    Isolation.processOf(LIBC_ISOLATED).orElseThrow().close();
  }

  @Override
  StructsLib binding() {
    return ISOLATED;
  }

  @Override
  LibcStructs libcBinding() {
    return LIBC_ISOLATED;
  }

  private void segmentRefused(String function, java.util.function.Consumer<MemorySegment> call) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(StructsLib.Record.LAYOUT);
      IsolationException e = assertThrows(IsolationException.class, () -> call.accept(seg));
      assertTrue(
          e.getMessage().startsWith(function + ": a MemorySegment cannot be passed"),
          e.getMessage());
    }
  }

  @Override
  @Test
  void aStructCWroteReadsBack() {
    segmentRefused("fillRecord", lib::fillRecord);
    segmentRefused("fillNames", lib::fillNames);
  }

  @Override
  @Test
  void aStructJavaWroteReachesC() {
    segmentRefused("recordSum", lib::recordSum);
    segmentRefused("recordPaddingZero", lib::recordPaddingZero);
  }

  /**
   * As in-process, except {@code localtime_r}: C sets {@code struct tm}'s {@code tm_zone} to an
   * address in the helper, which cannot cross; the call fails with {@code IsolationException} and
   * the helper lives on.
   */
  @Override
  @Test
  void libcStructs() {
    assertEquals(new LibcStructs.DivT(-3, -1), libc.div(-10, 3));
    assertEquals(new LibcStructs.LdivT(3_000_000_000L, 1), libc.ldiv(9_000_000_001L, 3));
    Ref<LibcStructs.Timeval> tv = new Ref<>();
    libc.gettimeofday(tv, null);
    long millis = System.currentTimeMillis();
    assertTrue(Math.abs(tv.get().tvSec() * 1000 + tv.get().tvUsec() / 1000 - millis) < 5_000);
    Ref<LibcStructs.Timespec> ts = new Ref<>();
    libc.clockGettime(0 /* CLOCK_REALTIME */, ts);
    assertTrue(Math.abs(ts.get().tvSec() - millis / 1000) < 5);
    Ref<LibcStructs.Utsname> u = new Ref<>();
    libc.uname(u);
    assertEquals("Linux", u.get().sysname());
    Ref<LibcStructs.Tm> tm = new Ref<>();
    IsolationException e =
        assertThrows(IsolationException.class, () -> libc.localtimeR(new long[] {0L}, tm));
    assertTrue(
        e.getMessage()
            .startsWith(
                "localtimeR: a struct whose pointer field 'tmZone' is set cannot be passed to or"
                    + " from an isolated helper"),
        e.getMessage());
    assertEquals(null, tm.get(), "nothing copied back");
    assertEquals(new LibcStructs.DivT(3, 1), libc.div(10, 3), "the helper lives on");
  }

  @Test
  void theCallsRanInTheHelpers() {
    assertTrue(Isolation.processOf(lib).orElseThrow().isAlive());
    assertTrue(Isolation.processOf(libc).orElseThrow().isAlive());
    assertEquals(new LibcStructs.DivT(3, 1), libc.div(10, 3));
  }
}
