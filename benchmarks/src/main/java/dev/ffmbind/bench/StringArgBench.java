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

/** {@code size_t bench_strlen(const char*)}: a Java {@code String} encoded (UTF-8) for C. */
@State(Scope.Thread)
public class StringArgBench extends HandFfmBench {

  /** Characters (ASCII, so also bytes) in the string. */
  @Param({"16", "1024"})
  public int length;

  public String text;

  @Setup(Level.Trial)
  public void setUp() {
    text = Inputs.asciiString(length);
  }

  @Benchmark
  public long ffmbindYaml() {
    return Bindings.YAML.strlen(text);
  }

  @Benchmark
  public long ffmbindAnnotated() {
    return Bindings.ANNOTATED.strlen(text);
  }

  @Benchmark
  public long ffmHand() {
    return hand.strlen(text);
  }

  @Benchmark
  public long ffmNaive() {
    return NaiveFfm.strlen(text);
  }

  @Benchmark
  public long jni() {
    return BenchJni.strlen(text);
  }

  @Benchmark
  public long jnr() {
    return BenchJnr.LIB.bench_strlen(text);
  }

  @Benchmark
  public long jnaDirect() {
    return JnaDirect.bench_strlen(text);
  }

  @Benchmark
  public long jnaInterface() {
    return JnaInterface.LIB.bench_strlen(text);
  }
}
