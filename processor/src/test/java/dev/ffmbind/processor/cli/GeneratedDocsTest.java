package dev.ffmbind.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Snippets of generated code in {@code docs/*.md} still match what the generator emits.
 *
 * <p>A {@code ```java} block that shows generated code is preceded by a marker naming the YAML spec
 * it was generated from, relative to the repository root:
 *
 * <pre>{@code
 * <!-- generated from: integration-tests/src/main/resources/dev/ffmbind/it/libc/libc.yaml -->
 * }</pre>
 *
 * <p>The spec is run through the CLI (the same reader, validator and generator as the processor),
 * and the snippet must appear in its output: each run of snippet lines matches consecutive output
 * lines, and a line starting {@code // ...} between runs stands for any number of lines (runs
 * appear in order). Lines are compared without leading and trailing whitespace; blank lines and a
 * trailing explanatory comment set off by at least two spaces ({@code foo(); // 3. the call}) are
 * ignored.
 *
 * <p>A java block that uses the generator's {@code $}-suffixed locals ({@code scratch$}, {@code
 * result$}) must carry a marker, so new snippets cannot escape the check.
 */
class GeneratedDocsTest {

  private static final Path ROOT = Path.of("..");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final Pattern MARKER = Pattern.compile("<!-- generated from: (\\S+) -->");
  private static final Pattern GENERATED_LOCAL = Pattern.compile("\\b[a-z][A-Za-z]*\\$[^A-Za-z]");
  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s{2,}//.*$");
  private static final String ELISION = "// ...";

  /** One fenced java block: where it is, the spec its marker names (or null), its lines. */
  private record Snippet(Path doc, int line, String spec, List<String> lines) {
    String where() {
      return ROOT.relativize(doc) + ":" + line;
    }
  }

  @Test
  void snippetsOfGeneratedCodeMatchTheGenerator() {
    List<Snippet> marked = snippets().stream().filter(s -> s.spec() != null).toList();
    assertTrue(
        marked.size() >= 3,
        "expected the marked snippets of generated-example.md and"
            + " callbacks.md, found "
            + marked.size());
    List<String> failures = new ArrayList<>();
    for (Snippet snippet : marked) {
      String problem = mismatch(snippet.lines(), generate(snippet));
      if (problem != null) {
        failures.add(snippet.where() + " (generated from " + snippet.spec() + "): " + problem);
      }
    }
    assertEquals(List.of(), failures, "docs snippets that no longer match the generated code");
  }

  @Test
  void everySnippetOfGeneratedCodeNamesItsSource() {
    List<String> unmarked =
        snippets().stream()
            .filter(s -> s.spec() == null)
            .filter(s -> s.lines().stream().anyMatch(l -> GENERATED_LOCAL.matcher(l + " ").find()))
            .map(Snippet::where)
            .toList();
    assertEquals(
        List.of(),
        unmarked,
        "java blocks with generated locals (x$) but no"
            + " '<!-- generated from: spec.yaml -->' marker before them");
  }

  /** Null if the snippet appears in the output, else what did not match. */
  static String mismatch(List<String> snippet, String output) {
    List<String> out = output.lines().map(String::strip).toList();
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String raw : snippet) {
      String line = raw.strip();
      if (line.startsWith(ELISION)) {
        runs.add(run);
        run = new ArrayList<>();
      } else if (!line.isEmpty()) {
        run.add(TRAILING_COMMENT.matcher(line).replaceFirst(""));
      }
    }
    runs.add(run);
    int from = 0;
    for (List<String> r : runs) {
      if (r.isEmpty()) {
        continue;
      }
      int at = find(out, r, from);
      if (at < 0) {
        return "no consecutive output lines (after line "
            + from
            + ") match the run starting '"
            + r.getFirst()
            + "'"
            + closest(out, r, from);
      }
      from = at + r.size();
    }
    return null;
  }

  /** Index of the first occurrence of {@code run} in {@code out} at or after {@code from}. */
  private static int find(List<String> out, List<String> run, int from) {
    outer:
    for (int i = from; i + run.size() <= out.size(); i++) {
      for (int j = 0; j < run.size(); j++) {
        if (!out.get(i + j).equals(run.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Names the first line of the run that breaks, after its longest matching prefix. */
  private static String closest(List<String> out, List<String> run, int from) {
    int best = 0;
    int bestAt = -1;
    for (int i = from; i < out.size(); i++) {
      int n = 0;
      while (n < run.size() && i + n < out.size() && out.get(i + n).equals(run.get(n))) {
        n++;
      }
      if (n > best) {
        best = n;
        bestAt = i;
      }
    }
    if (bestAt < 0) {
      return "; its first line is nowhere in the output";
    }
    String actual = bestAt + best < out.size() ? out.get(bestAt + best) : "<end of output>";
    return "; snippet line '" + run.get(best) + "' where the output has '" + actual + "'";
  }

  private static String generate(Snippet snippet) {
    Path spec = ROOT.resolve(snippet.spec());
    if (!snippet.spec().endsWith(".yaml") || !Files.isRegularFile(spec)) {
      fail(
          snippet.where()
              + ": the marker must name a YAML spec file relative to the"
              + " repository root, but names "
              + snippet.spec());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FfmbindCli.run(
            new String[] {spec.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(
        FfmbindCli.OK, status, snippet.where() + ": " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Snippet> snippets() {
    List<Snippet> all = new ArrayList<>();
    try (Stream<Path> docs = Files.list(DOCS)) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        String spec = null;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          Matcher marker = MARKER.matcher(line.strip());
          if (marker.matches()) {
            spec = marker.group(1);
          } else if (line.strip().equals("```java")) {
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
              end++;
            }
            all.add(new Snippet(doc, i + 1, spec, lines.subList(i + 1, end)));
            spec = null;
            i = end;
          } else if (!line.isBlank()) {
            spec = null; // a marker applies to the block right after it
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
