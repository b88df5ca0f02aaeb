package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.it.scalars.Scalars;
import dev.ffmbind.it.strings.Strings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The existing scalar and string suites' bindings ({@code scalars.yaml}, {@code strings.yaml}, both
 * with {@code isolation: allowed}) called in both modes with the same inputs: every public method,
 * every combination of edge values of its parameter types. Results, copied-back arrays and
 * exceptions (class and message) must be identical. ScalarsTest and StringsTest check the
 * in-process answers themselves; this test checks that isolation changes none of them.
 */
class ExistingSuitesInBothModesTest {

  /** Counters of allocations in C: per process by nature, so they differ between the modes. */
  private static final Set<String> PROCESS_STATE = Set.of("allocCount", "freeCount", "resetCounts");

  private static final Map<Class<?>, List<Object>> VALUES =
      Map.ofEntries(
          Map.entry(byte.class, List.of((byte) 0, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE)),
          Map.entry(
              short.class,
              List.of((short) 0, (short) 255, (short) 256, (short) -1, Short.MIN_VALUE)),
          Map.entry(
              int.class, List.of(0, 1, -1, 65535, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE)),
          Map.entry(
              long.class,
              List.of(0L, -1L, 4294967295L, 4294967296L, Long.MIN_VALUE, Long.MAX_VALUE)),
          Map.entry(char.class, List.of('a', '\0', '\u00e9', '\uffff')),
          Map.entry(float.class, List.of(0f, -0f, Float.NaN, Float.MIN_VALUE, -1.5f)),
          Map.entry(double.class, List.of(0d, -0d, Double.NaN, Double.MAX_VALUE, 1e-300)),
          Map.entry(boolean.class, List.of(true, false)),
          Map.entry(
              String.class,
              Arrays.asList(
                  "", "abc", "h\u00e9llo \u20ac", "a\0b", "\ud83d\ude00", "caf\u00e9", null)));

  @TestFactory
  Stream<DynamicTest> scalarsAreTheSameIsolated() {
    return differential(Scalars.class, Scalars::load, () -> Scalars.load(Isolation.process()));
  }

  @TestFactory
  Stream<DynamicTest> stringsAreTheSameIsolated() {
    return differential(Strings.class, Strings::load, () -> Strings.load(Isolation.process()));
  }

  private static <T> Stream<DynamicTest> differential(
      Class<T> type, Supplier<T> inProcess, Supplier<T> isolated) {
    List<Method> methods =
        Arrays.stream(type.getDeclaredMethods())
            .filter(
                m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> !PROCESS_STATE.contains(m.getName()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    assertTrue(methods.size() > 10, type + ": " + methods);
    T local = inProcess.get();
    T remote = isolated.get();
    List<DynamicTest> tests = new ArrayList<>();
    for (Method m : methods) {
      tests.add(
          DynamicTest.dynamicTest(
              type.getSimpleName() + "." + m.getName(), () -> compare(m, local, remote)));
    }
    tests.add(
        DynamicTest.dynamicTest(
            type.getSimpleName() + " helper stops",
            () -> Isolation.processOf(remote).orElseThrow().close()));
    return tests.stream();
  }

  private static void compare(Method m, Object local, Object remote) throws Exception {
    List<Object[]> inputs = inputs(m.getParameterTypes());
    assertTrue(!inputs.isEmpty(), m + " takes types this test has no values for");
    for (Object[] args : inputs) {
      String what = m.getName() + Arrays.deepToString(args);
      Object[] a = args.clone();
      Object[] b = args.clone();
      String expected = outcome(m, local, a);
      String actual = outcome(m, remote, b);
      assertEquals(expected, actual, what);
    }
  }

  /** The result, or the exception's class and message, as text. */
  private static String outcome(Method m, Object target, Object[] args) throws Exception {
    try {
      Object r = m.invoke(target, args);
      return "returned " + (r instanceof Object[] o ? Arrays.deepToString(o) : Objects.toString(r));
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      return "threw " + t.getClass().getName() + ": " + t.getMessage();
    }
  }

  private static List<Object[]> inputs(Class<?>[] types) {
    List<Object[]> all = new ArrayList<>();
    all.add(new Object[types.length]);
    for (int i = 0; i < types.length; i++) {
      List<Object> values = VALUES.get(types[i]);
      if (values == null) {
        return List.of();
      }
      List<Object[]> next = new ArrayList<>();
      for (Object[] prefix : all) {
        for (Object v : values) {
          Object[] args = prefix.clone();
          args[i] = v;
          next.add(args);
        }
      }
      all = next;
    }
    return all;
  }
}
