package dev.ffmbind.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results into docs/performance.md (and a flat CSV, and the SVG chart
 * docs/performance.svg drawn by {@link Chart}): the machine, the full table of ns/op with B/op, the
 * ratios to best-practice FFM and to JNA/JNR, the targets checked against the numbers, and
 * how to reproduce. The hand-written analysis (causes of misses) is included verbatim from a
 * separate file so regenerating never loses it.
 *
 * <pre>
 * java -cp benchmarks.jar dev.ffmbind.bench.report.PerformanceReport \
 *     --json results.json --csv results.csv --out docs/performance.md \
 *     [--analysis performance-analysis.md] [--mode quick|full]
 * </pre>
 *
 * <p>A benchmark's score is the median over forks of each fork's mean (with one fork, its mean).
 */
public final class PerformanceReport {

  /** Approach = benchmark method name; the order and titles of the table's columns. */
  static final Map<String, String> APPROACHES = new LinkedHashMap<>();

  static {
    APPROACHES.put("ffmbindYaml", "ffmbind YAML");
    APPROACHES.put("ffmbindAnnotated", "ffmbind annotated");
    APPROACHES.put("ffmHand", "FFM best practice");
    APPROACHES.put("ffmNaive", "FFM naive");
    APPROACHES.put("jni", "JNI");
    APPROACHES.put("jnr", "JNR-FFI 2.3.4");
    APPROACHES.put("jnaDirect", "JNA direct");
    APPROACHES.put("jnaInterface", "JNA interface");
  }

  /** Benchmark class = operation; the order and titles of the table's rows. */
  static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

  static {
    OPERATIONS.put("ScalarBench", "scalar `int bench_add(int,int)`");
    OPERATIONS.put("CriticalScalarBench", "critical scalar `bench_add`");
    OPERATIONS.put("StringArgBench", "string arg `bench_strlen`, {length} chars");
    OPERATIONS.put(
        "OwnedStringBench", "owned string return `bench_strdup` + `bench_free` (16 chars)");
    OPERATIONS.put("BytesCopyBench", "`byte[]` in, copied, {size} B");
    OPERATIONS.put("BytesCriticalBench", "`byte[]` in, critical/in place, {size} B");
    OPERATIONS.put("OutParamBench", "out-param `bench_out(int*)`");
    OPERATIONS.put("StructReturnBench", "struct by value `bench_pair_make` (16 B)");
    OPERATIONS.put("StructOutBench", "struct out-param `bench_fill_tv(struct bench_tv*)`");
    OPERATIONS.put("VariadicBench", "variadic `bench_sum_va(3, int, int, int)`");
    OPERATIONS.put("ErrnoSuccessBench", "errno call, success path");
    OPERATIONS.put("ErrnoFailureBench", "errno call, failure path (exception)");
    OPERATIONS.put("HandleBench", "handle call `bench_counter_step`");
    OPERATIONS.put("QsortBench", "callback: `qsort` 256 ints, Java comparator");
    OPERATIONS.put(
        "HandleCallbackBench", "callback set on a handle: one invocation (of 100 per call)");
  }

  /** The chart's file name, written next to the Markdown report. */
  static final String CHART = "performance.svg";

  /** Below this many bytes per operation, an allocation rate counts as zero (JMH noise). */
  static final double ZERO_BYTES = 1.0;

  /** One benchmark (method and parameter values) with its score. */
  record Result(
      String operation,
      String params,
      String approach,
      double nsPerOp,
      double errorNs,
      double bytesPerOp,
      int forks,
      int iterations) {

    String rowKey() {
      return operation + (params.isEmpty() ? "" : " " + params);
    }
  }

  private PerformanceReport() {}

  /**
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = parseArgs(args);
    Path json = Path.of(require(options, "json"));
    Path out = Path.of(require(options, "out"));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<Result> results = parse(root);
    if (results.isEmpty()) {
      throw new IllegalArgumentException(json + " holds no results of known benchmarks");
    }
    if (options.containsKey("csv")) {
      Files.writeString(Path.of(options.get("csv")), csv(results), StandardCharsets.UTF_8);
    }
    String analysis =
        options.containsKey("analysis") && Files.exists(Path.of(options.get("analysis")))
            ? Files.readString(Path.of(options.get("analysis")), StandardCharsets.UTF_8)
            : "";
    String markdown =
        markdown(
            results,
            root.get(0),
            options.getOrDefault("mode", "custom"),
            analysis,
            Machine.describe());
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    Path svg = out.resolveSibling(CHART);
    Files.writeString(svg, Chart.svg(table(results), columns(results)), StandardCharsets.UTF_8);
    System.out.println("wrote " + svg);
    System.out.println("wrote " + out + " (" + results.size() + " benchmarks)");
  }

  static List<Result> parse(JsonNode root) {
    List<Result> results = new ArrayList<>();
    for (JsonNode node : root) {
      String benchmark = node.get("benchmark").asText();
      String[] parts = benchmark.split("\\.");
      String operation = parts[parts.length - 2];
      String approach = parts[parts.length - 1];
      if (!OPERATIONS.containsKey(operation) || !APPROACHES.containsKey(approach)) {
        continue;
      }
      StringBuilder params = new StringBuilder();
      JsonNode paramNode = node.get("params");
      if (paramNode != null) {
        new TreeMap<>(toMap(paramNode))
            .forEach(
                (k, v) ->
                    params.append(params.isEmpty() ? "" : ",").append(k).append('=').append(v));
      }
      JsonNode primary = node.get("primaryMetric");
      double toNs = nanosPer(primary.get("scoreUnit").asText());
      double score =
          medianOfForkMeans(primary.get("rawData")).orElse(primary.get("score").asDouble());
      double error = primary.get("scoreError").asDouble();
      double bytes = Double.NaN;
      JsonNode secondary = node.get("secondaryMetrics");
      if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
        bytes = secondary.get("gc.alloc.rate.norm").get("score").asDouble();
      }
      results.add(
          new Result(
              operation,
              params.toString(),
              approach,
              score * toNs,
              Double.isNaN(error) ? Double.NaN : error * toNs,
              bytes,
              node.get("forks").asInt(),
              node.get("measurementIterations").asInt()));
    }
    return results;
  }

  private static Map<String, String> toMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  /** The median over forks of each fork's mean score, in the score's unit. */
  static Optional<Double> medianOfForkMeans(JsonNode rawData) {
    if (rawData == null || !rawData.isArray() || rawData.isEmpty()) {
      return Optional.empty();
    }
    double[] means = new double[rawData.size()];
    for (int f = 0; f < rawData.size(); f++) {
      JsonNode fork = rawData.get(f);
      double sum = 0;
      for (JsonNode v : fork) {
        sum += v.asDouble();
      }
      means[f] = sum / fork.size();
    }
    Arrays.sort(means);
    int n = means.length;
    return Optional.of(n % 2 == 1 ? means[n / 2] : (means[n / 2 - 1] + means[n / 2]) / 2);
  }

  private static double nanosPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default ->
          throw new IllegalArgumentException(
              "unexpected unit " + unit + " (use average-time mode)");
    };
  }

  static String csv(List<Result> results) {
    StringBuilder sb =
        new StringBuilder(
            "operation,params,approach,ns_per_op,error_ns,bytes_per_op,forks,iterations\n");
    for (Result r : results) {
      sb.append(r.operation())
          .append(',')
          .append('"')
          .append(r.params())
          .append('"')
          .append(',')
          .append(r.approach())
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.nsPerOp()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.errorNs()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.bytesPerOp()))
          .append(',')
          .append(r.forks())
          .append(',')
          .append(r.iterations())
          .append('\n');
    }
    return sb.toString();
  }

  /** Rows in operation order, then parameter order as JMH ran them. */
  static Map<String, Map<String, Result>> table(List<Result> results) {
    Map<String, Map<String, Result>> rows = new LinkedHashMap<>();
    for (String operation : OPERATIONS.keySet()) {
      for (Result r : results) {
        if (r.operation().equals(operation)) {
          rows.computeIfAbsent(r.rowKey(), k -> new LinkedHashMap<>()).put(r.approach(), r);
        }
      }
    }
    return rows;
  }

  static String label(Result any) {
    String label = OPERATIONS.get(any.operation());
    for (String param : any.params().isEmpty() ? new String[0] : any.params().split(",")) {
      String[] kv = param.split("=", 2);
      label = label.replace("{" + kv[0] + "}", kv[1]);
    }
    return label;
  }

  static String formatNs(double ns) {
    if (Double.isNaN(ns)) {
      return "–";
    }
    if (ns >= 10_000) {
      return String.format(Locale.ROOT, "%,.1f µs", ns / 1000).replace(',', ' ');
    }
    if (ns >= 100) {
      return String.format(Locale.ROOT, "%,.0f", ns).replace(',', ' ');
    }
    return String.format(Locale.ROOT, "%.1f", ns);
  }

  static String formatBytes(double bytes) {
    if (Double.isNaN(bytes) || bytes < ZERO_BYTES) {
      return "";
    }
    return String.format(Locale.ROOT, " (%,.0f B)", bytes).replace(',', ' ');
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
  }

  /** The approaches that have results, in column order. */
  static List<String> columns(List<Result> results) {
    List<String> columns = new ArrayList<>();
    for (String approach : APPROACHES.keySet()) {
      if (results.stream().anyMatch(r -> r.approach().equals(approach))) {
        columns.add(approach);
      }
    }
    return columns;
  }

  static String markdown(
      List<Result> results, JsonNode first, String mode, String analysis, String machine) {
    Map<String, Map<String, Result>> rows = table(results);
    List<String> columns = columns(results);
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n");
    md.append(
            "<!-- Generated by benchmarks/run.sh (dev.ffmbind.bench.report.PerformanceReport) from JMH\n")
        .append("     results; do not edit by hand. The analysis section comes from\n")
        .append("     benchmarks/performance-analysis.md. -->\n\n");
    md.append(
            "ffmbind's generated stubs measured side by side with every alternative a user would pick, ")
        .append("in one JMH run, all calling the same C library (`benchmarks/src/main/c/bench.c`, ")
        .append(
            "`gcc -O3`). Lower is better. Micro-benchmarks on a small, shared machine: differences ")
        .append(
            "under about 10 % are within noise unless the error columns in the CSV say otherwise.\n\n");
    md.append("![ns per operation of ffmbind and each peer, log scale](")
        .append(CHART)
        .append(")\n\n")
        .append("Each group is one operation of the table below, each bar one approach; the scale ")
        .append("is logarithmic, so equal gaps are equal ratios. Drawn from the same results by ")
        .append("the report tool.\n\n");
    md.append("## Machine and run\n\n");
    md.append(machine);
    md.append("* JDK: ")
        .append(first.get("jdkVersion").asText())
        .append(", ")
        .append(first.get("vmName").asText())
        .append(' ')
        .append(first.get("vmVersion").asText())
        .append('\n');
    Result any = results.get(0);
    md.append("* JMH ")
        .append(first.path("jmhVersion").asText("?"))
        .append(", mode `")
        .append(mode)
        .append("`: ")
        .append(any.forks())
        .append(" fork(s), ")
        .append(first.get("warmupIterations").asInt())
        .append(" × ")
        .append(first.get("warmupTime").asText())
        .append(" warm-up, ")
        .append(any.iterations())
        .append(" × ")
        .append(first.get("measurementTime").asText())
        .append(" measurement per benchmark; `-prof gc`\n");
    md.append("* Generated: ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append("\n\n");

    md.append("## Results (ns/op; allocation in B/op where it is not 0)\n\n");
    md.append(
            "Score: median over forks of each fork's mean. Allocation is JMH's `gc.alloc.rate.norm`; ")
        .append("below ")
        .append((int) ZERO_BYTES)
        .append(" B/op it is shown as nothing (0). ")
        .append(
            "`–`: not applicable (no such mode in that library, or nothing to differ from best ")
        .append("practice) or not measured.\n\n");
    md.append("| operation |");
    columns.forEach(c -> md.append(' ').append(APPROACHES.get(c)).append(" |"));
    md.append("\n|---|");
    columns.forEach(c -> md.append("---:|"));
    md.append('\n');
    for (Map<String, Result> row : rows.values()) {
      md.append("| ").append(label(row.values().iterator().next())).append(" |");
      for (String c : columns) {
        Result r = row.get(c);
        md.append(' ')
            .append(r == null ? "–" : formatNs(r.nsPerOp()) + formatBytes(r.bytesPerOp()))
            .append(" |");
      }
      md.append('\n');
    }

    md.append("\n## Ratios\n\n");
    md.append(
            "ffmbind ÷ FFM best practice (target ≤ 1.10×), and how many times faster the slower of ")
        .append(
            "the two ffmbind front ends is than each peer (targets: ≥ 20× vs JNA interface and ")
        .append("≥ 2× vs JNR-FFI on scalar, string and callback operations).\n\n");
    md.append(
        "| operation | YAML ÷ FFM | annotated ÷ FFM | vs FFM naive | vs JNI | vs JNR-FFI | vs JNA direct | vs JNA interface |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Result> row : rows.values()) {
      double hand = ns(row, "ffmHand");
      double ffmbind = Math.max(ns(row, "ffmbindYaml"), ns(row, "ffmbindAnnotated"));
      md.append("| ")
          .append(label(row.values().iterator().next()))
          .append(" | ")
          .append(ratio(ns(row, "ffmbindYaml") / hand))
          .append(" | ")
          .append(ratio(ns(row, "ffmbindAnnotated") / hand))
          .append(" | ")
          .append(ratio(ns(row, "ffmNaive") / ffmbind))
          .append(" | ")
          .append(ratio(ns(row, "jni") / ffmbind))
          .append(" | ")
          .append(ratio(ns(row, "jnr") / ffmbind))
          .append(" | ")
          .append(ratio(ns(row, "jnaDirect") / ffmbind))
          .append(" | ")
          .append(ratio(ns(row, "jnaInterface") / ffmbind))
          .append(" |\n");
    }

    md.append("\n## Targets (issue 5)\n\n");
    md.append(Targets.check(rows));

    if (!analysis.isBlank()) {
      md.append("\n").append(analysis.strip()).append('\n');
    }

    md.append("\n## Reproduce\n\n");
    md.append("```sh\n")
        .append(
            "benchmarks/run.sh --quick   # ~8 minutes on 2 cores: 1 fork, 2 × 0.5 s warm-up, 3 × 1 s\n")
        .append(
            "benchmarks/run.sh           # full: 3 forks, 3 × 1 s warm-up, 5 × 1 s (about 45 minutes)\n")
        .append("benchmarks/run.sh --quick 'StringArgBench|ScalarBench'   # a subset (JMH regex)\n")
        .append("```\n\n")
        .append(
            "run.sh builds the module (`mvn -pl benchmarks -am package`, into `target-bench/`), runs the ")
        .append(
            "uber-jar `benchmarks/target-bench/benchmarks.jar` with `-prof gc` on the JDK 25 it finds, ")
        .append(
            "writes `benchmarks/target-bench/results/results.{json,csv}` and regenerates this file; a run of the ")
        .append(
            "whole suite also keeps its results in `benchmarks/results/{quick,full}.{json,csv}`, from which this ")
        .append(
            "file can be regenerated without re-running (`java -cp benchmarks/target-bench/benchmarks.jar ")
        .append(
            "dev.ffmbind.bench.report.PerformanceReport --json benchmarks/results/quick.json --csv /tmp/quick.csv ")
        .append(
            "--analysis benchmarks/performance-analysis.md --mode quick --out docs/performance.md`). ")
        .append(
            "The JVM flags it passes (and JMH's forks inherit): `--enable-native-access=ALL-UNNAMED`, ")
        .append(
            "`-Dffmbind.library.path=<native dir>` (ffmbind, JNI, JNR), `-Djna.library.path=<native dir>`. ")
        .append(
            "Benchmark sources: `benchmarks/src/main/java/dev/ffmbind/bench/*Bench.java`; the smoke test ")
        .append(
            "that runs in `mvn verify` checks that every approach returns the same correct result.\n");
    return md.toString();
  }

  static double ns(Map<String, Result> row, String approach) {
    Result r = row.get(approach);
    return r == null ? Double.NaN : r.nsPerOp();
  }

  static double bytes(Map<String, Result> row, String approach) {
    Result r = row.get(approach);
    return r == null ? Double.NaN : r.bytesPerOp();
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "usage: PerformanceReport --json F --out F [--csv F] [--analysis F] [--mode M]");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return value;
  }
}
