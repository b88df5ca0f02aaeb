package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.HandFfm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code bench_add} linked as a critical function: ffmbind's {@code critical: true} /
 * {@code @Critical} against FFM's {@code Linker.Option.critical(false)}. Only FFM has this mode
 * (JNI's critical natives are gone since JDK 18).
 */
@State(Scope.Thread)
public class CriticalScalarBench extends BenchDefaults {

  public int a = 20;
  public int b = 22;

  @Benchmark
  public int ffmbindYaml() {
    return Bindings.YAML.addCritical(a, b);
  }

  @Benchmark
  public int ffmbindAnnotated() {
    return Bindings.ANNOTATED.addCritical(a, b);
  }

  @Benchmark
  public int ffmHand() {
    return HandFfm.addCritical(a, b);
  }
}
