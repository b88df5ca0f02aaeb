package dev.ffmbind.bench;

import com.sun.jna.LastErrorException;
import dev.ffmbind.ErrnoException;
import dev.ffmbind.bench.ffm.NaiveFfm;
import dev.ffmbind.bench.jna.JnaDirect;
import dev.ffmbind.bench.jna.JnaInterface;
import dev.ffmbind.bench.jni.BenchJni;
import dev.ffmbind.bench.jnr.BenchJnr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code int bench_errno(1)}: the failure path, where each approach builds and throws its exception
 * (stack trace included, as in real code) and the benchmark catches it and returns the errno it
 * carries (EINVAL). ffmbind's message also names the call and errno's description.
 */
@State(Scope.Thread)
public class ErrnoFailureBench extends HandFfmBench {

  public int fail = 1;

  @Benchmark
  public int ffmbindYaml() {
    try {
      return Bindings.YAML.errnoCall(fail);
    } catch (ErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int ffmbindAnnotated() {
    try {
      return Bindings.ANNOTATED.errnoCall(fail);
    } catch (ErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int ffmHand() {
    try {
      return hand.errnoCall(fail);
    } catch (BenchErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int ffmNaive() {
    try {
      return NaiveFfm.errnoCall(fail);
    } catch (BenchErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int jni() {
    try {
      return BenchJni.errnoCall(fail);
    } catch (BenchErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int jnr() {
    try {
      return BenchJnr.errnoCall(fail);
    } catch (BenchErrnoException e) {
      return e.errno();
    }
  }

  @Benchmark
  public int jnaDirect() {
    try {
      return JnaDirect.bench_errno(fail);
    } catch (LastErrorException e) {
      return e.getErrorCode();
    }
  }

  @Benchmark
  public int jnaInterface() {
    try {
      return JnaInterface.LIB.bench_errno(fail);
    } catch (LastErrorException e) {
      return e.getErrorCode();
    }
  }
}
