package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.CallbackExceptionHandler;
import dev.ffmbind.ObjectHandles;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Dispatch without native code: frames, calls, registrations, exception routing. */
class UpcallsTest {

  @SuppressWarnings("try") // the resource is held for its scope, not used
  @Test
  void framesNestAndAreFoundByType() {
    try (Upcalls.Frame outer = Upcalls.enter(Runnable.class, "outer")) {
      try (Upcalls.Frame other = Upcalls.enter(Comparable.class, "other")) {
        assertSame("outer", Upcalls.current(Runnable.class, "r").callback());
        try (Upcalls.Frame inner = Upcalls.enter(Runnable.class, "inner")) {
          assertSame("inner", Upcalls.current(Runnable.class, "r").callback());
        }
        assertSame("outer", Upcalls.current(Runnable.class, "r").callback());
        assertSame(other, Upcalls.current(Comparable.class, "c"));
      }
      assertSame(outer, Upcalls.current(Runnable.class, "r"));
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Upcalls.current(Runnable.class, "r_fn"));
    assertTrue(e.getMessage().startsWith("callback r_fn was called on thread"), e.getMessage());
  }

  @Test
  void theFirstExceptionIsKeptAndRethrownAsItIs() {
    RuntimeException first = new RuntimeException("1");
    try (Upcalls.Frame frame = Upcalls.enter(Runnable.class, "x")) {
      assertFalse(frame.failed());
      Upcalls.failed(frame, "x", first);
      Upcalls.failed(frame, "x", new RuntimeException("2"));
      assertTrue(frame.failed());
      assertSame(first, assertThrows(RuntimeException.class, frame::rethrow));
      frame.rethrow(); // cleared
    }
    try (Upcalls.Call call = Upcalls.call("cb", "data")) {
      Upcalls.failed(call, "x", new IOException("checked"));
      assertTrue(
          assertThrows(UndeclaredThrowableException.class, call::rethrow).getCause()
              instanceof IOException);
    }
  }

  @Test
  void callsAndRegistrationsResolveThroughTheirHandleUntilClosed() {
    int before = ObjectHandles.liveCount();
    Upcalls.Call call = Upcalls.call("cb", "data");
    assertSame(call, Upcalls.resolve(call.handle(), "x"));
    assertSame("data", call.userData());
    call.close();
    assertThrows(IllegalStateException.class, () -> Upcalls.resolve(call.handle(), "x"));
    try (Upcalls.Call none = Upcalls.call(null, "data")) {
      assertEquals(0, none.handle().address(), "no callback, no handle: C gets NULL");
    }
    Upcalls.Registered registration = Upcalls.register("f(cb)", "cb", null);
    assertSame(registration, Upcalls.resolve(registration.handle(), "x"));
    registration.close();
    registration.close();
    assertFalse(registration.isOpen());
    assertNull(registration.callback(), "a closed registration keeps nothing reachable");
    assertEquals(before, ObjectHandles.liveCount());
  }

  @Test
  void exceptionsWithoutACallerGoToTheHandlerAndAFailingHandlerIsSurvived() {
    List<Throwable> seen = new ArrayList<>();
    CallbackExceptionHandler previous = CallbackExceptionHandler.install((c, t, e) -> seen.add(e));
    try {
      RuntimeException e = new RuntimeException("late");
      Upcalls.failed(null, "x", e);
      try (Upcalls.Registered r = Upcalls.register("f(cb)", "cb", null)) {
        Upcalls.failed(r, "x", e);
        assertFalse(r.failed(), "registered callbacks are never short-circuited");
      }
      assertEquals(List.of(e, e), seen);
      CallbackExceptionHandler.install(
          (c, t, x) -> {
            throw new IllegalStateException("handler bug");
          });
      Upcalls.failed(null, "x", new RuntimeException("still fine")); // prints, does not throw
    } finally {
      CallbackExceptionHandler.install(previous);
    }
  }

  @Test
  void severalCallbacksShareOneHandleAndAreFoundByType() {
    int before = ObjectHandles.liveCount();
    try (Upcalls.Call call = Upcalls.callAll("data", Runnable.class, null, String.class, "s")) {
      Upcalls.Target target = Upcalls.resolve(call.handle(), "x");
      assertSame("s", target.callback(String.class));
      assertNull(target.callback(Runnable.class), "passed as null");
      assertNull(target.callback(Integer.class), "not passed at all");
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> target.requireCallback(Integer.class, "i_fn"));
      assertTrue(
          e.getMessage().startsWith("callback i_fn was called, but no Integer"), e.getMessage());
    }
    try (Upcalls.Call none = Upcalls.callAll("data", Runnable.class, null)) {
      assertEquals(0, none.handle().address(), "no callback at all: C gets NULL");
    }
    assertEquals(before, ObjectHandles.liveCount());
  }

  @Test
  void aRegistrationReleasedByCIsReleasedByItsDestructorTypeOnly() {
    int before = ObjectHandles.liveCount();
    Upcalls.Registered r =
        Upcalls.registerAll("f", "app", Runnable.class, String.class, "s", Runnable.class, null);
    assertTrue(r.releasedByC());
    Upcalls.released(r, String.class);
    assertTrue(r.isOpen(), "another callback type does not release it");
    Upcalls.released(r, Runnable.class);
    assertFalse(r.isOpen());
    assertEquals(before, ObjectHandles.liveCount());
    assertThrows(IllegalStateException.class, () -> Upcalls.resolve(r.handle(), "x"));
    Upcalls.released(null, Runnable.class); // a stub that found no target: nothing to release
  }

  @Test
  void whatIsSetOnAHandleLivesUntilReplacedOrClosed() {
    int handles = ObjectHandles.liveCount();
    int scopes = Upcalls.handleScopeCount();
    MemorySegment h = MemorySegment.ofAddress(0x1000);
    Upcalls.setHandleCallback(h, String.class, "first");
    MemorySegment data = Upcalls.setHandleUserData(h, "write", "d1");
    Upcalls.Target target = Upcalls.resolve(data, "x");
    assertSame("first", target.callback(String.class));
    assertSame("d1", target.userData());
    Upcalls.setHandleCallback(h, String.class, "second");
    assertEquals(data, Upcalls.setHandleUserData(h, "write", "d2"), "the same pointer for C");
    assertSame("second", target.callback(String.class));
    assertSame("d2", target.userData());
    MemorySegment other = Upcalls.setHandleUserData(h, "header", "d3");
    assertFalse(other.equals(data), "another slot, another pointer");
    Upcalls.setHandleCallback(h, String.class, null);
    assertNull(target.callback(String.class), "removed");
    assertEquals(scopes + 1, Upcalls.handleScopeCount());
    Upcalls.closeHandle(h);
    Upcalls.closeHandle(h); // closing twice is harmless
    assertEquals(scopes, Upcalls.handleScopeCount());
    assertEquals(handles, ObjectHandles.liveCount());
    assertThrows(IllegalStateException.class, () -> Upcalls.resolve(data, "x"));
  }

  @Test
  void aCallerFrameKeepsWhatACallbackThrowsOnItsThread() {
    List<Throwable> seen = new ArrayList<>();
    CallbackExceptionHandler previous = CallbackExceptionHandler.install((c, t, e) -> seen.add(e));
    try (Upcalls.Registered r = Upcalls.register("f(cb)", "cb", null)) {
      RuntimeException first = new RuntimeException("first");
      try (Upcalls.Caller outer = Upcalls.caller()) {
        try (Upcalls.Caller inner = Upcalls.caller()) {
          assertFalse(inner.failed());
          Upcalls.failed(r, "x", first);
          Upcalls.failed(r, "x", new RuntimeException("second"));
          assertTrue(inner.failed());
          RuntimeException status = new RuntimeException("C said 23");
          RuntimeException e =
              assertThrows(RuntimeException.class, () -> inner.rethrowWith(status));
          assertSame(first, e);
          assertSame(status, e.getSuppressed()[0]);
          inner.rethrow(); // cleared
        }
        assertFalse(outer.failed(), "the inner downcall's exception stays there");
        Upcalls.failed(null, "x", new RuntimeException("no target")); // reported, not kept
        assertFalse(outer.failed());
        outer.rethrowWith(new RuntimeException("C failed on its own")); // nothing kept: returns
      }
      Upcalls.failed(r, "x", first); // no caller: the handler
      assertEquals(2, seen.size());
    } finally {
      CallbackExceptionHandler.install(previous);
    }
  }

  @SuppressWarnings("try") // the resources are held for their scope, not used
  @Test
  void theLastEnteredFrameIsOnlyASkipOfTheSearchNeverAnotherThreadsFrame() throws Exception {
    try (Upcalls.Frame mine = Upcalls.enter(Runnable.class, "mine")) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      List<Object> seenThere = new ArrayList<>();
      Thread other =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (Upcalls.Frame theirs = Upcalls.enter(Runnable.class, "theirs")) {
                      seenThere.add(Upcalls.current(Runnable.class, "r").callback());
                      entered.countDown();
                      done.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    // closed there: that thread has no frame left
                    try {
                      Upcalls.current(Runnable.class, "r");
                    } catch (IllegalStateException expected) {
                      seenThere.add("none");
                    }
                  });
      entered.await();
      // The other thread entered last: this thread still finds its own frame, by the search.
      assertSame(mine, Upcalls.current(Runnable.class, "r"));
      done.countDown();
      other.join();
      assertEquals(List.of("theirs", "none"), seenThere);
      assertSame(mine, Upcalls.current(Runnable.class, "r"));
      try (Upcalls.Frame inner = Upcalls.enter(Comparable.class, "inner")) {
        assertSame(inner, Upcalls.current(Comparable.class, "c"), "entered last, found fast");
        assertSame(mine, Upcalls.current(Runnable.class, "r"), "another type: the search");
      }
      assertSame(mine, Upcalls.current(Runnable.class, "r"), "after a nested frame closed");
    }
    assertThrows(IllegalStateException.class, () -> Upcalls.current(Runnable.class, "r"));
    assertThrows(IllegalStateException.class, () -> Upcalls.current(Comparable.class, "c"));
  }

  @Test
  void aResolvedTargetIsCachedOnlyWhileItsHandleIsLive() {
    int before = ObjectHandles.liveCount();
    Upcalls.Call call = Upcalls.call("cb", "data");
    long handle = call.handle().address();
    assertSame(call, Upcalls.resolve(call.handle(), "x"));
    assertSame(call, Upcalls.resolve(call.handle(), "x"), "from the cache");
    // Another handle in the same cache entry (same low bits) is not taken for it.
    for (long forged : new long[] {handle + 256, handle + (1L << 40), handle + 512}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> Upcalls.resolve(MemorySegment.ofAddress(forged), "x_fn"));
      assertTrue(e.getMessage().contains(Long.toHexString(forged)), e.getMessage());
    }
    assertSame(call, Upcalls.resolve(call.handle(), "x"), "still cached after the misses");
    call.close();
    assertThrows(IllegalStateException.class, () -> Upcalls.resolve(call.handle(), "x"));
    // A registration created later may land in the same cache entry: its own handle finds it.
    List<Upcalls.Registered> registrations = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Upcalls.Registered r = Upcalls.register("f(cb)", "cb" + i, null);
      registrations.add(r);
      assertSame(r, Upcalls.resolve(r.handle(), "x"));
    }
    for (Upcalls.Registered r : registrations) {
      assertSame(r, Upcalls.resolve(r.handle(), "x"), "evicted entries resolve again");
      r.close();
      assertThrows(IllegalStateException.class, () -> Upcalls.resolve(r.handle(), "x"));
    }
    assertThrows(IllegalStateException.class, () -> Upcalls.resolve(call.handle(), "x"));
    assertEquals(before, ObjectHandles.liveCount());
  }
}
