package dev.ffmbind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Handle lifecycle with real C memory: malloc'd objects freed by libc free through the handle. */
@SuppressWarnings("restricted")
class NativeHandleLifecycleTest {

  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle MALLOC =
      LINKER.downcallHandle(
          LINKER.defaultLookup().findOrThrow("malloc"),
          FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
  private static final MethodHandle FREE =
      LINKER.downcallHandle(
          LINKER.defaultLookup().findOrThrow("free"),
          FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  private static final AtomicInteger FREES = new AtomicInteger();

  /** What the generator emits for an opaque type with a destructor. */
  static final class Thing extends NativeHandle {
    Thing(MemorySegment address) {
      super(address, Thing::destroy);
    }

    static void destroy(MemorySegment p) throws Throwable {
      FREES.incrementAndGet();
      FREE.invokeExact(p);
    }
  }

  /** A borrowed handle: no destructor. */
  static final class Borrowed extends NativeHandle {
    Borrowed(MemorySegment address) {
      super(address);
    }
  }

  private static MemorySegment malloc() throws Throwable {
    return (MemorySegment) MALLOC.invokeExact(16L);
  }

  @Test
  void closeCallsTheDestructorOnceAndCloseTwiceIsSafe() throws Throwable {
    int before = FREES.get();
    Thing t = new Thing(malloc());
    assertTrue(t.ownsNativeObject());
    assertFalse(t.isClosed());
    t.close();
    t.close();
    assertTrue(t.isClosed());
    assertEquals(before + 1, FREES.get());
    assertTrue(t.toString().endsWith("(closed)"));
  }

  @Test
  void useAfterCloseThrowsNamingTypeAndCall() throws Throwable {
    Thing t = new Thing(malloc());
    MemorySegment p = t.segmentFor("thing_use", "t");
    assertSame(p, t.segment());
    t.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> t.segmentFor("thing_use", "t"));
    assertTrue(e.getMessage().startsWith("thing_use: parameter 't': Thing@0x"), e.getMessage());
    assertTrue(e.getMessage().contains("is closed (its C object was freed)"), e.getMessage());
    IllegalStateException viaSegment =
        assertThrows(IllegalStateException.class, () -> bindingMethod(t));
    // segment() names the method that asked (in generated code: the binding method)
    assertTrue(
        viaSegment.getMessage().startsWith("NativeHandleLifecycleTest.bindingMethod: Thing@0x"),
        viaSegment.getMessage());
  }

  /** Stands for a generated binding method, which passes {@code t.segment()} to a downcall. */
  private static MemorySegment bindingMethod(Thing t) {
    return t.segment();
  }

  @Test
  void borrowedHandlesCloseWithoutFreeing() throws Throwable {
    int before = FREES.get();
    MemorySegment p = malloc();
    try (Borrowed b = new Borrowed(p)) {
      assertFalse(b.ownsNativeObject());
    } finally {
      FREE.invokeExact(p);
    }
    assertEquals(before, FREES.get());
  }

  @Test
  void concurrentCloseFreesEachHandleExactlyOnce() throws Throwable {
    int before = FREES.get();
    List<Thing> things = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      things.add(new Thing(malloc()));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      Thread th =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    things.forEach(Thing::close);
                  });
      threads.add(th);
    }
    start.countDown();
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(before + 500, FREES.get());
    for (Thing t : things) {
      assertThrows(IllegalStateException.class, () -> t.segmentFor("thing_use", "t"));
    }
  }

  @Test
  void aDestructorThatThrowsStillClosesTheHandle() {
    final class Failing extends NativeHandle {
      Failing() {
        super(
            MemorySegment.ofAddress(0x1000),
            p -> {
              throw new Exception("close failed");
            });
      }
    }
    Failing f = new Failing();
    NativeException e = assertThrows(NativeException.class, f::close);
    assertTrue(e.getMessage().contains("the destructor failed"), e.getMessage());
    assertTrue(f.isClosed());
    // The per-call check sees it closed too, although the destructor failed.
    assertThrows(IllegalStateException.class, () -> f.segmentFor("thing_use", "f"));
    assertThrows(IllegalStateException.class, f::segment);
    f.close(); // no second attempt
  }

  @Test
  void theCallCheckSeesTheHandleClosedBeforeItsDestructorRuns() {
    List<Boolean> seenByDestructor = new ArrayList<>();
    final class Watched extends NativeHandle {
      Watched(List<Boolean> seen, NativeHandle[] self) {
        super(
            MemorySegment.ofAddress(0x2000),
            p -> {
              try {
                self[0].segmentFor("thing_use", "t");
                seen.add(false);
              } catch (IllegalStateException closed) {
                seen.add(true);
              }
            });
      }
    }
    NativeHandle[] self = new NativeHandle[1];
    Watched w = new Watched(seenByDestructor, self);
    self[0] = w;
    assertEquals(0x2000, w.segmentFor("f", "t").address());
    w.close();
    // A call racing with close() cannot pass the pointer once the destructor may free it.
    assertEquals(List.of(true), seenByDestructor);
  }

  @Test
  void theLeakSafetyNetFreesUnclosedHandlesAndReportsThem() throws Throwable {
    List<String> reports = new CopyOnWriteArrayList<>();
    NativeHandle.setLeakListener(reports::add);
    NativeHandle.setLeakCleaner(true);
    int before = FREES.get();
    long leaksBefore = NativeHandle.leaksDetected();
    try {
      for (int i = 0; i < 20; i++) {
        new Thing(malloc()); // leaked
      }
      try (Thing closed = new Thing(malloc())) {
        assertFalse(closed.isClosed());
      }
      for (int i = 0; i < 100 && reports.size() < 20; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertEquals(20, reports.size(), reports.toString());
      assertEquals(leaksBefore + 20, NativeHandle.leaksDetected());
      assertEquals(before + 21, FREES.get()); // 20 by the net, 1 by close(): none twice
      assertTrue(reports.get(0).contains("was never closed; the leak safety net freed it"));
    } finally {
      NativeHandle.setLeakCleaner(false);
      NativeHandle.setLeakListener(null);
    }
  }

  @Test
  void theSafetyNetIsOffByDefault() {
    assertFalse(NativeHandle.leakCleanerEnabled());
  }
}
