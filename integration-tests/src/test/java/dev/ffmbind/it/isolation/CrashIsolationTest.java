package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.HelperCrashedException;
import dev.ffmbind.isolation.HelperTimeoutException;
import dev.ffmbind.isolation.HelperUnavailableException;
import dev.ffmbind.isolation.IsolatedProcess;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.StaleHandleException;
import dev.ffmbind.it.isolation.Iso.IsoCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A library that crashes in the helper: each crash is a typed exception in the calling thread
 * naming the signal and the call, this JVM lives (the test goes on), and the next call runs in a
 * fresh helper.
 */
class CrashIsolationTest {

  private final List<Iso> opened = new ArrayList<>();

  private Iso load(Isolation isolation) {
    Iso iso = Iso.load(isolation);
    opened.add(iso);
    return iso;
  }

  private static IsolatedProcess process(Iso iso) {
    return Isolation.processOf(iso).orElseThrow();
  }

  @AfterEach
  void stopHelpers() {
    opened.forEach(b -> process(b).close());
  }

  /** The call after a crash runs in a new helper, started for it. */
  private static void nextCallWorks(Iso iso, long deadPid) {
    assertEquals(5, iso.add(2, 3));
    assertNotEquals(deadPid, iso.pid());
    assertEquals(2, process(iso).generation());
  }

  @Test
  void aSegfaultIsAnExceptionNamingTheSignalAndTheCall() {
    Iso iso = load(Isolation.process());
    long pid = iso.pid();
    HelperCrashedException e = assertThrows(HelperCrashedException.class, () -> iso.segv(0));
    assertEquals(Optional.of("SIGSEGV"), e.signal());
    assertEquals("segv", e.function());
    assertTrue(e.executed());
    assertTrue(
        e.getMessage().startsWith("segv(): the isolated helper (pid " + pid), e.getMessage());
    assertTrue(e.getMessage().contains("crashed with SIGSEGV"), e.getMessage());
    assertTrue(e.getMessage().contains("iso_segv"), "names the C frame: " + e.getMessage());
    assertTrue(
        e.stderrTail().stream().anyMatch(l -> l.contains("SIGSEGV")), e.stderrTail().toString());
    assertFalse(process(iso).isAlive());
    nextCallWorks(iso, pid);
  }

  @Test
  void abortIsSigabrtWithTheLibrarysLastWords() {
    Iso iso = load(Isolation.process());
    long pid = iso.pid();
    HelperCrashedException e = assertThrows(HelperCrashedException.class, iso::abort);
    assertEquals(Optional.of("SIGABRT"), e.signal());
    assertEquals(134, e.exitStatus());
    assertTrue(e.stderrTail().contains("iso_abort: giving up"), e.stderrTail().toString());
    assertTrue(e.getMessage().contains("iso_abort: giving up"), e.getMessage());
    nextCallWorks(iso, pid);
  }

  @Test
  void aDoubleFreeIsCaughtByGlibcInTheHelperNotHere() {
    Iso iso = load(Isolation.process());
    long pid = iso.pid();
    HelperCrashedException e = assertThrows(HelperCrashedException.class, iso::doubleFree);
    assertEquals(Optional.of("SIGABRT"), e.signal());
    assertTrue(
        e.stderrTail().stream().anyMatch(l -> l.contains("double free")),
        e.stderrTail().toString());
    nextCallWorks(iso, pid);
  }

  @Test
  void exitInTheLibraryIsReportedWithItsStatus() {
    Iso iso = load(Isolation.process());
    long pid = iso.pid();
    HelperCrashedException e = assertThrows(HelperCrashedException.class, () -> iso.exit(3));
    assertEquals(Optional.empty(), e.signal());
    assertEquals(3, e.exitStatus());
    assertTrue(e.getMessage().contains("exited with status 3"), e.getMessage());
    nextCallWorks(iso, pid);
  }

  @Test
  void aHangPastTheTimeoutKillsTheHelperAndTheNextCallRestartsIt() {
    Iso iso = load(Isolation.process().timeout(Duration.ofMillis(1500)));
    long pid = iso.pid();
    long start = System.nanoTime();
    HelperTimeoutException e = assertThrows(HelperTimeoutException.class, iso::hang);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(ms >= 1500 && ms < 15_000, "took " + ms + " ms");
    assertEquals(Duration.ofMillis(1500), e.timeout());
    assertTrue(e.getMessage().contains("did not answer within PT1.5S"), e.getMessage());
    nextCallWorks(iso, pid);
  }

  @Test
  void callsQueuedBehindACrashFailCleanlyWithoutRunning() throws Exception {
    Iso iso = load(Isolation.process().timeout(Duration.ofSeconds(4)));
    long created = iso.created();
    // Own threads: the common pool may have a single thread on a small machine.
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    CompletableFuture<Integer> hanging = CompletableFuture.supplyAsync(iso::hang, threads);
    Thread.sleep(1500); // the hang is in flight; the next call waits for the helper
    CompletableFuture<IsoCounter> queued =
        CompletableFuture.supplyAsync(() -> iso.counterNew(1), threads);
    threads.shutdown();
    Throwable first = assertThrows(Exception.class, hanging::join).getCause();
    Throwable second = assertThrows(Exception.class, queued::join).getCause();
    assertTrue(first instanceof HelperTimeoutException, String.valueOf(first));
    HelperCrashedException notRun = assertInstanceOf(HelperCrashedException.class, second);
    assertFalse(notRun.executed(), "the queued call never reached C");
    assertTrue(notRun.getMessage().startsWith("counterNew(): not run:"), notRun.getMessage());
    assertEquals(0, iso.created(), "a fresh helper: its counters start at 0, created=" + created);
  }

  @Test
  void handlesOfADeadHelperAreRejected() {
    Iso iso = load(Isolation.process());
    IsoCounter c = iso.counterNew(1);
    assertEquals(2, iso.counterNext(c));
    assertThrows(HelperCrashedException.class, () -> iso.segv(0));
    StaleHandleException e = assertThrows(StaleHandleException.class, () -> iso.counterNext(c));
    assertTrue(e.getMessage().startsWith("counterNext: parameter '"), e.getMessage());
    assertTrue(e.getMessage().contains("': IsoCounter@0x"), e.getMessage());
    assertTrue(e.getMessage().contains("created by isolated helper #1, which crashed"));
    c.close(); // the C object died with the helper: nothing to free, no exception
    IsoCounter fresh = iso.counterNew(5);
    assertEquals(6, iso.counterNext(fresh));
    fresh.close();
    assertEquals(1, iso.destroyed());
  }

  @Test
  void stayFailedKeepsFailing() {
    Iso iso = load(Isolation.process().onCrash(Isolation.CrashPolicy.STAY_FAILED));
    HelperCrashedException crash = assertThrows(HelperCrashedException.class, () -> iso.segv(0));
    HelperUnavailableException e =
        assertThrows(HelperUnavailableException.class, () -> iso.add(1, 2));
    assertTrue(e.getMessage().contains("STAY_FAILED"), e.getMessage());
    assertEquals(crash, e.getCause());
    assertEquals(1, process(iso).generation());
  }

  @Test
  void aClosedBindingRefusesCalls() {
    Iso iso = load(Isolation.process());
    process(iso).close();
    HelperUnavailableException e =
        assertThrows(HelperUnavailableException.class, () -> iso.add(1, 2));
    assertTrue(e.getMessage().contains("was closed"), e.getMessage());
  }

  @Test
  void theWorkingDirectoryIsTheConfiguredOne() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ffmbind-iso-cwd");
    Iso iso = load(Isolation.process().workingDirectory(dir));
    byte[] out = new byte[4096];
    int n = iso.cwd(out);
    assertEquals(dir.toRealPath().toString(), new String(out, 0, n));
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value) {
    assertTrue(type.isInstance(value), String.valueOf(value));
    return type.cast(value);
  }
}
