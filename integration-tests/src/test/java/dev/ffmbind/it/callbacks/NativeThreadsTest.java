package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.CallbackExceptionHandler;
import dev.ffmbind.ObjectHandles;
import dev.ffmbind.Registration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callbacks with user data, on the calling thread, on C-created threads (joined and detached),
 * registered and called after the call, and what happens to their exceptions.
 */
class NativeThreadsTest {

  private static final CbLib IN_PROCESS = CbLib.load();

  /** The binding under test. */
  final CbLib lib = binding();

  /** The binding the tests call: in-process here; {@link IsolatedNativeThreadsTest} isolates it. */
  CbLib binding() {
    return IN_PROCESS;
  }

  /** Whether C runs in another process, where callbacks run on the thread that made the call. */
  boolean isolated() {
    return false;
  }

  /** What reached the exception handler: callback name and exception. */
  private final List<Throwable> handled = new CopyOnWriteArrayList<>();

  private final List<String> handledNames = new CopyOnWriteArrayList<>();
  private CallbackExceptionHandler previous;
  private int handlesBefore;

  @BeforeEach
  void installHandler() {
    handlesBefore = ObjectHandles.liveCount();
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
  }

  @Test
  void userDataReachesTheCallbackAsTheSameObject() {
    List<Integer> seen = new ArrayList<>();
    int sum =
        lib.each(
            (data, i) -> {
              @SuppressWarnings("unchecked")
              List<Integer> list = (List<Integer>) data;
              list.add(i);
              return i * 10;
            },
            seen,
            5);
    assertEquals(List.of(0, 1, 2, 3, 4), seen);
    assertEquals(100, sum);
    assertEquals(0, lib.each((data, i) -> data == null ? 1 : 2, null, 0));
    assertEquals(
        3, lib.each((data, i) -> data == null ? 1 : 2, null, 3), "null user data arrives as null");
  }

  @Test
  void aCallbackOnAJoinedNativeThreadWorksAndItsExceptionReachesTheCaller() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    assertEquals(
        45,
        lib.runJoined(
            (data, i) -> {
              threads.add(Thread.currentThread());
              return i;
            },
            null,
            10));
    assertEquals(10, threads.size());
    if (isolated()) {
      assertEquals(List.of(caller), threads.stream().distinct().toList(), "the calling thread");
    } else {
      assertNotSame(caller, threads.get(0), "C called back on its own thread");
    }

    RuntimeException thrown = new RuntimeException("from a native thread");
    assertSame(
        thrown,
        assertThrows(
            RuntimeException.class,
            () ->
                lib.runJoined(
                    (data, i) -> {
                      throw thrown;
                    },
                    null,
                    10)));
    assertTrue(handled.isEmpty(), "a call-scoped exception goes to the caller, not the handler");
  }

  @Test
  void aRegisteredCallbackRunsOnADetachedThreadAfterTheCallReturned() throws Exception {
    CountDownLatch done = new CountDownLatch(50);
    AtomicInteger total = new AtomicInteger();
    try (Registration registration =
        lib.startDetached(
            (data, i) -> {
              total.addAndGet(i + (Integer) data);
              done.countDown();
              return 0;
            },
            1000,
            50)) {
      assertTrue(registration.isOpen());
      assertTrue(done.await(10, TimeUnit.SECONDS));
    }
    assertEquals(50 * 1000 + 49 * 50 / 2, total.get());
  }

  @SuppressWarnings("try") // the registration is held for its scope, not used
  @Test
  void aCallbackThrowingOnANativeThreadGoesToTheHandlerAndTheJvmLivesOn() throws Exception {
    CountDownLatch done = new CountDownLatch(3);
    IllegalStateException thrown = new IllegalStateException("no Java caller here");
    try (Registration r =
        lib.startDetached(
            (data, i) -> {
              done.countDown();
              throw thrown;
            },
            null,
            3)) {
      assertTrue(done.await(10, TimeUnit.SECONDS));
      waitFor(() -> handled.size() == 3);
    }
    assertEquals(Collections.nCopies(3, thrown), handled);
    assertEquals(Collections.nCopies(3, "cb_tick_fn"), handledNames);
  }

  @Test
  void aLateCallToAClosedRegistrationReturnsTheErrorValueInsteadOfCrashing() {
    Registration registration = lib.register((data, i) -> i + 1, null);
    assertEquals(6, lib.fire(5));
    registration.close();
    registration.close(); // idempotent
    assertFalse(registration.isOpen());
    assertEquals(-1, lib.fire(5), "on_exception: -1");
    assertEquals(1, handled.size());
    assertTrue(
        handled.get(0).getMessage().contains("not a live call or registration"),
        handled.get(0).getMessage());
  }

  @Test
  void nestedCallbacksEachReachTheirOwnLambda() {
    // Without user data (per-thread frames): apply -> Java -> apply -> Java ... 20 levels deep.
    CbLib.IntOp[] countdown = new CbLib.IntOp[1];
    countdown[0] = x -> x == 0 ? 0 : 1 + lib.apply(countdown[0], x - 1);
    assertEquals(20, lib.apply(countdown[0], 20));
    // With user data: each -> Java -> each with another lambda and other data.
    List<String> log = new ArrayList<>();
    lib.each(
        (outer, i) -> {
          lib.each(
              (inner, j) -> {
                log.add(outer + "" + i + "/" + inner + j);
                return 0;
              },
              "in",
              2);
          return 0;
        },
        "out",
        2);
    assertEquals(List.of("out0/in0", "out0/in1", "out1/in0", "out1/in1"), log);
    // An exception thrown three levels down reaches the outermost caller.
    RuntimeException deep = new RuntimeException("deep");
    CbLib.IntOp[] thrower = new CbLib.IntOp[1];
    thrower[0] =
        x -> {
          if (x == 0) {
            throw deep;
          }
          return lib.apply(thrower[0], x - 1);
        };
    assertSame(deep, assertThrows(RuntimeException.class, () -> lib.apply(thrower[0], 3)));
  }

  @SuppressWarnings("try") // the registration is held for its scope, not used
  @Test
  void aThousandShortLivedNativeThreadsCallBackWithoutThreadGrowth() throws Exception {
    // Warm up: the stub exists and the JVM has attached a native thread before we count.
    lib.spawnJoined((data, i) -> 1, null, 10);
    int tasksBefore = tasks();
    long vmBefore = vmSizeKb();

    assertEquals(1000, lib.spawnJoined((data, i) -> 1, null, 1000));

    CountDownLatch detached = new CountDownLatch(1000);
    try (Registration r =
        lib.spawnDetached(
            (data, i) -> {
              detached.countDown();
              return 0;
            },
            null,
            1000)) {
      assertTrue(detached.await(30, TimeUnit.SECONDS));
    }
    // Detached threads are gone shortly after their callback returned.
    waitFor(() -> tasks() <= tasksBefore + 2);
    assertTrue(tasks() <= tasksBefore + 2, "threads before " + tasksBefore + ", after " + tasks());
    long grownMb = (vmSizeKb() - vmBefore) / 1024;
    assertTrue(grownMb < 256, "virtual memory grew by " + grownMb + " MB over 2000 native threads");
  }

  private static int tasks() {
    try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
      return (int) s.count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static long vmSizeKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmSize:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new AssertionError("no VmSize");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
