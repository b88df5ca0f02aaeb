package dev.ffmbind.bench.vthreads;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * Hand-written FFM calls of libc's {@code usleep} and {@code abs}, and the two things a
 * hand-written binding could try against carrier starvation: {@code ForkJoinPool.managedBlock}
 * around the call, and a hand-off to a pool of platform threads.
 */
@SuppressWarnings("restricted") // the JVM runs with --enable-native-access=ALL-UNNAMED
final class PlainFfm {

  private static final Linker LINKER = Linker.nativeLinker();

  private static final MethodHandle USLEEP =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("usleep").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private static final MethodHandle ABS =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("abs").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "plain-ffm-blocking");
            t.setDaemon(true);
            return t;
          });

  private PlainFfm() {}

  static int usleep(int usec) {
    try {
      return (int) USLEEP.invokeExact(usec);
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static int abs(int x) {
    try {
      return (int) ABS.invokeExact(x);
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** {@code usleep} inside {@code ForkJoinPool.managedBlock}. */
  static int usleepManaged(int usec) {
    int[] result = new int[1];
    try {
      ForkJoinPool.managedBlock(
          new ForkJoinPool.ManagedBlocker() {
            private boolean done;

            @Override
            public boolean block() {
              result[0] = usleep(usec);
              done = true;
              return true;
            }

            @Override
            public boolean isReleasable() {
              return done;
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result[0];
  }

  /** {@code usleep} on a cached pool's platform thread, the caller parked meanwhile. */
  static int usleepHandedOff(int usec) {
    try {
      return CompletableFuture.supplyAsync(() -> usleep(usec), POOL).join();
    } catch (CompletionException e) {
      throw new AssertionError(e);
    }
  }
}
