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
 * {@code int bench_errno(0)}: a call that reports failure through -1 and errno, on its success
 * path. What is measured is the cost of being able to read errno: FFM's {@code captureCallState}
 * (ffmbind, hand-written, naive), JNR's {@code @SaveError}, JNA's {@code LastErrorException} (which
 * also zeroes errno before the call), JNI reading errno in C.
 */
@State(Scope.Thread)
public class ErrnoSuccessBench extends HandFfmBench {

  public int fail = 0;

  @Benchmark
  public int ffmbindYaml() {
    return Bindings.YAML.errnoCall(fail);
  }

  @Benchmark
  public int ffmbindAnnotated() {
    return Bindings.ANNOTATED.errnoCall(fail);
  }

  @Benchmark
  public int ffmHand() {
    return hand.errnoCall(fail);
  }

  @Benchmark
  public int ffmNaive() {
    return NaiveFfm.errnoCall(fail);
  }

  @Benchmark
  public int jni() {
    return BenchJni.errnoCall(fail);
  }

  @Benchmark
  public int jnr() {
    return BenchJnr.errnoCall(fail);
  }

  @Benchmark
  public int jnaDirect() {
    return JnaDirect.bench_errno(fail);
  }

  @Benchmark
  public int jnaInterface() {
    return JnaInterface.LIB.bench_errno(fail);
  }
}
