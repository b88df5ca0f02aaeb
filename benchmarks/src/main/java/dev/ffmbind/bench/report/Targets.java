package dev.ffmbind.bench.report;

import dev.ffmbind.bench.report.PerformanceReport.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Checks issue 5's targets against a result table and renders the verdicts as Markdown. */
final class Targets {

  private static final String[] FRONT_ENDS = {"ffmbindYaml", "ffmbindAnnotated"};

  /** Operations for the speed-versus-peers targets ("scalar, string and callback"). */
  private static final Set<String> PEER_OPERATIONS =
      Set.of("ScalarBench", "StringArgBench", "QsortBench");

  private Targets() {}

  static String check(Map<String, Map<String, Result>> rows) {
    StringBuilder md =
        new StringBuilder("| target | verdict | where it is missed |\n|---|---|---|\n");

    // 1. Within 10 % of best-practice FFM, every operation, both front ends.
    List<String> slow = new ArrayList<>();
    int checked = 0;
    for (Map<String, Result> row : rows.values()) {
      double hand = PerformanceReport.ns(row, "ffmHand");
      for (String frontEnd : FRONT_ENDS) {
        double ratio = PerformanceReport.ns(row, frontEnd) / hand;
        if (!Double.isNaN(ratio)) {
          checked++;
          if (ratio > 1.10) {
            slow.add(label(row) + ", " + frontEnd + " " + PerformanceReport.ratio(ratio));
          }
        }
      }
    }
    md.append(
        line("ffmbind ≤ 1.10× FFM best practice, every operation, both front ends", checked, slow));

    // 2. No allocation where nothing needs to be allocated.
    List<String> allocating = new ArrayList<>();
    checked = 0;
    Predicate<Result> zeroAllocRow =
        r ->
            switch (r.operation()) {
              case "ScalarBench",
                  "CriticalScalarBench",
                  "ErrnoSuccessBench",
                  "BytesCriticalBench" ->
                  true;
              case "StringArgBench" -> param(r, "length") <= 256;
              default -> false;
            };
    for (Map<String, Result> row : rows.values()) {
      for (String frontEnd : FRONT_ENDS) {
        Result r = row.get(frontEnd);
        if (r != null && zeroAllocRow.test(r) && !Double.isNaN(r.bytesPerOp())) {
          checked++;
          if (r.bytesPerOp() >= PerformanceReport.ZERO_BYTES) {
            allocating.add(
                label(row)
                    + ", "
                    + frontEnd
                    + String.format(Locale.ROOT, " %.0f B/op", r.bytesPerOp()));
          }
        }
      }
    }
    md.append(
        line(
            "0 B/op: scalar, errno success, string ≤ 256 B, critical `byte[]`",
            checked,
            allocating));

    // 3. Against the peers, on scalar, string and callback operations.
    md.append(
        peerLine(
            rows,
            "jnaInterface",
            20,
            "≥ 20× faster than JNA interface (scalar, string, callback)"));
    md.append(peerLine(rows, "jnr", 2, "≥ 2× faster than JNR-FFI (scalar, string, callback)"));

    // 4. Callbacks: the qsort row against the cached hand-written upcall stub.
    List<String> slowCallbacks = new ArrayList<>();
    checked = 0;
    for (Map<String, Result> row : rows.values()) {
      if (!"QsortBench".equals(row.values().iterator().next().operation())) {
        continue;
      }
      double hand = PerformanceReport.ns(row, "ffmHand");
      for (String frontEnd : FRONT_ENDS) {
        double ratio = PerformanceReport.ns(row, frontEnd) / hand;
        if (!Double.isNaN(ratio)) {
          checked++;
          if (ratio > 1.20) {
            slowCallbacks.add(label(row) + ", " + frontEnd + " " + PerformanceReport.ratio(ratio));
          }
        }
      }
    }
    md.append(
        checked == 0
            ? "| callbacks within 1.2× of a cached hand-written upcall stub | pending: no ffmbind qsort measured | |\n"
            : line(
                "callbacks within 1.2× of a cached hand-written upcall stub",
                checked,
                slowCallbacks));
    return md.toString();
  }

  private static String peerLine(
      Map<String, Map<String, Result>> rows, String peer, double factor, String title) {
    List<String> misses = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int checked = 0;
    for (Map<String, Result> row : rows.values()) {
      Result any = row.values().iterator().next();
      if (!PEER_OPERATIONS.contains(any.operation()) || !row.containsKey(peer)) {
        continue;
      }
      double ffmbind =
          Math.max(
              PerformanceReport.ns(row, FRONT_ENDS[0]), PerformanceReport.ns(row, FRONT_ENDS[1]));
      if (Double.isNaN(ffmbind)) {
        pending.add(label(row));
        continue;
      }
      checked++;
      double speedup = PerformanceReport.ns(row, peer) / ffmbind;
      if (speedup < factor) {
        misses.add(label(row) + " " + PerformanceReport.ratio(speedup));
      }
    }
    String line = line(title, checked, misses);
    if (!pending.isEmpty()) {
      line =
          line.substring(0, line.length() - 3)
              + (misses.isEmpty() ? "" : "; ")
              + "not yet measurable (no ffmbind binding): "
              + String.join(", ", pending)
              + " |\n";
    }
    return line;
  }

  private static String line(String title, int checked, List<String> misses) {
    String verdict =
        checked == 0
            ? "not measured"
            : misses.isEmpty()
                ? "**met** (" + checked + " checks)"
                : "**missed** " + misses.size() + " of " + checked;
    return "| " + title + " | " + verdict + " | " + String.join("; ", misses) + " |\n";
  }

  private static String label(Map<String, Result> row) {
    return PerformanceReport.label(row.values().iterator().next());
  }

  private static int param(Result r, String name) {
    for (String kv : r.params().split(",")) {
      if (kv.startsWith(name + "=")) {
        return Integer.parseInt(kv.substring(name.length() + 1));
      }
    }
    return Integer.MAX_VALUE;
  }
}
