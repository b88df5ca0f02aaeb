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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where shared memory starts to pay: the same isolated {@code bench_sum} call over byte arrays of
 * several sizes, with every array through the pipe and with every array (threshold 0) through
 * memory both processes map. The default threshold, {@code
 * Isolation.DEFAULT_SHARED_MEMORY_THRESHOLD}, is where these two lines cross.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class IsolatedBufferSizes {

  /** The array's size in bytes. */
  @Param({"256", "1024", "4096", "16384", "65536"})
  public int size;

  public byte[] buffer;

  BenchIsolated pipe;
  BenchIsolated shared;

  @Setup(Level.Trial)
  public void setUp() {
    buffer = new byte[size];
    for (int i = 0; i < buffer.length; i++) {
      buffer[i] = (byte) (i * 31);
    }
    pipe = BenchIsolated.load(Isolation.process().sharedMemoryThreshold(Integer.MAX_VALUE));
    shared = BenchIsolated.load(Isolation.process().sharedMemoryThreshold(0));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Isolation.processOf(pipe).ifPresent(p -> p.close());
    Isolation.processOf(shared).ifPresent(p -> p.close());
  }

  @Benchmark
  public long pipe() {
    return pipe.sum(buffer);
  }

  @Benchmark
  public long shared() {
    return shared.sum(buffer);
  }
}
