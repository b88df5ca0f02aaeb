package dev.ffmbind.it.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.MissingSymbolsException;
import dev.ffmbind.NativeThreads;
import dev.ffmbind.SharedMemory;
import dev.ffmbind.SignalHandlerReplacedException;
import dev.ffmbind.SymbolUnavailableException;
import dev.ffmbind.internal.Libraries;
import dev.ffmbind.internal.Signals;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * EINTR with a real signal, signal-handler guard, versioned/optional symbols, zero-copy, threads.
 */
@SuppressWarnings("restricted")
class SafetyFeaturesTest {

  static final Safety S = CrashClassesTest.S;
  static final String DIR = ChildJvm.NATIVE_DIR;

  // ---- class 4: EINTR from a real SIGUSR1 (handler without SA_RESTART) ----

  /** Starts a platform thread blocked in read() on the pipe, then interrupts it with SIGUSR1. */
  private static Thread readerThenSignal(boolean retry, AtomicReference<Object> result)
      throws Exception {
    assertEquals(0, S.installSigusr1());
    S.pipeOpen();
    long[] self = new long[1];
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  self[0] = S.threadSelf();
                  byte[] buf = new byte[1];
                  try {
                    long n = retry ? S.pipeReadRetrying(buf) : S.pipeRead(buf);
                    result.set(n + ":" + buf[0]);
                  } catch (Throwable t) {
                    result.set(t);
                  }
                });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (S.pipeIsReading() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    Thread.sleep(50); // in read(), blocked
    int signals = S.signalsReceived();
    assertEquals(0, S.killThread(self[0], 10 /* SIGUSR1 */));
    while (S.signalsReceived() == signals && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return reader;
  }

  @Test
  void withoutRetryARealSignalThrowsInterrupted() throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread reader = readerThenSignal(false, result);
    reader.join(10_000);
    try {
      assertTrue(result.get() instanceof ErrnoException.Interrupted, String.valueOf(result.get()));
      assertTrue(
          ((Throwable) result.get()).getMessage().startsWith("safety_pipe_read("),
          ((Throwable) result.get()).getMessage());
    } finally {
      S.pipeClose();
    }
  }

  @Test
  void withRetryTheCallCompletesWhenDataArrives() throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread reader = readerThenSignal(true, result);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (S.pipeReadCalls() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(1); // the stub retried after EINTR and is blocked again
      }
      assertEquals(2, S.pipeReadCalls());
      assertEquals(null, result.get());
      assertEquals(1, S.pipeWriteByte(42));
      reader.join(10_000);
      assertEquals("1:42", result.get());
    } finally {
      S.pipeClose();
    }
  }

  // ---- signals: a library that replaces the JVM's SIGSEGV handler ----

  @Test
  void aLibraryThatReplacesSigsegvFailsToLoadAndTheJvmHandlerIsRestored() {
    Signals.Snapshot before = Signals.snapshot();
    String lib = DIR + "/libffmbindsegv.so";
    SignalHandlerReplacedException e =
        assertThrows(
            SignalHandlerReplacedException.class, () -> Libraries.load(lib, List.of(), "test"));
    assertEquals(List.of("SIGSEGV"), e.signals());
    assertTrue(
        e.getMessage().startsWith("loading " + lib + " replaced the JVM's handler for SIGSEGV"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("libffmbindsegv.so flags="),
        e.getMessage()); // the new handler's owner
    assertTrue(e.getMessage().contains("libjvm.so"), e.getMessage()); // the old one's
    assertEquals(before.handler("SIGSEGV"), Signals.snapshot().handler("SIGSEGV"));
    // still rejected: its constructor will not run again, but the verdict stands
    assertThrows(
        SignalHandlerReplacedException.class, () -> Libraries.load(lib, List.of(), "test"));
  }

  @Test
  void warnModeKeepsTheLibrary() throws Throwable {
    Signals.Snapshot before = Signals.snapshot();
    System.setProperty("ffmbind.signals", "warn");
    try {
      // SIGQUIT, not SIGSEGV: this JVM must never be without its SIGSEGV handler
      SymbolLookup lookup = Libraries.load(DIR + "/libffmbindsigquit.so", List.of(), "test");
      assertNotEquals(before.handler("SIGQUIT"), Signals.snapshot().handler("SIGQUIT"));
      assertEquals(before.handler("SIGSEGV"), Signals.snapshot().handler("SIGSEGV"));
      assertTrue(lookup.find("segv_loaded").isPresent());
    } finally {
      Signals.restore(before);
      System.clearProperty("ffmbind.signals");
    }
    assertEquals(before.handler("SIGQUIT"), Signals.snapshot().handler("SIGQUIT"));
  }

  @Test
  void naiveLoadOfSuchALibraryKillsTheJvmAtItsNextImplicitNullCheck() throws Exception {
    ChildJvm child = ChildJvm.run("segv-handler");
    System.out.println("[crash-classes] naive SIGSEGV takeover: exit " + child.exitCode());
    assertEquals("true", child.values().get("loaded"));
    assertFalse(child.values().containsKey("survived"), child.toString());
    assertEquals(42, child.exitCode(), child.toString());
    assertTrue(child.stderr().contains("library SIGSEGV handler ran"), child.toString());
  }

  // ---- symbols: versioned and optional ----

  @Test
  void versionedSymbolsBindThroughDlvsymInTheirOwnLibrary() throws Throwable {
    SymbolLookup lookup = Libraries.load(DIR + "/libffmbindver.so", List.of(), "test");
    assertTrue(lookup.find("vfunc@VER_1").isEmpty(), "FFM's lookup has no version syntax");
    assertEquals(100, call(Libraries.find(lookup, "ffmbindver", "vfunc@VER_1")));
    assertEquals(200, call(Libraries.find(lookup, "ffmbindver", "vfunc@VER_2")));
    assertEquals(200, call(Libraries.find(lookup, "ffmbindver", "vfunc@@VER_2")));
    assertEquals(200, call(lookup.findOrThrow("vfunc"))); // the default version
    Libraries.requireSymbols(lookup, "ffmbindver", "test", List.of("vfunc@VER_1", "vplain"));
    MissingSymbolsException missing =
        assertThrows(
            MissingSymbolsException.class,
            () ->
                Libraries.requireSymbols(
                    lookup, "ffmbindver", "test", List.of("vfunc@VER_3", "vfunc@VER_1", "nope")));
    assertEquals(List.of("vfunc@VER_3", "nope"), missing.symbols());
    assertTrue(missing.getMessage().contains("libffmbindver.so"), missing.getMessage());
    // a symbol of another library is never found through this one (dlvsym on its own handle)
    assertTrue(Libraries.findOptional(lookup, "ffmbindver", "memcpy@GLIBC_2.14").isEmpty());
  }

  @Test
  void optionalSymbolsAreUnavailableOnlyWhenCalled() throws Throwable {
    SymbolLookup lookup = Libraries.load(DIR + "/libffmbindver.so", List.of(), "test");
    FunctionDescriptor fd = FunctionDescriptor.of(ValueLayout.JAVA_INT);
    MethodHandle v1 =
        Libraries.downcallOrUnavailable(lookup, "ffmbindver", "it.Ver", "vfunc", "vfunc@VER_1", fd);
    assertEquals(100, (int) v1.invokeExact());
    MethodHandle v3 =
        Libraries.downcallOrUnavailable(lookup, "ffmbindver", "it.Ver", "vfunc", "vfunc@VER_3", fd);
    SymbolUnavailableException e =
        assertThrows(
            SymbolUnavailableException.class,
            () -> {
              int ignored = (int) v3.invokeExact();
            });
    assertTrue(
        e.getMessage().startsWith("vfunc: symbol vfunc@VER_3 (optional) is not in /"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("libffmbindver.so (binding it.Ver)"), e.getMessage());
  }

  private static int call(MemorySegment fn) throws Throwable {
    return (int)
        Linker.nativeLinker()
            .downcallHandle(fn, FunctionDescriptor.of(ValueLayout.JAVA_INT))
            .invokeExact();
  }

  // ---- zero-copy ----

  @Test
  void aReadOnlyMappingIsAcceptedByConstAndRejectedWhereCWrites() throws Exception {
    Path file = Files.createTempFile("ffmbind-map", ".bin");
    try (Arena arena = Arena.ofConfined()) {
      Files.write(file, new byte[4096]);
      MemorySegment rw = SharedMemory.mapFile(file, FileChannel.MapMode.READ_WRITE, 0, 4096, arena);
      S.fill(rw, 4096, 3); // C writes straight into the file's pages
      MemorySegment ro = SharedMemory.mapFile(file, FileChannel.MapMode.READ_ONLY, 0, 4096, arena);
      assertEquals(3L * 4096, S.sum(ro, 4096)); // const: read-only is fine
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> S.fill(ro, 4096, 1));
      assertEquals("safety_fill: parameter 'p' is read-only, but C writes to it", e.getMessage());
      assertEquals(3L * 4096, S.sum(ro, 4096));
    } finally {
      Files.deleteIfExists(file);
    }
    assertEquals(3, Files.exists(file) ? -1 : 3);
  }

  @Test
  void naiveReadOnlyMappingWrittenByCSegfaults() throws Exception {
    ChildJvm child = ChildJvm.run("readonly-write");
    assertEquals("true", child.values().get("readOnly"));
    assertEquals(134, child.exitCode(), child.toString());
    assertTrue(
        child.stdout().contains("SIGSEGV") || child.stderr().contains("SIGSEGV"), child.toString());
  }

  @Test
  void aSeparateProcessSharesMemoryBothWays() throws Exception {
    int n = 1000;
    long size = 4096;
    VarHandle flag = ValueLayout.JAVA_INT.varHandle();
    try (SharedMemory shm = SharedMemory.anonymous("ffmbind-peer", size)) {
      MemorySegment m = shm.segment();
      Process peer =
          new ProcessBuilder(
                  DIR + "/ffmbind-peer",
                  shm.path().toString(),
                  Long.toString(size),
                  Integer.toString(n))
              .redirectErrorStream(true)
              .start();
      try {
        long expected = 0;
        for (int i = 0; i < n; i++) {
          m.set(ValueLayout.JAVA_BYTE, 64 + i, (byte) (i * 7));
          expected += (i * 7) & 0xff;
        }
        flag.setVolatile(m, 0L, 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((int) flag.getVolatile(m, 0L) != 2) {
          assertTrue(System.nanoTime() < deadline && peer.isAlive(), "peer did not answer");
          Thread.onSpinWait();
        }
        // the reply, read in place by Java and by C (no copy anywhere)
        MemorySegment reply = m.asSlice(64 + n, n);
        long replySum = 0;
        for (int i = 0; i < n; i++) {
          assertEquals((byte) (255 - (i & 0xff)), reply.get(ValueLayout.JAVA_BYTE, i));
          replySum += 255 - (i & 0xff);
        }
        assertEquals(replySum, S.sum(reply, n));
        flag.setVolatile(m, 0L, 3);
        assertTrue(peer.waitFor(20, TimeUnit.SECONDS));
        String out = new String(peer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, peer.exitValue(), out);
        assertEquals("peer read sum=" + expected, out.strip());
      } finally {
        peer.destroyForcibly();
      }
    }
  }

  // ---- class 2: native threads ----

  static void touch() {}

  @Test
  void unjoinedNativeThreadsLeakTheirStacksWhileThreadCountsStayFlat() {
    NativeThreads.Snapshot before = NativeThreads.snapshot();
    assertEquals(40, S.spawnJoined(40));
    NativeThreads.Snapshot joined = NativeThreads.snapshot();
    assertEquals(40, S.spawnUnjoined(40));
    try {
      Thread.sleep(100); // let them exit
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    NativeThreads.Snapshot unjoined = NativeThreads.snapshot();
    System.out.println("[crash-classes] before   " + before);
    System.out.println("[crash-classes] joined   " + joined);
    System.out.println("[crash-classes] unjoined " + unjoined);
    long leakedKb = unjoined.vmSizeKb() - joined.vmSizeKb();
    assertTrue(leakedKb >= 40 * 7 * 1024L, "VmSize grew by " + leakedKb + " kB"); // ~8 MiB each
    assertTrue(joined.vmSizeKb() - before.vmSizeKb() < 40 * 1024L, joined + " vs " + before);
    assertTrue(
        Math.abs(unjoined.kernelThreads() - before.kernelThreads()) < 5, unjoined.toString());
  }

  @Test
  void attachedNativeThreadsAreReported() throws Throwable {
    Linker linker = Linker.nativeLinker();
    SymbolLookup lib = Libraries.load("ffmbindsafety", List.of(), "test");
    MethodHandle park =
        linker.downcallHandle(
            lib.findOrThrow("safety_park_threads"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    MethodHandle target =
        MethodHandles.lookup()
            .findStatic(SafetyFeaturesTest.class, "touch", MethodType.methodType(void.class));
    try (Arena arena = Arena.ofShared()) {
      MemorySegment stub = linker.upcallStub(target, FunctionDescriptor.ofVoid(), arena);
      assertEquals(List.of(), NativeThreads.snapshot().attached());
      assertEquals(3, (int) park.invokeExact(stub, 3));
      NativeThreads.Snapshot during = NativeThreads.snapshot();
      System.out.println("[crash-classes] with 3 parked native threads: " + during);
      assertEquals(3, during.attached().size(), during.toString());
      S.releaseThreads();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!NativeThreads.snapshot().attached().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(List.of(), NativeThreads.snapshot().attached());
    }
  }
}
