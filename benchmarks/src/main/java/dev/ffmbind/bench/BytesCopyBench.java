package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.NaiveFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code uint64_t bench_sum(const uint8_t*, size_t)} with a {@code byte[]} copied to native memory
 * (the non-critical path every approach has).
 */
@State(Scope.Thread)
public class BytesCopyBench extends HandFfmBench {

  @Param({"64", "65536"})
  public int size;

  public byte[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    bytes = Inputs.bytes(size);
  }

  @Benchmark
  public long ffmbindYaml() {
    return Bindings.YAML.sum(bytes);
  }

  @Benchmark
  public long ffmbindAnnotated() {
    return Bindings.ANNOTATED.sum(bytes);
  }

  @Benchmark
  public long ffmHand() {
    return hand.sum(bytes);
  }

  @Benchmark
  public long ffmNaive() {
    return NaiveFfm.sum(bytes);
  }

  @Benchmark
  public long jni() {
    return BenchJni.sum(bytes);
  }

  @Benchmark
  public long jnr() {
    return BenchJnr.LIB.bench_sum(bytes, bytes.length);
  }

  @Benchmark
  public long jnaDirect() {
    return JnaDirect.bench_sum(bytes, bytes.length);
  }

  @Benchmark
  public long jnaInterface() {
    return JnaInterface.LIB.bench_sum(bytes, bytes.length);
  }
}
