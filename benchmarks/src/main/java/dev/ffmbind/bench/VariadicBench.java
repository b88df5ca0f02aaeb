package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.HandFfm;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code int bench_sum_va(int n, ...)} called with three {@code int}s. ffmbind and hand-written FFM
 * link one downcall with {@code firstVariadicArg(1)}; JNI calls it from C; JNA passes an {@code
 * Object...} (boxed ints). JNR-FFI has no variadic mapping in the version used here.
 */
@State(Scope.Thread)
public class VariadicBench extends BenchDefaults {

  private int a = 10;
  private int b = 14;
  private int c = 18;

  @Benchmark
  public int ffmbindYaml() {
    return Bindings.YAML.sumVa3(3, a, b, c);
  }

  @Benchmark
  public int ffmHand() {
    return HandFfm.sumVa3(a, b, c);
  }

  @Benchmark
  public int jni() {
    return BenchJni.sumVa3(a, b, c);
  }

  @Benchmark
  public int jnr() {
    return BenchJnr.LIB.bench_sum_va(3, a, b, c);
  }

  @Benchmark
  public int jnaInterface() {
    return JnaInterface.LIB.bench_sum_va(3, a, b, c);
  }
}
