package dev.ffmbind.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Paired timing of a few approaches of one benchmark class, for a machine that others are using:
 * the approaches run in short slices, in rotating order, round after round in one JVM, and each
 * approach's ratio to the first is the median of its per-round ratios. Slices of one round are
 * adjacent in time, so they share whatever load the machine has; JMH, which runs one benchmark
 * after the other, lets the load change between them.
 *
 * <p>Methods are called through reflection (a few nanoseconds per call), so this suits operations
 * of a microsecond or more: {@code QsortBench}, {@code HandleCallbackBench} (100 callbacks per
 * call). Not a replacement for the JMH suite, whose numbers docs/performance.md reports.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Dffmbind.library.path=benchmarks/target-bench/native \
 *   -cp benchmarks/target-bench/benchmarks.jar dev.ffmbind.bench.PairedRun \
 *   QsortBench ffmHand,ffmbindYaml,ffmbindAnnotated 30 150
 * </pre>
 */
public final class PairedRun {

  private static final int WARM_UP_ROUNDS = 10;

  private PairedRun() {}

  /**
   * Runs the comparison and prints one line per approach.
   *
   * @param args the benchmark class's simple name, its methods separated by commas (the first is
   *     the baseline), the number of rounds, and the slice length in milliseconds
   * @throws Exception if the class or a method is missing, or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: PairedRun <Bench class> <method,method,...> <rounds> <slice ms>");
      System.exit(2);
    }
    Class<?> type = Class.forName(PairedRun.class.getPackageName() + "." + args[0]);
    String[] names = args[1].split(",");
    int rounds = Integer.parseInt(args[2]);
    long sliceNanos = Long.parseLong(args[3]) * 1_000_000L;
    Object bench = type.getConstructor().newInstance();
    List<Method> setUps = annotated(type, Setup.class);
    for (Method m : setUps) {
      m.invoke(bench);
    }
    try {
      Method[] methods = new Method[names.length];
      int[] opsPerCall = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        methods[i] = type.getMethod(names[i]);
        OperationsPerInvocation ops = methods[i].getAnnotation(OperationsPerInvocation.class);
        opsPerCall[i] = ops == null ? 1 : ops.value();
      }
      double[][] nanosPerOp = new double[names.length][rounds];
      long sink = 0;
      for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
        for (int k = 0; k < names.length; k++) {
          int i = (k + Math.max(round, 0)) % names.length; // rotate who goes first
          long start = System.nanoTime();
          long calls = 0;
          long now;
          do {
            sink += methods[i].invoke(bench).hashCode();
            calls++;
          } while ((now = System.nanoTime()) - start < sliceNanos);
          if (round >= 0) {
            nanosPerOp[i][round] = (now - start) / (double) (calls * opsPerCall[i]);
          }
        }
      }
      for (int i = 0; i < names.length; i++) {
        double[] times = nanosPerOp[i].clone();
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratios[r] = nanosPerOp[i][r] / nanosPerOp[0][r];
        }
        Arrays.sort(times);
        Arrays.sort(ratios);
        System.out.printf(
            Locale.ROOT,
            "%-18s median %12.2f ns/op  min %12.2f  ratio to %s: median %.3f (q1 %.3f, q3 %.3f)%n",
            names[i],
            times[rounds / 2],
            times[0],
            names[0],
            ratios[rounds / 2],
            ratios[rounds / 4],
            ratios[3 * rounds / 4]);
      }
      System.out.println("(checksum " + (sink & 0xff) + ")");
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      for (Method m : annotated(type, TearDown.class)) {
        m.invoke(bench);
      }
    }
  }

  /** The public no-argument methods with the annotation, superclasses' first (as JMH runs them). */
  private static List<Method> annotated(
      Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
    List<Method> found = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      List<Method> own = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(annotation) && m.getParameterCount() == 0) {
          own.add(m);
        }
      }
      found.addAll(0, own);
    }
    return found;
  }
}
