package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.MissingSymbolsException;
import dev.ffmbind.NativeException;
import dev.ffmbind.NativeThreads;
import dev.ffmbind.SharedMemory;
import dev.ffmbind.SymbolUnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runtime safety pieces against the C library (no test library needed). */
class SafetyRuntimeTest {

  private static final SymbolLookup LIBC = Libraries.load("c", List.of(), "test");

  @Test
  void versionedSymbolsBindThroughDlvsym() {
    // glibc keeps the old memcpy (2.2.5, overlapping-safe) beside the default 2.14 one.
    MemorySegment old = Libraries.find(LIBC, "c", "memcpy@GLIBC_2.2.5");
    MemorySegment current = Libraries.find(LIBC, "c", "memcpy@@GLIBC_2.14");
    assertNotEquals(old.address(), current.address());
    assertEquals(LIBC.findOrThrow("memcpy").address(), current.address());
    assertTrue(Libraries.findOptional(LIBC, "c", "memcpy@GLIBC_9.9").isEmpty());
    MissingSymbolsException e =
        assertThrows(
            MissingSymbolsException.class, () -> Libraries.find(LIBC, "c", "memcpy@GLIBC_9.9"));
    assertTrue(e.getMessage().contains("memcpy@GLIBC_9.9"), e.getMessage());
    Libraries.requireSymbols(LIBC, "c", "test", List.of("memcpy@GLIBC_2.2.5", "strlen"));
    MissingSymbolsException missing =
        assertThrows(
            MissingSymbolsException.class,
            () -> Libraries.requireSymbols(LIBC, "c", "test", List.of("strlen", "strlen@NOPE")));
    assertEquals(List.of("strlen@NOPE"), missing.symbols());
  }

  @Test
  void optionalSymbolsThrowSymbolUnavailableWhenCalled() throws Throwable {
    FunctionDescriptor fd = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
    MethodHandle present =
        Libraries.downcallOrUnavailable(LIBC, "c", "test.Binding", "abs", "abs", fd);
    assertEquals(5, (int) present.invokeExact(-5));
    MethodHandle absent =
        Libraries.downcallOrUnavailable(
            LIBC, "c", "test.Binding", "ffmbind_no_such_fn", "ffmbind_no_such_fn", fd);
    assertEquals(present.type(), absent.type());
    NativeException e =
        assertThrows(
            SymbolUnavailableException.class,
            () -> {
              int ignored = (int) absent.invokeExact(1);
            });
    assertEquals(
        "ffmbind_no_such_fn: symbol ffmbind_no_such_fn (optional) is not in the C library"
            + " (binding test.Binding)",
        e.getMessage());
    assertTrue(Libraries.has(LIBC, "c", "abs"));
  }

  @Test
  void signalHandlersAreSnapshottedAndLoadingACleanLibraryPasses() {
    Signals.Snapshot snapshot = Signals.snapshot();
    assertNotNull(snapshot);
    // The JVM owns SIGSEGV: its handler is neither SIG_DFL (0) nor SIG_IGN (1).
    assertTrue(snapshot.handler("SIGSEGV") > 1);
    Signals.verify(snapshot, "nothing changed"); // does not throw
    assertEquals("fail", Signals.policy());
  }

  @Test
  void wcharIsUtf32InNativeOrder() throws Throwable {
    assertEquals("UTF-32LE", NativeStrings.WCHAR_T.name());
    assertEquals(NativeStrings.WCHAR_T, NativeStrings.charset("wchar_t"));
    try (Scratch s = Scratch.enter()) {
      MemorySegment w = NativeStrings.encode(s, "wéde €", NativeStrings.WCHAR_T, "t", "w");
      assertEquals(6L, (long) LibC.WCSLEN.invokeExact(w));
      assertEquals("wéde €", NativeStrings.decode(w, NativeStrings.WCHAR_T, "t"));
      // (pointer, length) strings: no terminator needed, embedded NUL kept
      MemorySegment bytes = s.allocateFrom("ab\0cd");
      assertEquals(
          "ab\0cd", NativeStrings.decode(bytes, 5, java.nio.charset.StandardCharsets.UTF_8, "t"));
    }
  }

  @Test
  void anonymousAndPosixSharedMemoryAreSharedMappings() throws Exception {
    try (SharedMemory memfd = SharedMemory.anonymous("ffmbind-test", 8192)) {
      assertTrue(memfd.segment().isMapped());
      memfd.segment().set(ValueLayout.JAVA_INT, 100, 0x12345678);
      // a second, independent mapping of the same memory sees the write: it is shared
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment other =
            SharedMemory.mapFile(memfd.path(), FileChannel.MapMode.READ_ONLY, 0, 8192, arena);
        assertTrue(other.isReadOnly());
        assertEquals(0x12345678, other.get(ValueLayout.JAVA_INT, 100));
      }
    }
    String name = "ffmbind-test-" + ProcessHandle.current().pid();
    try (SharedMemory shm = SharedMemory.posix(name, 4096, true)) {
      assertEquals(Path.of("/dev/shm", name), shm.path());
      shm.segment().set(ValueLayout.JAVA_BYTE, 7, (byte) 42);
      assertEquals(42, Files.readAllBytes(shm.path())[7]);
      shm.unlink();
    }
  }

  @Test
  void threadDiagnosticsReportCounts() {
    NativeThreads.Snapshot s = NativeThreads.snapshot();
    assertTrue(s.kernelThreads() > 0 && s.javaThreads() > 0 && s.vmSizeKb() > 0, s.toString());
    assertEquals(List.of(), s.attached(), s.toString());
  }
}
