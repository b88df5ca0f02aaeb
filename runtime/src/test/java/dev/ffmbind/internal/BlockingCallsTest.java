package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The hand-off of blocking stubs: only virtual threads hand off, the stub runs on a named platform
 * worker, and what it returns or throws reaches the caller unchanged.
 */
class BlockingCallsTest {

  @Test
  void onlyVirtualThreadsHandOff() throws Exception {
    assertFalse(BlockingCalls.handsOff());
    AtomicReference<Boolean> virtual = new AtomicReference<>();
    Thread.ofVirtual().start(() -> virtual.set(BlockingCalls.handsOff())).join();
    assertEquals(true, virtual.get());
  }

  @Test
  void theStubRunsOnAPlatformWorkerAndItsResultComesBack() throws Exception {
    AtomicReference<String> ranOn = new AtomicReference<>();
    AtomicReference<Integer> result = new AtomicReference<>();
    Thread.ofVirtual()
        .start(
            () ->
                result.set(
                    BlockingCalls.call(
                        () -> {
                          Thread t = Thread.currentThread();
                          ranOn.set(t.getName() + "/" + t.isVirtual() + "/" + t.isDaemon());
                          return 42;
                        })))
        .join();
    assertEquals(42, result.get());
    assertTrue(ranOn.get().matches("ffmbind-blocking-\\d+/false/true"), ranOn.get());
    AtomicReference<Boolean> ran = new AtomicReference<>(false);
    BlockingCalls.run(() -> ran.set(true));
    assertTrue(ran.get());
  }

  @Test
  void whatTheStubThrowsIsThrownUnchanged() {
    IllegalStateException runtime = new IllegalStateException("runtime");
    assertSame(
        runtime,
        assertThrows(
            IllegalStateException.class,
            () ->
                BlockingCalls.run(
                    () -> {
                      throw runtime;
                    })));
    StackOverflowError error = new StackOverflowError("error");
    assertSame(
        error,
        assertThrows(
            StackOverflowError.class,
            () ->
                BlockingCalls.call(
                    () -> {
                      throw error;
                    })));
  }
}
