package dev.ffmbind.processor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded property runner with shrinking, small enough to read in one sitting.
 *
 * <p>Each try draws a fresh {@link Choices} sequence from the seed, generates an input from it and
 * checks it. A failing input is shrunk by editing its choice sequence (deleting runs of choices,
 * lowering single choices) and keeping every edit whose input still fails with the same {@linkplain
 * Violation#signature() signature}, until no edit helps or the shrink time is up. The same seed and
 * try count always give the same inputs.
 *
 * <p>System properties (docs/fuzzing.md): {@code ffmbind.fuzz.tries} (tries per property), {@code
 * ffmbind.fuzz.seed}, {@code ffmbind.fuzz.collect=true} (keep going after a failure and report
 * every distinct signature), {@code ffmbind.fuzz.shrinkSeconds}, {@code ffmbind.fuzz.report} (a
 * file the report is appended to).
 */
final class Fuzz {

  private Fuzz() {}

  /** What a check found wrong: a signature that names the failure class, and the details. */
  record Violation(String signature, String detail) {}

  /** A property: an empty result means the input passed. */
  interface Check<T> {
    Optional<Violation> check(T input);
  }

  /** A shrunk failure. */
  record Failure(String property, Violation violation, String input, int tryIndex, int count) {}

  static final long SEED = Long.getLong("ffmbind.fuzz.seed", 20_261_127L);
  static final boolean COLLECT = Boolean.getBoolean("ffmbind.fuzz.collect");
  static final long SHRINK_MILLIS = Long.getLong("ffmbind.fuzz.shrinkSeconds", 30) * 1000;

  /** The tries of a property: {@code ffmbind.fuzz.tries} if set, else {@code bounded}. */
  static int tries(int bounded) {
    return Integer.getInteger("ffmbind.fuzz.tries", bounded);
  }

  /**
   * Runs {@code check} on {@code tries} generated inputs and fails with the shrunk reproducers of
   * what it found.
   */
  static <T> void run(
      String property,
      int tries,
      Function<Choices, T> generator,
      Function<T, String> show,
      Check<T> check) {
    SplittableRandom seeds = new SplittableRandom(SEED ^ property.hashCode());
    Map<String, Failure> found = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < tries; i++) {
      Choices choices = Choices.random(seeds.nextLong());
      T input = generator.apply(choices);
      Optional<Violation> violation = check.check(input);
      if (violation.isEmpty()) {
        continue;
      }
      String signature = violation.get().signature();
      Failure known = found.get(signature);
      if (known != null) {
        found.put(
            signature,
            new Failure(
                property, known.violation(), known.input(), known.tryIndex(), known.count() + 1));
        continue;
      }
      found.put(
          signature,
          shrink(property, i, choices.recorded(), violation.get(), generator, show, check));
      if (!COLLECT) {
        break;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String summary =
        property
            + ": "
            + tries
            + " tries (seed "
            + SEED
            + ") in "
            + millis
            + " ms, "
            + found.size()
            + " distinct failure(s)";
    System.out.println("[ffmbind.fuzz] " + summary);
    if (found.isEmpty()) {
      return;
    }
    StringBuilder report = new StringBuilder(summary).append('\n');
    for (Failure f : found.values()) {
      report
          .append("\n=== ")
          .append(f.property())
          .append(" | ")
          .append(f.violation().signature())
          .append(" (first at try ")
          .append(f.tryIndex())
          .append(", seen ")
          .append(f.count())
          .append("x)\n--- shrunk input:\n")
          .append(f.input())
          .append("\n--- detail:\n")
          .append(f.violation().detail())
          .append('\n');
    }
    String reportFile = System.getProperty("ffmbind.fuzz.report");
    if (reportFile != null) {
      try {
        Files.writeString(
            Path.of(reportFile),
            report + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new AssertionError(report.toString());
  }

  private static <T> Failure shrink(
      String property,
      int tryIndex,
      int[] choices,
      Violation violation,
      Function<Choices, T> generator,
      Function<T, String> show,
      Check<T> check) {
    long deadline = System.currentTimeMillis() + SHRINK_MILLIS;
    int[] best = choices;
    Violation bestViolation = violation;
    T bestInput = generator.apply(Choices.replay(best));
    Set<String> tried = new HashSet<>();
    boolean improved = true;
    while (improved && System.currentTimeMillis() < deadline) {
      improved = false;
      for (int[] candidate : edits(best)) {
        if (System.currentTimeMillis() >= deadline) {
          break;
        }
        if (!tried.add(Arrays.toString(candidate))) {
          continue;
        }
        Choices replay = Choices.replay(candidate);
        T input = generator.apply(replay);
        Optional<Violation> again = check.check(input);
        if (again.isPresent() && again.get().signature().equals(violation.signature())) {
          int[] normalized = replay.recorded();
          if (simpler(normalized, best)) {
            best = normalized;
            bestInput = input;
            bestViolation = again.get();
            improved = true;
            break;
          }
        }
      }
    }
    return new Failure(property, bestViolation, show.apply(bestInput), tryIndex, 1);
  }

  /** Shorter first, then smaller choice by choice. */
  private static boolean simpler(int[] a, int[] b) {
    return a.length != b.length ? a.length < b.length : Arrays.compare(a, b) < 0;
  }

  /** Candidate edits of a choice sequence, the most drastic first. */
  private static List<int[]> edits(int[] s) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < s.length; i++) { // zero first: counts and options shrink fastest
      if (s[i] > 0) {
        int[] c = s.clone();
        c[i] = 0;
        out.add(c);
      }
    }
    for (int chunk : new int[] {64, 32, 16, 8, 4, 2, 1}) {
      for (int i = s.length - chunk; i >= 0; i--) {
        int[] c = new int[s.length - chunk];
        System.arraycopy(s, 0, c, 0, i);
        System.arraycopy(s, i + chunk, c, i, s.length - i - chunk);
        out.add(c);
      }
    }
    for (int i = 0; i < s.length; i++) {
      if (s[i] > 0) {
        for (int v : new int[] {s[i] / 2, s[i] - 1}) {
          int[] c = s.clone();
          c[i] = v;
          out.add(c);
        }
      }
    }
    return out;
  }
}
