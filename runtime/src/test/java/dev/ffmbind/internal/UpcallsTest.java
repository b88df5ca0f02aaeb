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
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
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
}
