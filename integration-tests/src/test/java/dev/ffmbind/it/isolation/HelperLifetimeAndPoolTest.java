package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.HelperTimeoutException;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.it.isolation.Iso.IsoCounter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A helper stops when its binding becomes unreachable (not only by close()), and a pool of helpers
 * ({@code Isolation.helpers(n)}) runs calls of several threads at the same time, each handle's
 * calls in the helper that created it.
 */
class HelperLifetimeAndPoolTest {

  @Test
  void anUnreachableBindingStopsItsHelper() throws Exception {
    ProcessHandle helper = startAndDrop();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (helper.isAlive() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(100);
    }
    assertFalse(helper.isAlive(), "helper " + helper.pid() + " outlived its binding");
  }

  /** Loads a binding, makes one call, and forgets it: only its helper's handle is kept. */
  private static ProcessHandle startAndDrop() {
    Iso iso = Iso.load(Isolation.process());
    assertEquals(3, iso.add(1, 2));
    long pid = Isolation.processOf(iso).orElseThrow().pid();
    return ProcessHandle.of(pid).orElseThrow();
  }

  @Test
  void aPoolRunsAnotherThreadsCallWhileOneHelperIsBusy() throws Exception {
    Iso pool = Iso.load(Isolation.process().helpers(2).timeout(Duration.ofSeconds(4)));
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      long busyPid = pool.pid();
      CompletableFuture<Integer> hanging = CompletableFuture.supplyAsync(pool::hang, threads);
      Thread.sleep(500); // the hang is in flight in one helper
      long started = System.nanoTime();
      assertEquals(5, pool.add(2, 3));
      long freePid = pool.pid();
      IsoCounter counter = pool.counterNew(10); // created in the free helper
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertFalse(hanging.isDone(), "the hang was still running (" + tookMs + " ms)");
      assertNotEquals(busyPid, freePid, "the second call ran in the other helper");

      Throwable hang = assertThrows(Exception.class, hanging::join).getCause();
      assertTrue(hang instanceof HelperTimeoutException, String.valueOf(hang));
      // Both helpers are idle now (the first restarts on its next call); the counter's calls
      // still go to the helper that holds it.
      assertEquals(11, pool.counterNext(counter));
      assertEquals(12, pool.counterNext(counter));
      counter.close();
      assertEquals(7, pool.add(3, 4)); // an idle helper: the one that timed out, restarted
      assertEquals(3, Isolation.processOf(pool).orElseThrow().generation(), "two, one restart");
    } finally {
      threads.shutdownNow();
      Isolation.processOf(pool).orElseThrow().close();
    }
  }
}
