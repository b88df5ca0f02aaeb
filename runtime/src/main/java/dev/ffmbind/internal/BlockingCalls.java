package dev.ffmbind.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the stub of a function declared blocking ({@code blocking: true}, {@code @Blocking}) on a
 * platform thread when a virtual thread calls it.
 *
 * <p>A virtual thread inside a native frame cannot unmount: it pins its carrier for the whole C
 * call, and the JDK adds no carrier for it (it does so for its own blocking I/O, not for a
 * downcall; {@code ForkJoinPool.managedBlock} does not either, as a virtual thread is not a pool
 * worker). A few virtual threads sleeping in C therefore stop every other virtual thread. Generated
 * stubs of blocking functions start with
 *
 * <pre>{@code
 * if (BlockingCalls.handsOff()) {
 *   return BlockingCalls.call(() -> read(fd, buf));
 * }
 * }</pre>
 *
 * <p>so that on a virtual thread the whole stub (argument checks, marshalling into the worker's
 * scratch memory, the downcall, errno capture, callbacks and their exceptions, copy-back, the error
 * check) runs again on a worker platform thread, where {@link #handsOff()} is false, while the
 * virtual thread parks and frees its carrier. What the stub throws on the worker is thrown to the
 * caller unchanged. On a platform thread the check is all it costs.
 *
 * <p>The workers are daemon threads named {@code ffmbind-blocking-N}, created on demand up to
 * {@value #DEFAULT_THREADS} (system property {@value #THREADS_PROPERTY}); a worker idle for 30
 * seconds ends. Calls beyond that many wait in a queue, so at most that many C calls block at once.
 * Interrupting the waiting virtual thread does not interrupt the C call: it waits for the call to
 * finish and returns with its interrupt status set.
 */
public final class BlockingCalls {

  /** The system property that sets the most worker threads. */
  public static final String THREADS_PROPERTY = "ffmbind.blocking.threads";

  /** The most worker threads without the property, as the JDK's virtual-thread scheduler. */
  public static final int DEFAULT_THREADS = 256;

  private BlockingCalls() {}

  /** Whether the calling thread is virtual, so that a blocking stub hands its call off. */
  public static boolean handsOff() {
    return Thread.currentThread().isVirtual();
  }

  /**
   * Runs {@code stub} on a worker platform thread and returns its result; the calling (virtual)
   * thread parks meanwhile.
   *
   * @throws RuntimeException what the stub threw
   * @throws Error what the stub threw
   */
  public static <T> T call(Supplier<T> stub) {
    try {
      return CompletableFuture.supplyAsync(stub, Workers.EXECUTOR).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Runs {@code stub}, a stub without a result, as {@link #call} does. */
  public static void run(Runnable stub) {
    call(
        () -> {
          stub.run();
          return null;
        });
  }

  /** The worker pool, created by the first hand-off. */
  private static final class Workers {
    static final ExecutorService EXECUTOR = create();

    private static ExecutorService create() {
      int threads = Math.max(1, Integer.getInteger(THREADS_PROPERTY, DEFAULT_THREADS));
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "ffmbind-blocking-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      return pool;
    }
  }
}
