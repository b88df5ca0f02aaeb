package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.NaiveFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code void bench_out(int* out)}: an out-parameter. Approaches that take an {@code int[]} reuse
 * one; hand-written FFM reads the int from a reused native slot.
 */
@State(Scope.Thread)
public class OutParamBench extends HandFfmBench {

  private final int[] out = new int[1];

  @Benchmark
  public int ffmbindYaml() {
    Bindings.YAML.out(out);
    return out[0];
  }

  @Benchmark
  public int ffmbindAnnotated() {
    Bindings.ANNOTATED.out(out);
    return out[0];
  }

  @Benchmark
  public int ffmHand() {
    return hand.out();
  }

  @Benchmark
  public int ffmNaive() {
    return NaiveFfm.out();
  }

  @Benchmark
  public int jni() {
    BenchJni.out(out);
    return out[0];
  }

  @Benchmark
  public int jnr() {
    BenchJnr.LIB.bench_out(out);
    return out[0];
  }

  @Benchmark
  public int jnaDirect() {
    JnaDirect.bench_out(out);
    return out[0];
  }

  @Benchmark
  public int jnaInterface() {
    JnaInterface.LIB.bench_out(out);
    return out[0];
  }
}
