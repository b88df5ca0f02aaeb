package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.HeadersModel;
import dev.ffmbind.processor.model.LibraryModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a binding spec against the C headers it names ({@code headers:}) with the system C
 * compiler, and reports every difference at the spec's location (docs/abi-check.md).
 *
 * <p>Three runs of the compiler at most: the claims ({@code -fsyntax-only}); for the claims that
 * failed, an explanation unit that makes the compiler print the header's side; and a preprocessor
 * run for the string and floating constants.
 */
public final class AbiCheck {

  /** The kinds of claims checked, in this order. Struct and union layouts plug in here. */
  static final List<CheckKind> KINDS =
      List.of(
          new DeclarationChecks.Typedefs(),
          new DeclarationChecks.OpaqueTypes(),
          new StructChecks(),
          new ValueChecks.Enums(),
          new ValueChecks.Constants(),
          new CallbackChecks.Callbacks(),
          new FunctionChecks.Functions());

  /** How the check went. */
  public enum Outcome {
    /** The spec names no headers: nothing was checked. */
    NO_HEADERS,
    /** No C compiler: nothing was checked (reported as a warning, or an error if required). */
    SKIPPED,
    /** Every claim holds. */
    PASSED,
    /** At least one claim does not (each reported). */
    FAILED
  }

  /**
   * Where to look and what to require.
   *
   * @param specDir the spec's directory, against which relative include directories resolve; empty
   *     when unknown (then they resolve against the working directory)
   * @param extraIncludeDirs include directories added after the spec's own
   * @param environment the environment ({@code CC}, {@code PATH})
   * @param requireCompiler whether a missing C compiler is an error instead of a warning
   */
  public record Options(
      Optional<Path> specDir,
      List<String> extraIncludeDirs,
      Map<String, String> environment,
      boolean requireCompiler) {

    public Options {
      extraIncludeDirs = List.copyOf(extraIncludeDirs);
      environment = Map.copyOf(environment);
    }

    /** The process's environment, no extra directories, a missing compiler a warning. */
    public static Options defaults(Optional<Path> specDir) {
      return new Options(specDir, List.of(), System.getenv(), false);
    }
  }

  private static final Pattern INCLUDE_ERROR = Pattern.compile("^(.*): No such file or directory$");

  private AbiCheck() {}

  /** Checks {@code model} against its headers, reporting into {@code diagnostics}. */
  public static Outcome check(LibraryModel model, Options options, Diagnostics diagnostics) {
    if (model.headers().isEmpty()) {
      return Outcome.NO_HEADERS;
    }
    HeadersModel headers = model.headers().get();
    String label = String.join(", ", headers.files());
    Optional<CCompiler> cc = CCompiler.find(options.environment());
    if (cc.isEmpty()) {
      String why = CCompiler.describeSearch(options.environment());
      if (options.requireCompiler()) {
        diagnostics.error(headers.ref(), Message.ABI_SKIPPED, label, why);
      } else {
        diagnostics.warning(headers.ref(), Message.ABI_SKIPPED, label, why);
      }
      return Outcome.SKIPPED;
    }
    List<String> includeDirs = includeDirs(headers, options);
    CTypeNames names = new CTypeNames(model);
    Context ctx = new Context(model, names, label);
    Path dir = null;
    int errorsBefore = diagnostics.errorCount();
    try {
      dir = Files.createTempDirectory("ffmbind-abi");
      tagsOfUntaggedStructs(cc.get(), dir, headers, includeDirs, names);
      List<Check> checks = KINDS.stream().flatMap(k -> k.checks(ctx).stream()).toList();
      new Run(cc.get(), dir, headers, includeDirs, checks, label).run(diagnostics);
    } catch (IOException e) {
      diagnostics.error(headers.ref(), Message.ABI_COMPILER, label, e.getMessage());
    } finally {
      deleteQuietly(dir);
    }
    return diagnostics.errorCount() > errorsBefore ? Outcome.FAILED : Outcome.PASSED;
  }

  /**
   * A struct the spec names only bare ({@code timeval}) is a typedef in some headers ({@code
   * div_t}) and only a tag in others ({@code struct timeval}): one compiler run tells which, and
   * the tag is written for those that are not types by themselves.
   */
  private static void tagsOfUntaggedStructs(
      CCompiler cc, Path dir, HeadersModel headers, List<String> includeDirs, CTypeNames names)
      throws IOException {
    List<Map.Entry<String, String>> untagged = List.copyOf(names.untaggedStructs().entrySet());
    if (untagged.isEmpty()) {
      return;
    }
    Unit unit = new Unit(headers);
    int first = unit.line + 1;
    for (int i = 0; i < untagged.size(); i++) {
      unit.append("typedef " + untagged.get(i).getKey() + " ffmbind_tag_probe_" + i + ";\n");
    }
    Path source = dir.resolve("tags.c");
    Files.writeString(source, unit.text(), StandardCharsets.UTF_8);
    java.util.Set<Integer> notTypes = new java.util.HashSet<>();
    for (CDiagnostic d : cc.check(source, includeDirs, headers.defines())) {
      if (d.isError() && Path.of(d.file()).getFileName().toString().equals("tags.c")) {
        notTypes.add(d.line() - first);
      }
    }
    for (int i = 0; i < untagged.size(); i++) {
      if (notTypes.contains(i)) {
        names.tag(untagged.get(i).getKey(), untagged.get(i).getValue());
      }
    }
  }

  /**
   * Each function's prototype as the headers declare it, by C symbol, read from the compiler (a
   * redeclaration of each function as a variable makes gcc quote the header's prototype); empty
   * when there is no compiler, the spec names no headers, or the compiler quotes nothing (clang).
   */
  public static Map<String, HeadersModel.Quote> quotePrototypes(
      LibraryModel model, Options options) {
    Optional<CCompiler> cc = CCompiler.find(options.environment());
    if (model.headers().isEmpty() || cc.isEmpty()) {
      return Map.of();
    }
    HeadersModel headers = model.headers().get();
    List<String> symbols = model.functions().stream().map(f -> f.baseSymbol()).distinct().toList();
    StringBuilder text = new StringBuilder(new Unit(headers).text());
    for (int i = 0; i < symbols.size(); i++) {
      text.append("struct ffmbind_quote_")
          .append(i)
          .append(" { int x; } ")
          .append(symbols.get(i))
          .append(";\n");
    }
    Map<String, HeadersModel.Quote> quotes = new LinkedHashMap<>();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("ffmbind-quote");
      Path source = dir.resolve("quote.c");
      Files.writeString(source, text, StandardCharsets.UTF_8);
      List<String> includeDirs = includeDirs(headers, options);
      for (CDiagnostic d : cc.get().check(source, includeDirs, headers.defines())) {
        Matcher m = CheckKinds.PREVIOUS.matcher(d.text());
        if (d.kind().equals("note") && m.find() && symbols.contains(m.group(1))) {
          String symbol = m.group(1);
          FunctionChecks.HeaderPrototype.parse(d.fileName(), m.group(2))
              .ifPresent(
                  h ->
                      quotes.putIfAbsent(
                          symbol,
                          new HeadersModel.Quote(
                              h.file(),
                              d.line(),
                              h.returns()
                                  + (h.returns().endsWith("*") ? "" : " ")
                                  + symbol
                                  + "("
                                  + (h.params().isEmpty() && !h.variadic()
                                      ? "void"
                                      : String.join(", ", h.params())
                                          + (h.variadic()
                                              ? (h.params().isEmpty() ? "..." : ", ...")
                                              : ""))
                                  + ")")));
        }
      }
    } catch (IOException e) {
      return Map.of(); // the quotes are documentation: without them the Javadoc quotes the spec
    } finally {
      deleteQuietly(dir);
    }
    return quotes;
  }

  /**
   * The include directories of a spec's headers: its own (relative ones resolved against the spec's
   * directory), then the options' extra ones. Header lookups ({@code from_header:}) use the same.
   */
  public static List<String> includeDirs(HeadersModel headers, Options options) {
    List<String> includeDirs = new ArrayList<>();
    for (String dir : headers.includeDirs()) {
      Path p = Path.of(dir);
      includeDirs.add(
          (p.isAbsolute() ? p : options.specDir().map(d -> d.resolve(p)).orElse(p))
              .toAbsolutePath()
              .normalize()
              .toString());
    }
    includeDirs.addAll(options.extraIncludeDirs());
    return includeDirs;
  }

  /** The C translation unit of {@code checks}' claims, for inspection (the CLI prints it). */
  public static String claimSource(LibraryModel model) {
    if (model.headers().isEmpty()) {
      return "";
    }
    Context ctx =
        new Context(model, new CTypeNames(model), String.join(", ", model.headers().get().files()));
    Unit unit = new Unit(model.headers().get());
    KINDS.stream().flatMap(k -> k.checks(ctx).stream()).forEach(c -> unit.add(c, c.claim()));
    return unit.text();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the check for
    }
  }

  /** One translation unit being written: the prelude, then each check's lines, remembered. */
  private static final class Unit {
    private final StringBuilder text = new StringBuilder();
    private final Map<Check, int[]> lines = new LinkedHashMap<>();
    private int line;

    Unit(HeadersModel headers) {
      append("/* Generated by ffmbind: the ABI check of a binding spec. */\n");
      for (String std : List.of("stddef.h", "stdint.h", "stdbool.h", "wchar.h", "sys/types.h")) {
        append("#include <" + std + ">\n");
      }
      for (String h : headers.files()) {
        append(Path.of(h).isAbsolute() ? "#include \"" + h + "\"\n" : "#include <" + h + ">\n");
      }
    }

    private void append(String s) {
      text.append(s);
      line += (int) s.chars().filter(c -> c == '\n').count();
    }

    /** Adds {@code c}'s text on lines of its own. */
    void add(Check c, String s) {
      if (s.isEmpty()) {
        return;
      }
      int first = line + 1;
      append(s.endsWith("\n") ? s : s + "\n");
      lines.put(c, new int[] {first, line});
    }

    int preludeEnd() {
      return lines.values().stream().mapToInt(r -> r[0]).min().orElse(line + 1) - 1;
    }

    Optional<Check> at(int l) {
      return lines.entrySet().stream()
          .filter(e -> e.getValue()[0] <= l && l <= e.getValue()[1])
          .map(Map.Entry::getKey)
          .findFirst();
    }

    int first(Check c) {
      return lines.get(c)[0];
    }

    String text() {
      return text.toString();
    }
  }

  /** One check of one spec. */
  private record Run(
      CCompiler cc,
      Path dir,
      HeadersModel headers,
      List<String> includeDirs,
      List<Check> checks,
      String label) {

    void run(Diagnostics diagnostics) throws IOException {
      Unit claims = new Unit(headers);
      checks.forEach(c -> claims.add(c, c.claim()));
      Map<Check, List<CDiagnostic>> claimed = new LinkedHashMap<>();
      checks.forEach(c -> claimed.put(c, new ArrayList<>()));
      List<CDiagnostic> outside = new ArrayList<>();
      compile("claims.c", claims, claimed, outside, false);
      if (!outside.isEmpty()) {
        diagnostics.error(headers.ref(), Message.ABI_COMPILER, label, describe(outside));
        return;
      }

      Unit explain = new Unit(headers);
      for (Check c : checks) {
        if (claimed.get(c).stream().anyMatch(CDiagnostic::isError)) {
          explain.add(c, c.explain(claimed.get(c)));
        }
      }
      Map<Check, List<CDiagnostic>> explained = new LinkedHashMap<>();
      checks.forEach(c -> explained.put(c, new ArrayList<>()));
      if (!explain.lines.isEmpty()) {
        compile("explain.c", explain, explained, new ArrayList<>(), true);
      }

      Map<Check, String> probes = probe(checks);

      for (Check c : checks) {
        c.judge(
            new Evidence(claimed.get(c), explained.get(c), Optional.ofNullable(probes.get(c))),
            diagnostics);
      }
    }

    /** Compiles {@code unit}, sorting its diagnostics by check (notes go with their error). */
    private void compile(
        String name,
        Unit unit,
        Map<Check, List<CDiagnostic>> byCheck,
        List<CDiagnostic> outside,
        boolean relative)
        throws IOException {
      Path source = dir.resolve(name);
      Files.writeString(source, unit.text(), StandardCharsets.UTF_8);
      List<CDiagnostic> found = cc.check(source, includeDirs, headers.defines());
      Optional<Check> current = Optional.empty();
      for (CDiagnostic d : found) {
        boolean inUnit = Path.of(d.file()).getFileName().toString().equals(name);
        if (inUnit && !d.kind().equals("note")) {
          current = unit.at(d.line());
          if (current.isEmpty() && d.isError()) {
            outside.add(d);
          }
        } else if (!inUnit && d.isError()) {
          // An error inside a header: the headers do not compile as given.
          outside.add(d);
          current = Optional.empty();
          continue;
        }
        if (current.isPresent()) {
          Check c = current.get();
          CDiagnostic kept =
              relative && inUnit
                  ? new CDiagnostic(
                      d.file(), d.line() - unit.first(c) + 1, d.column(), d.kind(), d.text())
                  : d;
          byCheck.get(c).add(kept);
        }
      }
    }

    private Map<Check, String> probe(List<Check> checks) throws IOException {
      Map<Check, String> result = new LinkedHashMap<>();
      StringBuilder text = new StringBuilder(new Unit(headers).text());
      List<Check> probing = checks.stream().filter(c -> !c.probe().isEmpty()).toList();
      if (probing.isEmpty()) {
        return result;
      }
      for (int i = 0; i < probing.size(); i++) {
        text.append("\nffmbind_probe_begin_")
            .append(i)
            .append(' ')
            .append(probing.get(i).probe())
            .append(" ffmbind_probe_end_")
            .append(i)
            .append('\n');
      }
      Path source = dir.resolve("probe.c");
      Files.writeString(source, text, StandardCharsets.UTF_8);
      String out = cc.preprocess(source, includeDirs, headers.defines());
      for (int i = 0; i < probing.size(); i++) {
        Matcher m =
            Pattern.compile(
                    "ffmbind_probe_begin_" + i + "\\s(.*?)\\sffmbind_probe_end_" + i + "\\b",
                    Pattern.DOTALL)
                .matcher(out);
        if (m.find()) {
          result.put(probing.get(i), m.group(1).strip());
        }
      }
      return result;
    }

    private static String describe(List<CDiagnostic> errors) {
      CDiagnostic first = errors.get(0);
      Matcher missing = INCLUDE_ERROR.matcher(first.text());
      String text = missing.matches() ? "'" + missing.group(1) + "' was not found" : first.text();
      return first.fileName()
          + ":"
          + first.line()
          + ": "
          + text
          + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
  }
}
