package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.NaiveFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code char* bench_strdup(const char*)} + {@code bench_free}: a 16-character string in, an owned
 * C string out, copied to a Java {@code String} and freed exactly once.
 */
@State(Scope.Thread)
public class OwnedStringBench extends HandFfmBench {

  public String text;

  @Setup(Level.Trial)
  public void setUp() {
    text = Inputs.asciiString(16);
  }

  @Benchmark
  public String ffmbindYaml() {
    return Bindings.YAML.strdup(text);
  }

  @Benchmark
  public String ffmbindAnnotated() {
    return Bindings.ANNOTATED.strdup(text);
  }

  @Benchmark
  public String ffmHand() {
    return hand.strdup(text);
  }

  @Benchmark
  public String ffmNaive() {
    return NaiveFfm.strdup(text);
  }

  @Benchmark
  public String jni() {
    return BenchJni.strdup(text);
  }

  @Benchmark
  public String jnr() {
    return BenchJnr.strdup(text);
  }

  @Benchmark
  public String jnaDirect() {
    return JnaDirect.strdup(text);
  }

  @Benchmark
  public String jnaInterface() {
    return JnaInterface.strdup(text);
  }
}
