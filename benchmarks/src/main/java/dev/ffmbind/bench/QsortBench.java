package dev.ffmbind.bench;

import dev.ffmbind.bench.annotated.BenchLib;
import dev.ffmbind.bench.ffm.NaiveFfm;
import dev.ffmbind.bench.jna.JnaLibc;
import dev.ffmbind.bench.jna.JnaLibcDirect;
import dev.ffmbind.bench.jnr.BenchJnr;
import dev.ffmbind.bench.yaml.BenchYaml;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The C library's {@code qsort} of 256 ints with a Java comparator: upcall cost (about 2,000
 * comparator calls per sort). Each call sorts a fresh copy of the same shuffled array and returns
 * an order-sensitive fingerprint of the result.
 *
 * <p>ffmbind binds qsort from bench.yaml and from {@code BenchLib} ({@code lifetime: call}, no user
 * data): each call passes the callback type's one cached upcall stub, and the stub finds the
 * comparator on the calling thread's frame stack. The comparator reads the two ints the way the
 * hand-written one does.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QsortBench extends HandFfmBench {

  /** Ints per sort. */
  public static final int COUNT = 256;

  private final int[] original = Inputs.shuffledInts(COUNT);
  private final int[] work = new int[COUNT];

  private int[] fresh() {
    System.arraycopy(original, 0, work, 0, COUNT);
    return work;
  }

  private static final BenchYaml.IntComparator YAML_COMPARATOR =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));

  private static final BenchLib.IntComparator ANNOTATED_COMPARATOR =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));

  @Benchmark
  public long ffmbindYaml() {
    int[] values = fresh();
    Bindings.YAML.qsort(values, YAML_COMPARATOR);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long ffmbindAnnotated() {
    int[] values = fresh();
    Bindings.ANNOTATED.qsort(values, ANNOTATED_COMPARATOR);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long ffmHand() {
    int[] values = fresh();
    hand.qsort(values);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long ffmNaive() {
    int[] values = fresh();
    NaiveFfm.qsort(values);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long jnr() {
    int[] values = fresh();
    BenchJnr.LIB.qsort(values, COUNT, Integer.BYTES, BenchJnr.COMPARATOR);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long jnaDirect() {
    int[] values = fresh();
    JnaLibcDirect.qsort(values, COUNT, Integer.BYTES, JnaLibc.COMPARATOR);
    return Inputs.fingerprint(values);
  }

  @Benchmark
  public long jnaInterface() {
    int[] values = fresh();
    JnaLibc.LIB.qsort(values, COUNT, Integer.BYTES, JnaLibc.COMPARATOR);
    return Inputs.fingerprint(values);
  }
}
