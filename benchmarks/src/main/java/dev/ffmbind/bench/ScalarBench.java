package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.HandFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code int bench_add(int, int)}: the cost of the call itself. No temporaries, so there is no
 * naive-FFM variant (it would be the best-practice code).
 */
@State(Scope.Thread)
public class ScalarBench extends BenchDefaults {

  // Fields, not constants, so the JIT cannot fold the arguments.
  public int a = 20;
  public int b = 22;

  @Benchmark
  public int ffmbindYaml() {
    return Bindings.YAML.add(a, b);
  }

  @Benchmark
  public int ffmbindAnnotated() {
    return Bindings.ANNOTATED.add(a, b);
  }

  @Benchmark
  public int ffmHand() {
    return HandFfm.add(a, b);
  }

  @Benchmark
  public int jni() {
    return BenchJni.add(a, b);
  }

  @Benchmark
  public int jnr() {
    return BenchJnr.LIB.bench_add(a, b);
  }

  @Benchmark
  public int jnaDirect() {
    return JnaDirect.bench_add(a, b);
  }

  @Benchmark
  public int jnaInterface() {
    return JnaInterface.LIB.bench_add(a, b);
  }
}
