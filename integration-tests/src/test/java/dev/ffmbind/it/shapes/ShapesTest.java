package dev.ffmbind.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.CallbackExceptionHandler;
import dev.ffmbind.ObjectHandles;
import dev.ffmbind.StatusException;
import dev.ffmbind.internal.Upcalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callback shapes of real C APIs: set on a handle in separate calls (option setter, parser),
 * several per call with a user-data destructor (registry), exceptions delivered to the Java caller.
 */
class ShapesTest {

  private static final Shapes LIB = Shapes.load();
  private static final int WRITEFUNCTION = 1;
  private static final int WRITEDATA = 2;
  private static final int HEADERFUNCTION = 3;
  private static final int HEADERDATA = 4;
  private static final int LIMIT = 5;

  private final List<Throwable> handled = new CopyOnWriteArrayList<>();
  private final List<String> handledNames = new CopyOnWriteArrayList<>();
  private CallbackExceptionHandler previous;
  private int handlesBefore;
  private int scopesBefore;

  @BeforeEach
  void installHandler() {
    handlesBefore = ObjectHandles.liveCount();
    scopesBefore = Upcalls.handleScopeCount();
    previous =
        CallbackExceptionHandler.install(
            (callback, thread, exception) -> {
              handledNames.add(callback);
              handled.add(exception);
            });
  }

  @AfterEach
  void restoreHandler() {
    CallbackExceptionHandler.install(previous);
    assertEquals(handlesBefore, ObjectHandles.liveCount(), "every handle is released");
    assertEquals(scopesBefore, Upcalls.handleScopeCount(), "nothing stays set on closed handles");
  }

  private static long take(Object data, String chunk, long len) {
    @SuppressWarnings("unchecked")
    List<String> out = (List<String>) data;
    out.add(chunk);
    return len;
  }

  @Test
  void optionSetterCallbackAndUserDataInSeparateCalls() {
    List<String> body = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    try (Shapes.Easy h = LIB.easyInit()) {
      LIB.setWriteData(h, WRITEDATA, body); // user data first, callback later: order is free
      LIB.setWriteFunction(h, WRITEFUNCTION, ShapesTest::take);
      LIB.setHeaderFunction(h, HEADERFUNCTION, ShapesTest::take);
      LIB.setHeaderData(h, HEADERDATA, headers);
      LIB.setLimit(h, LIMIT, 10L);
      LIB.perform(h, 3);
      assertEquals(List.of("chunk-0", "chunk-1", "chunk-2"), body);
      assertEquals(List.of("header"), headers);

      // Replaced on the handle: the next transfer reaches the new callback and user data.
      List<String> second = new ArrayList<>();
      LIB.setWriteFunction(h, WRITEFUNCTION, (data, chunk, len) -> take(data, chunk + "!", len));
      LIB.setWriteData(h, WRITEDATA, second);
      LIB.performOnThread(h, 2); // called back from a thread C creates
      assertEquals(List.of("chunk-0!", "chunk-1!"), second);
      assertEquals(3, body.size());
    }
    assertTrue(handled.isEmpty(), handled.toString());
  }

  @Test
  void anExceptionOnTheCallingThreadIsRethrownByTheDowncallWithCsStatus() {
    IllegalStateException thrown = new IllegalStateException("disk full");
    try (Shapes.Easy h = LIB.easyInit()) {
      LIB.setWriteData(h, WRITEDATA, new ArrayList<String>());
      LIB.setWriteFunction(
          h,
          WRITEFUNCTION,
          (data, chunk, len) -> {
            throw thrown;
          });
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> LIB.perform(h, 3));
      assertSame(thrown, e, "the original exception object");
      StatusException status = (StatusException) e.getSuppressed()[0];
      assertEquals(23, status.code(), "C's error status travels with it");
      assertTrue(handled.isEmpty(), "a Java caller was waiting: not the global handler");

      // On a thread C created there is no Java caller: the handler gets it, C's error stays.
      StatusException onThread =
          assertThrows(StatusException.class, () -> LIB.performOnThread(h, 1));
      assertEquals(23, onThread.code());
      assertEquals(List.of(thrown), handled);
      assertEquals(List.of("shp_write_fn"), handledNames);
    }
  }

  @Test
  void aCallbackWithoutItsUserDataIsReportedNotCalled() {
    try (Shapes.Easy h = LIB.easyInit()) {
      AtomicInteger calls = new AtomicInteger();
      LIB.setWriteFunction(
          h,
          WRITEFUNCTION,
          (data, chunk, len) -> {
            calls.incrementAndGet();
            return len;
          });
      // No user data set: C passes NULL, the stub finds no target, returns -1 and reports it.
      assertEquals(23, assertThrows(StatusException.class, () -> LIB.perform(h, 1)).code());
      assertEquals(0, calls.get());
      assertEquals(1, handled.size());
      assertTrue(handled.get(0) instanceof IllegalStateException, handled.toString());
    }
  }

  @Test
  void parserHandlersAndUserDataSetSeparately() {
    List<String> events = new ArrayList<>();
    try (Shapes.Parser p = LIB.parserCreate()) {
      LIB.setHandlers(
          p,
          (data, name, depth) -> cast(data).add("<" + name + depth),
          (data, name) -> cast(data).add(name + ">"));
      LIB.setUserData(p, events);
      assertEquals(3, LIB.parse(p, "a(b()c())"));
      assertEquals(List.of("<a0", "<b1", "b>", "<c1", "c>", "a>"), events);

      LIB.setHandlers(p, null, (data, name) -> cast(data).add("/" + name));
      events.clear();
      assertEquals(1, LIB.parse(p, "x()"));
      assertEquals(List.of("/x"), events);

      RuntimeException boom = new RuntimeException("bad element");
      LIB.setHandlers(
          p,
          (data, name, depth) -> {
            throw boom;
          },
          null);
      assertSame(boom, assertThrows(RuntimeException.class, () -> LIB.parse(p, "a()")));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> cast(Object data) {
    return (List<String>) data;
  }

  @Test
  void severalCallbacksAndAUserDataDestructor() {
    List<String> destroyed = new ArrayList<>();
    try (Shapes.Registry r = LIB.registryNew()) {
      LIB.add(
          r,
          "sumsq",
          "app",
          (app, acc, x) -> acc + x * x,
          (app, acc) -> acc * 10,
          app -> destroyed.add("sumsq:" + app));
      LIB.add(r, "count", 7, (app, acc, x) -> acc + (Integer) app, null, null);
      int live = ObjectHandles.liveCount();
      assertEquals(handlesBefore + 2, live, "one handle per registration, shared by its callbacks");
      assertEquals((1 + 4 + 9) * 10, LIB.run(r, "sumsq", 3));
      assertEquals(35, LIB.run(r, "count", 5));

      // Replacing an entry: C calls the old one's destructor, exactly then.
      LIB.add(r, "sumsq", "app2", null, (app, acc) -> -acc, app -> destroyed.add("new:" + app));
      assertEquals(List.of("sumsq:app"), destroyed);
      assertEquals(-6, LIB.run(r, "sumsq", 3));

      LIB.remove(r, "count");
      assertEquals(handlesBefore + 1, ObjectHandles.liveCount());

      // A failing add: C calls the destructor itself; the handle is released once.
      StatusException bad =
          assertThrows(
              StatusException.class,
              () -> LIB.add(r, "", "x", null, null, app -> destroyed.add("bad:" + app)));
      assertEquals(1, bad.code());
      assertEquals(List.of("sumsq:app", "bad:x"), destroyed);
    }
    // Freeing the registry destroys what is left.
    assertEquals(List.of("sumsq:app", "bad:x", "new:app2"), destroyed);
  }

  @Test
  void aDestructorCalledTwiceByCIsReportedNotACrash() {
    try (Shapes.Registry r = LIB.registryNew()) {
      LIB.add(r, "once", "app", null, null, null);
      LIB.rememberLast(r);
      LIB.remove(r, "once");
      LIB.callStaleDestroy(); // a buggy library calls the destructor again
    }
    assertEquals(1, handled.size());
    assertTrue(handled.get(0).getMessage().contains("not a live call or registration"));
  }

  /**
   * 1 000 000 set/replace/close cycles: no per-call stub, the handle table back to its baseline,
   * and native memory flat: glibc's count of malloc'ed bytes in use ({@code mallinfo2}, which
   * covers the C library's handles and FFM's native allocations) and, for the record, the resident
   * set size.
   */
  @Test
  void aMillionSetReplaceCloseCyclesLeakNothing() throws Throwable {
    // Warm up until the JIT and the Java heap have settled.
    WriteCallbackHolder.cycle(LIB, 300_000);
    System.gc();
    long rssBefore = rssKb();
    long mallocBefore = mallocInUse();
    long start = System.nanoTime();
    WriteCallbackHolder.cycle(LIB, 1_000_000);
    long ms = (System.nanoTime() - start) / 1_000_000;
    long mallocAfter = mallocInUse();
    System.gc();
    long rssAfter = rssKb();
    System.out.printf(
        "handle-scoped callbacks: 1000000 set/replace/close cycles in %d ms; malloc in use %d B"
            + " -> %d B (%+d B); RSS %d kB -> %d kB (%+d kB)%n",
        ms,
        mallocBefore,
        mallocAfter,
        mallocAfter - mallocBefore,
        rssBefore,
        rssAfter,
        rssAfter - rssBefore);
    assertEquals(handlesBefore, ObjectHandles.liveCount());
    assertEquals(scopesBefore, Upcalls.handleScopeCount());
    // The JVM's own malloc use (JIT, GC) moves by a few MB; the smallest leak per cycle, one
    // malloc chunk (32 B, less than a leaked easy handle or stub), would add 32 MB.
    assertTrue(
        mallocAfter - mallocBefore < 16 * 1024 * 1024,
        "malloc'ed bytes grew by " + (mallocAfter - mallocBefore));
  }

  @SuppressWarnings("restricted") // the tests run with native access enabled
  private static final MethodHandle MALLINFO2 =
      Linker.nativeLinker()
          .downcallHandle(
              Linker.nativeLinker().defaultLookup().find("mallinfo2").orElseThrow(),
              FunctionDescriptor.of(
                  MemoryLayout.structLayout(
                      MemoryLayout.sequenceLayout(10, ValueLayout.JAVA_LONG))));

  /** {@code mallinfo2().uordblks}: bytes allocated with malloc and not freed. */
  private static long mallocInUse() throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment info = (MemorySegment) MALLINFO2.invokeExact((SegmentAllocator) arena);
      return info.getAtIndex(ValueLayout.JAVA_LONG, 7);
    }
  }

  /** The cycles of the leak test. */
  private static final class WriteCallbackHolder {
    static void cycle(Shapes lib, int n) {
      Object data = new Object();
      Shapes.WriteCallback first = (d, chunk, len) -> len;
      Shapes.WriteCallback second = (d, chunk, len) -> len;
      for (int i = 0; i < n; i++) {
        try (Shapes.Easy h = lib.easyInit()) {
          lib.setWriteFunction(h, WRITEFUNCTION, first);
          lib.setWriteData(h, WRITEDATA, data);
          lib.setWriteFunction(h, WRITEFUNCTION, second);
          lib.setWriteData(h, WRITEDATA, data);
          if (i % 1000 == 0) {
            lib.perform(h, 1);
          }
        }
      }
    }
  }

  private static long rssKb() throws Exception {
    for (String line :
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS");
  }
}
