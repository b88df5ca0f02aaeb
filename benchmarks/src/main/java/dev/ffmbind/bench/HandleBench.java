package dev.ffmbind.bench;

import com.sun.jna.Pointer;
import dev.ffmbind.bench.annotated.Counter;
import dev.ffmbind.bench.ffm.HandFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import dev.ffmbind.bench.yaml.BenchYaml;
import java.lang.foreign.MemorySegment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code int bench_counter_step(bench_counter*)}: a call on an opaque handle, like {@code
 * sqlite3_step} on a statement. Each approach steps its own counter, created in setup with its own
 * mapping and freed in teardown, so the first step of each returns 1.
 */
@State(Scope.Thread)
public class HandleBench extends BenchDefaults {

  private BenchYaml.Counter yamlCounter;
  private Counter annotatedCounter;
  private MemorySegment handCounter;
  private long jniCounter;
  private jnr.ffi.Pointer jnrCounter;
  private Pointer jnaDirectCounter;
  private Pointer jnaInterfaceCounter;

  @Setup(Level.Trial)
  public void setUp() {
    yamlCounter = Bindings.YAML.counterNew();
    annotatedCounter = Bindings.ANNOTATED.counterNew();
    handCounter = HandFfm.counterNew();
    jniCounter = BenchJni.counterNew();
    jnrCounter = BenchJnr.LIB.bench_counter_new();
    jnaDirectCounter = JnaDirect.bench_counter_new();
    jnaInterfaceCounter = JnaInterface.LIB.bench_counter_new();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Bindings.YAML.counterFree(yamlCounter);
    Bindings.ANNOTATED.counterFree(annotatedCounter);
    HandFfm.counterFree(handCounter);
    BenchJni.counterFree(jniCounter);
    BenchJnr.LIB.bench_counter_free(jnrCounter);
    JnaDirect.bench_counter_free(jnaDirectCounter);
    JnaInterface.LIB.bench_counter_free(jnaInterfaceCounter);
  }

  @Benchmark
  public int ffmbindYaml() {
    return Bindings.YAML.counterStep(yamlCounter);
  }

  @Benchmark
  public int ffmbindAnnotated() {
    return Bindings.ANNOTATED.counterStep(annotatedCounter);
  }

  @Benchmark
  public int ffmHand() {
    return HandFfm.counterStep(handCounter);
  }

  @Benchmark
  public int jni() {
    return BenchJni.counterStep(jniCounter);
  }

  @Benchmark
  public int jnr() {
    return BenchJnr.LIB.bench_counter_step(jnrCounter);
  }

  @Benchmark
  public int jnaDirect() {
    return JnaDirect.bench_counter_step(jnaDirectCounter);
  }

  @Benchmark
  public int jnaInterface() {
    return JnaInterface.LIB.bench_counter_step(jnaInterfaceCounter);
  }
}
