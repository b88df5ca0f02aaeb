package dev.ffmbind.bench.vthreads;

import dev.ffmbind.bench.BenchDefaults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code blocking: true} costs a call from a platform thread (the JMH thread), where the stub
 * calls C itself after one {@code Thread.isVirtual()} check: libc's {@code abs} as is, declared
 * blocking through both front ends, and hand-written FFM.
 */
@State(Scope.Thread)
public class BlockingOverhead extends BenchDefaults {

  private static final LibcBlocking YAML = LibcBlocking.load();
  private static final BlockingLibc ANNOTATED = BlockingLibc_Ffm.load();

  /** A field, so the JIT cannot fold the argument. */
  public int x = -42;

  @Benchmark
  public int ffmHand() {
    return PlainFfm.abs(x);
  }

  @Benchmark
  public int ffmbindYaml() {
    return YAML.abs(x);
  }

  @Benchmark
  public int ffmbindBlockingYaml() {
    return YAML.absBlocking(x);
  }

  @Benchmark
  public int ffmbindBlockingAnnotated() {
    return ANNOTATED.absBlocking(x);
  }
}
