package dev.ffmbind.bench.vthreads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What virtual threads sleeping in C do to other virtual threads. Each operation starts {@code 4 ×
 * P} "sleeper" virtual threads (P = the scheduler's parallelism, its carrier count), each making
 * {@value #CALLS} calls that block for 1 ms, together with {@code 2 × P} "worker" virtual threads,
 * each doing {@value #SLICES} slices of CPU work (20 000 multiply-adds) with a yield between.
 *
 * <ul>
 *   <li>{@code workers}: the time until every worker has finished: well under a millisecond with
 *       free carriers; with pinned carriers, until the sleepers have left C.
 *   <li>{@code sleepers}: the time until every sleeper has finished (workers not started): ideally
 *       {@value #CALLS} ms; with pinned carriers {@code 4 × CALLS} ms, as only P sleep at a time.
 * </ul>
 *
 * <p>{@code mode} picks how the sleepers block: {@code javaSleep} ({@code Thread.sleep}, the JDK
 * unmounts), {@code ffm} (a hand-written downcall of {@code usleep}), {@code ffmManagedBlock} (the
 * same inside {@code ForkJoinPool.managedBlock}), {@code ffmHandOff} (the same on a cached pool of
 * platform threads), {@code ffmbind} ({@code usleep} without {@code blocking}), {@code
 * ffmbindBlocking} and {@code ffmbindBlockingAnnotated} ({@code blocking: true}, both front ends).
 * The sleepers of {@code workers} are joined after the measured part ({@code Level.Invocation}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class VirtualThreadStarvation {

  /** Blocking calls per sleeper. */
  static final int CALLS = 10;

  /** CPU slices per worker. */
  static final int SLICES = 20;

  private static final LibcBlocking YAML = LibcBlocking.load();
  private static final BlockingLibc ANNOTATED = BlockingLibc_Ffm.load();

  @Param({
    "javaSleep",
    "ffm",
    "ffmManagedBlock",
    "ffmHandOff",
    "ffmbind",
    "ffmbindBlocking",
    "ffmbindBlockingAnnotated"
  })
  public String mode;

  private final List<Thread> sleepers = new ArrayList<>();

  /** The carriers of the default scheduler. */
  static int parallelism() {
    String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
    return p != null ? Integer.parseInt(p) : Runtime.getRuntime().availableProcessors();
  }

  /** One 1 ms blocking call in the given mode; returns the microseconds slept. */
  static IntUnaryOperator sleeper(String mode) {
    return switch (mode) {
      case "javaSleep" ->
          usec -> {
            try {
              Thread.sleep(Duration.ofNanos(usec * 1000L));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return usec;
          };
      case "ffm" -> usec -> PlainFfm.usleep(usec) + usec;
      case "ffmManagedBlock" -> usec -> PlainFfm.usleepManaged(usec) + usec;
      case "ffmHandOff" -> usec -> PlainFfm.usleepHandedOff(usec) + usec;
      case "ffmbind" -> usec -> YAML.usleep(usec) + usec;
      case "ffmbindBlocking" -> usec -> YAML.usleepBlocking(usec) + usec;
      case "ffmbindBlockingAnnotated" -> usec -> ANNOTATED.usleepBlocking(usec) + usec;
      default -> throw new IllegalArgumentException(mode);
    };
  }

  private void startSleepers() {
    IntUnaryOperator sleep = sleeper(mode);
    for (int i = 0; i < 4 * parallelism(); i++) {
      sleepers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int c = 0; c < CALLS; c++) {
                      sleep.applyAsInt(1000);
                    }
                  }));
    }
  }

  private int joinSleepers() throws InterruptedException {
    int n = sleepers.size();
    for (Thread t : sleepers) {
      t.join();
    }
    sleepers.clear();
    return n;
  }

  /** A slice of arithmetic the JIT cannot drop. */
  static long slice(long seed) {
    long x = seed;
    for (int i = 0; i < 20_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }

  @Benchmark
  public long workers() throws InterruptedException {
    startSleepers();
    int n = 2 * parallelism();
    long[] results = new long[n];
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int w = i;
      workers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    long x = w;
                    for (int s = 0; s < SLICES; s++) {
                      x = slice(x);
                      Thread.yield();
                    }
                    results[w] = x;
                  }));
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      workers.get(i).join();
      sum += results[i];
    }
    return sum;
  }

  @Benchmark
  public int sleepers() throws InterruptedException {
    startSleepers();
    return joinSleepers();
  }

  /** The sleepers of {@link #workers}, outside the measured time. */
  @TearDown(Level.Invocation)
  public void joinLeftovers() throws InterruptedException {
    joinSleepers();
  }
}
