package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.HandFfm;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code bench_sum} over a {@code byte[]} passed in place, no copy: ffmbind {@code critical} and
 * FFM {@code critical(true)} (heap access), JNI {@code GetPrimitiveArrayCritical}, JNR
 * {@code @Pinned}. JNA has no in-place mode.
 */
@State(Scope.Thread)
public class BytesCriticalBench extends BenchDefaults {

  @Param({"64", "65536"})
  public int size;

  public byte[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    bytes = Inputs.bytes(size);
  }

  @Benchmark
  public long ffmbindYaml() {
    return Bindings.YAML.sumCritical(bytes);
  }

  @Benchmark
  public long ffmbindAnnotated() {
    return Bindings.ANNOTATED.sumCritical(bytes);
  }

  @Benchmark
  public long ffmHand() {
    return HandFfm.sumCritical(bytes);
  }

  @Benchmark
  public long jni() {
    return BenchJni.sumCritical(bytes);
  }

  @Benchmark
  public long jnr() {
    return BenchJnr.LIB.bench_sum_pinned(bytes, bytes.length);
  }
}
