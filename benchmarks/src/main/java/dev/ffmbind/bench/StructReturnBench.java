package dev.ffmbind.bench;

import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jna.JnaPair;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.yaml.BenchYaml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code struct bench_pair bench_pair_make(int, double)}: a 16-byte struct (one INTEGER and one SSE
 * eightbyte) returned by value. Every approach returns {@code id + (long) value}. ffmbind returns a
 * value record; hand-written FFM receives the struct into a reused native buffer; JNI reduces it in
 * C; JNA builds a {@code Structure.ByValue}. JNR-FFI cannot return a struct by value, so it has no
 * row here.
 */
@State(Scope.Thread)
public class StructReturnBench extends HandFfmBench {

  private int id = 40;
  private double value = 2.0;

  @Benchmark
  public long ffmbindYaml() {
    BenchYaml.BenchPair pair = Bindings.YAML.pairMake(id, value);
    return pair.id() + (long) pair.value();
  }

  @Benchmark
  public long ffmHand() {
    return hand.pairMake(id, value);
  }

  @Benchmark
  public long jni() {
    return BenchJni.pairMake(id, value);
  }

  @Benchmark
  public long jnaInterface() {
    JnaPair pair = JnaInterface.LIB.bench_pair_make(id, value);
    return pair.id + (long) pair.value;
  }
}
