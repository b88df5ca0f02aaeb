package dev.ffmbind.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the harness honest without timing anything: every benchmark method of every {@code *Bench}
 * class (found on disk, so a new one cannot be forgotten) is called directly and must return the
 * operation's known answer, computed here in plain Java; then JMH itself runs every benchmark for
 * one tiny iteration in this JVM, so the generated harness cannot rot either.
 */
class BenchmarkSmokeTest {

  /** The approaches, i.e. the method names the report lays out as columns. */
  static final Set<String> APPROACHES =
      Set.of(
          "ffmbindYaml",
          "ffmbindAnnotated",
          "ffmHand",
          "ffmNaive",
          "jni",
          "jnr",
          "jnaDirect",
          "jnaInterface");

  private static final int EINVAL = 22;

  /** Expected result per benchmark class, as a function of its single @Param (0 if none). */
  private static final Map<String, IntFunction<Object>> EXPECTED =
      Map.ofEntries(
          Map.entry("ScalarBench", p -> 42L),
          Map.entry("CriticalScalarBench", p -> 42L),
          Map.entry("StringArgBench", p -> (long) p),
          Map.entry("OwnedStringBench", p -> Inputs.asciiString(16)),
          Map.entry("BytesCopyBench", BenchmarkSmokeTest::unsignedSum),
          Map.entry("BytesCriticalBench", BenchmarkSmokeTest::unsignedSum),
          Map.entry("OutParamBench", p -> 42L),
          // bench_pair_make(40, 2.0), bench_fill_tv's {40, 2} and bench_sum_va(3, 10, 14, 18).
          Map.entry("StructReturnBench", p -> 42L),
          Map.entry("StructOutBench", p -> 42L),
          Map.entry("VariadicBench", p -> 42L),
          Map.entry("ErrnoSuccessBench", p -> 0L),
          Map.entry("ErrnoFailureBench", p -> (long) EINVAL),
          // Each approach steps its own fresh counter once.
          Map.entry("HandleBench", p -> 1L),
          Map.entry("QsortBench", p -> sortedFingerprint(QsortBench.COUNT)),
          // The callback returns its index: 0 + 1 + ... + 99.
          Map.entry("HandleCallbackBench", p -> (long) (HandleCallbackBench.CALLS * 99 / 2)));

  @Test
  void everyBenchmarkClassHasAnExpectedResult() throws Exception {
    assertEquals(
        new TreeSet<>(EXPECTED.keySet()),
        benchmarkClasses().stream()
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @TestFactory
  Stream<DynamicTest> everyApproachReturnsTheCorrectResult() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : benchmarkClasses()) {
      Field param = paramField(type);
      String[] values =
          param == null ? new String[] {"0"} : param.getAnnotation(Param.class).value();
      for (String value : values) {
        String name =
            type.getSimpleName() + (param == null ? "" : " " + param.getName() + "=" + value);
        tests.add(
            DynamicTest.dynamicTest(name, () -> checkAll(type, param, Integer.parseInt(value))));
      }
    }
    return tests.stream();
  }

  private static void checkAll(Class<?> type, Field param, int value) throws Exception {
    Object expected = EXPECTED.get(type.getSimpleName()).apply(value);
    Object bench = type.getConstructor().newInstance();
    if (param != null) {
      param.setInt(bench, value);
    }
    invokeAnnotated(bench, Setup.class);
    try {
      List<Method> methods = benchmarkMethods(type);
      assertTrue(methods.size() >= 3, type.getSimpleName() + " compares at least three approaches");
      for (Method method : methods) {
        assertTrue(APPROACHES.contains(method.getName()), "unknown approach " + method.getName());
        Object actual = unwrap(() -> method.invoke(bench));
        assertNotNull(actual, method.getName());
        assertEquals(
            expected,
            actual instanceof Number n ? (Object) n.longValue() : actual,
            type.getSimpleName() + "." + method.getName());
      }
    } finally {
      invokeAnnotated(bench, TearDown.class);
    }
  }

  @Test
  void jmhRunsEveryBenchmarkOnce() throws RunnerException, Exception {
    // In this JVM (forks 0: it already has native access and the library path), one tiny
    // iteration per benchmark and parameter: proves the generated harness and its states work.
    Options options =
        new OptionsBuilder()
            .include("dev\\.ffmbind\\.bench\\..*Bench\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(5))
            .timeUnit(TimeUnit.NANOSECONDS)
            .shouldFailOnError(true)
            .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    int expected = 0;
    for (Class<?> type : benchmarkClasses()) {
      Field param = paramField(type);
      int combinations = param == null ? 1 : param.getAnnotation(Param.class).value().length;
      expected += combinations * benchmarkMethods(type).size();
    }
    assertEquals(expected, results.size(), "one result per benchmark and parameter");
    for (RunResult result : results) {
      assertFalse(
          Double.isNaN(result.getPrimaryResult().getScore()), result.getParams().getBenchmark());
    }
  }

  /** The benchmark classes: every {@code *Bench.class} next to {@link ScalarBench}. */
  static List<Class<?>> benchmarkClasses() throws Exception {
    Path dir = Path.of(ScalarBench.class.getResource("ScalarBench.class").toURI()).getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith("Bench.class")) {
          Class<?> type =
              Class.forName("dev.ffmbind.bench." + name.substring(0, name.length() - 6));
          if (!Modifier.isAbstract(type.getModifiers())) {
            classes.add(type);
          }
        }
      }
    }
    return classes;
  }

  private static List<Method> benchmarkMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .toList();
  }

  private static Field paramField(Class<?> type) {
    List<Field> params =
        Arrays.stream(type.getFields()).filter(f -> f.isAnnotationPresent(Param.class)).toList();
    assertTrue(params.size() <= 1, type + ": the smoke test handles at most one @Param");
    return params.isEmpty() ? null : params.get(0);
  }

  private static void invokeAnnotated(
      Object bench, Class<? extends java.lang.annotation.Annotation> annotation) throws Exception {
    for (Method method : bench.getClass().getMethods()) {
      if (method.isAnnotationPresent(annotation)) {
        unwrap(() -> method.invoke(bench));
      }
    }
  }

  private interface Call {
    Object call() throws Exception;
  }

  private static Object unwrap(Call call) throws Exception {
    try {
      return call.call();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static Object unsignedSum(int size) {
    long sum = 0;
    for (byte b : Inputs.bytes(size)) {
      sum += Byte.toUnsignedInt(b);
    }
    return sum;
  }

  private static Object sortedFingerprint(int count) {
    int[] sorted = Inputs.shuffledInts(count);
    Arrays.sort(sorted);
    return Inputs.fingerprint(sorted);
  }
}
