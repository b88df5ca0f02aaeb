package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link NativeThreadsTest} with the library in an isolated helper process. C's
 * threads call back in the helper; the Java callback runs in this process, on the thread that made
 * the call. Callbacks C keeps after the call ({@code lifetime: registered}) cannot cross: their
 * tests here check the refusal instead.
 */
class IsolatedNativeThreadsTest extends NativeThreadsTest {

  private static final CbLib ISOLATED = CbLib.load(Isolation.process());

  @AfterAll
  static void stopHelper() {
    Isolation.processOf(ISOLATED).orElseThrow().close();
  }

  @Override
  CbLib binding() {
    return ISOLATED;
  }

  @Override
  boolean isolated() {
    return true;
  }

  private void refused(Runnable call, String function) {
    IsolationException e = assertThrows(IsolationException.class, call::run);
    // The parameter's name if the binding was compiled with -parameters, else its position.
    assertTrue(
        e.getMessage()
            .matches(
                function
                    + ": parameter '(cb|argument 1)': a callback C keeps after the call \\(lifetime"
                    + " registered\\) cannot be passed to an isolated helper: only call-scoped"
                    + " callbacks cross \\(docs/isolation.md\\)"),
        e.getMessage());
  }

  @Override
  @Test
  void aRegisteredCallbackRunsOnADetachedThreadAfterTheCallReturned() {
    AtomicInteger calls = new AtomicInteger();
    refused(
        () ->
            lib.startDetached(
                (data, i) -> {
                  calls.incrementAndGet();
                  return 0;
                },
                1000,
                50),
        "startDetached");
    assertEquals(0, calls.get(), "nothing ran");
    assertEquals(45, lib.runJoined((data, i) -> i, null, 10), "and the helper works on");
  }

  @Override
  @Test
  void aCallbackThrowingOnANativeThreadGoesToTheHandlerAndTheJvmLivesOn() {
    refused(() -> lib.spawnDetached((data, i) -> 0, null, 3), "spawnDetached");
  }

  @Override
  @Test
  void aLateCallToAClosedRegistrationReturnsTheErrorValueInsteadOfCrashing() {
    refused(() -> lib.register((data, i) -> i + 1, null), "register");
    assertEquals(-100, lib.fire(5), "nothing was registered in the helper");
  }

  @Override
  @Test
  void aThousandShortLivedNativeThreadsCallBackWithoutThreadGrowth() {
    // 1000 threads of the helper call back; all on this thread, one at a time.
    assertEquals(1000, lib.spawnJoined((data, i) -> 1, null, 1000));
    assertTrue(Isolation.processOf(ISOLATED).orElseThrow().isAlive());
  }
}
