package dev.ffmbind.bench.isolation;

import dev.ffmbind.isolation.Isolation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Isolated versus in-process calls of one binding class: {@code int bench_add(int, int)} and {@code
 * bench_sum} over a 64 KB {@code byte[]}. The in-process instance is the same class, so the
 * difference is the helper round trip (plus, for the buffer, copying 64 KB through the pipe);
 * comparing {@code scalarInProcess} with {@code ScalarBench.ffmbindYaml} shows what the forwarding
 * check costs a binding that opts in but is loaded in-process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class IsolatedCalls {

  /** The buffer size of the buffer benchmarks. */
  public static final int BUFFER = 64 * 1024;

  public int a = 20;
  public int b = 22;
  public byte[] buffer;

  BenchIsolated inProcess;
  BenchIsolated isolated;
  BenchIsolated isolatedPipe;

  @Setup(Level.Trial)
  public void setUp() {
    buffer = new byte[BUFFER];
    for (int i = 0; i < buffer.length; i++) {
      buffer[i] = (byte) (i * 31);
    }
    inProcess = BenchIsolated.load();
    isolated = BenchIsolated.load(Isolation.process());
    // Before shared memory: every array through the pipe.
    isolatedPipe = BenchIsolated.load(Isolation.process().sharedMemoryThreshold(Integer.MAX_VALUE));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Isolation.processOf(isolated).ifPresent(p -> p.close());
    Isolation.processOf(isolatedPipe).ifPresent(p -> p.close());
  }

  @Benchmark
  public int scalarInProcess() {
    return inProcess.add(a, b);
  }

  @Benchmark
  public int scalarIsolated() {
    return isolated.add(a, b);
  }

  @Benchmark
  public long buffer64kInProcess() {
    return inProcess.sum(buffer);
  }

  @Benchmark
  public long buffer64kIsolated() {
    return isolated.sum(buffer);
  }

  /** The 64 KB call with shared memory switched off: the transport before it. */
  @Benchmark
  public long buffer64kIsolatedPipe() {
    return isolatedPipe.sum(buffer);
  }
}
