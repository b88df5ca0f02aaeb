package dev.ffmbind.bench;

import dev.ffmbind.Ref;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jna.JnaTv;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import dev.ffmbind.bench.yaml.BenchYaml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code int bench_fill_tv(struct bench_tv*)}: a struct out-parameter (two {@code long}s). Every
 * approach returns {@code tv_sec + tv_usec}. ffmbind is called as a caller writes it, with a {@code
 * Ref<BenchTv>} made for the call (the stub sets it to a record copied out of C; when the stub is
 * inlined, escape analysis removes both; a {@code Ref} kept in a field instead makes the record
 * escape by design, 32 B/op, see benchmarks/performance-analysis.md). The other approaches reuse a
 * holder: hand-written FFM a native struct, JNI a {@code long[2]}, JNR a {@code Struct}, JNA a
 * {@code Structure}.
 */
@State(Scope.Thread)
public class StructOutBench extends HandFfmBench {

  private final long[] fields = new long[2];
  private final BenchJnr.Tv jnrTv = new BenchJnr.Tv(BenchJnr.RUNTIME);
  private final JnaTv jnaTv = new JnaTv();

  @Benchmark
  public long ffmbindYaml() {
    Ref<BenchYaml.BenchTv> out = new Ref<>();
    check(Bindings.YAML.fillTv(out));
    BenchYaml.BenchTv tv = out.get();
    return tv.tvSec() + tv.tvUsec();
  }

  @Benchmark
  public long ffmHand() {
    return hand.fillTv();
  }

  @Benchmark
  public long jni() {
    check(BenchJni.fillTv(fields));
    return fields[0] + fields[1];
  }

  @Benchmark
  public long jnr() {
    check(BenchJnr.LIB.bench_fill_tv(jnrTv));
    return jnrTv.tvSec.get() + jnrTv.tvUsec.get();
  }

  @Benchmark
  public long jnaInterface() {
    check(JnaInterface.LIB.bench_fill_tv(jnaTv));
    return jnaTv.tv_sec.longValue() + jnaTv.tv_usec.longValue();
  }

  private static void check(int status) {
    if (status != 0) {
      throw new IllegalStateException("bench_fill_tv returned " + status);
    }
  }
}
