package dev.ffmbind.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.ffmbind.processor.FfmbindProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * The three properties every input must have, checked on one javac run with the processor under
 * {@code -Xlint:all -Werror} (which also compiles what it generates):
 *
 * <ol>
 *   <li>(a) ffmbind never reports {@code [ffmbind.internal]} and nothing throws;
 *   <li>(b) javac reports nothing about generated code, and nothing but ffmbind's own diagnostics
 *       (an accepted input compiles without a warning);
 *   <li>(c) every ffmbind diagnostic has a location: {@code fuzz.yaml:line:col} inside the spec for
 *       YAML, a position in the source for annotations.
 * </ol>
 *
 * <p>A {@link Fuzz.Violation}'s signature starts with the property's letter and names the failure
 * class (the exception and the ffmbind frame it came from, or javac's message key), so that
 * shrinking keeps to one class and a long run lists each class once.
 */
final class Oracle {

  private Oracle() {}

  static final String SPEC_FILE = "fuzz.yaml";
  private static final Pattern YAML_LOCATION =
      // The processor names a spec that is a file by its path (a temporary folder here).
      Pattern.compile("^(?:/\\S*/)?" + Pattern.quote(SPEC_FILE) + ":(\\d+):(\\d+): \\[ffmbind\\.");
  private static final Pattern FFMBIND_FRAME =
      Pattern.compile("at (dev\\.ffmbind\\.processor\\.[\\w.$]+)\\(");

  /** Which front end an input went through. */
  enum FrontEnd {
    YAML,
    ANNOTATIONS
  }

  /** One javac run: its compilation (empty when javac threw) and the first property it breaks. */
  record Run(Optional<Compilation> compilation, Optional<Fuzz.Violation> violation) {}

  /** Runs a YAML spec, found through {@code @BindingSpec} on a package, through javac. */
  static Optional<Fuzz.Violation> yaml(String spec) {
    return yamlRun(spec).violation();
  }

  /** Runs annotated Java sources through javac. */
  static Optional<Fuzz.Violation> annotations(List<JavaFileObject> sources) {
    return annotationsRun(sources).violation();
  }

  /** Like {@link #yaml}, keeping the compilation. */
  static Run yamlRun(String spec) {
    Path dir;
    try {
      dir = Files.createTempDirectory("ffmbind-fuzz");
      Files.createDirectories(dir.resolve("t"));
      Files.writeString(dir.resolve("t").resolve(SPEC_FILE), spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      JavaFileObject holder =
          JavaFileObjects.forSourceLines(
              "t.package-info",
              "@dev.ffmbind.annotation.BindingSpec(\"" + SPEC_FILE + "\")",
              "package t;");
      return compile(
          FrontEnd.YAML,
          spec.split("\n", -1).length,
          List.of(holder),
          "-sourcepath",
          dir.toString());
    } finally {
      delete(dir);
    }
  }

  /** Like {@link #annotations}, keeping the compilation. */
  static Run annotationsRun(List<JavaFileObject> sources) {
    return compile(FrontEnd.ANNOTATIONS, 0, sources);
  }

  private static Run compile(
      FrontEnd front, int specLines, List<JavaFileObject> sources, String... extraOptions) {
    Compilation compilation;
    try {
      compilation =
          javac()
              .withProcessors(new FfmbindProcessor())
              .withOptions(
                  Stream.concat(Stream.of("-Xlint:all", "-Werror"), Stream.of(extraOptions))
                      .toList())
              .compile(sources);
    } catch (RuntimeException | Error e) {
      return new Run(
          Optional.empty(),
          Optional.of(
              new Fuzz.Violation("a: javac threw " + exceptionSignature(trace(e)), trace(e))));
    }
    return new Run(Optional.of(compilation), judge(front, specLines, compilation));
  }

  /** How many inputs were accepted, and the first error id of each rejected one. */
  static final Map<String, Integer> OUTCOMES = new ConcurrentSkipListMap<>();

  /** A one-line summary of {@link #OUTCOMES}, most frequent first, then clears it. */
  static String outcomes() {
    String summary =
        OUTCOMES.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "));
    OUTCOMES.clear();
    return summary;
  }

  static Optional<Fuzz.Violation> judge(FrontEnd front, int specLines, Compilation compilation) {
    if (Boolean.getBoolean("ffmbind.fuzz.verbose")) {
      compilation.errors().stream()
          .findFirst()
          .ifPresent(
              d -> System.out.println("[ffmbind.fuzz] rejected: " + d.getMessage(Locale.ROOT)));
    }
    OUTCOMES.merge(
        compilation.status() == Compilation.Status.SUCCESS
            ? "accepted"
            : compilation.diagnostics().stream()
                .map(d -> messageId(d.getMessage(Locale.ROOT)))
                .filter(id -> !id.equals("?"))
                .findFirst()
                .orElse("other"),
        1,
        Integer::sum);
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compilation.diagnostics();
    boolean ffmbindWarning = false;
    // (a) first: a crash explains whatever else went wrong.
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("[ffmbind.internal]")) {
        return violation("a: [ffmbind.internal] " + exceptionSignature(message), compilation);
      }
      if (d.getKind() == Kind.WARNING && message.contains("[ffmbind.")) {
        ffmbindWarning = true;
      }
    }
    // (b) javac on generated code, then anything that is not ffmbind's.
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (isProblem(d) && isGenerated(d.getSource())) {
        return violation("b: javac " + kind(d) + " in generated code: " + d.getCode(), compilation);
      }
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      if (!isProblem(d) || message.contains("[ffmbind.")) {
        continue;
      }
      if (ffmbindWarning && "compiler.err.warnings.and.werror".equals(d.getCode())) {
        continue; // ffmbind's own warning, turned into a failure by -Werror
      }
      return violation("b: javac " + kind(d) + " outside ffmbind: " + d.getCode(), compilation);
    }
    // (c) every ffmbind diagnostic is located.
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      if (!message.contains("[ffmbind.")) {
        continue;
      }
      if (!located(front, specLines, d, message)) {
        return violation(
            "c: unlocated " + front + " diagnostic " + messageId(message), compilation);
      }
    }
    return Optional.empty();
  }

  private static boolean located(
      FrontEnd front, int specLines, Diagnostic<? extends JavaFileObject> d, String message) {
    if (front == FrontEnd.YAML) {
      Matcher m = YAML_LOCATION.matcher(message);
      if (!m.find()) {
        return false;
      }
      long line = Long.parseLong(m.group(1));
      long column = Long.parseLong(m.group(2));
      return line >= 1 && line <= specLines && column >= 1;
    }
    return d.getSource() != null && d.getPosition() != Diagnostic.NOPOS && d.getLineNumber() > 0;
  }

  /** compile-testing keeps what the processor writes in memory, under SOURCE_OUTPUT. */
  private static boolean isGenerated(JavaFileObject source) {
    return source != null
        && source.toUri().getPath() != null
        && source.toUri().getPath().startsWith("/SOURCE_OUTPUT/");
  }

  private static boolean isProblem(Diagnostic<?> d) {
    return d.getKind() == Kind.ERROR
        || d.getKind() == Kind.WARNING
        || d.getKind() == Kind.MANDATORY_WARNING;
  }

  private static String kind(Diagnostic<?> d) {
    return d.getKind() == Kind.ERROR ? "error" : "warning";
  }

  private static String messageId(String message) {
    Matcher m = Pattern.compile("\\[(ffmbind\\.[\\w.-]+)]").matcher(message);
    return m.find() ? m.group(1) : "?";
  }

  /** The exception's class and the innermost ffmbind frame it passed: one bug, one name. */
  static String exceptionSignature(String trace) {
    Matcher exception = Pattern.compile("([\\w.$]+(?:Exception|Error))\\b").matcher(trace);
    String name = exception.find() ? exception.group(1) : "?";
    name = name.substring(name.lastIndexOf('.') + 1);
    Matcher frame = FFMBIND_FRAME.matcher(trace);
    String where =
        frame.find() ? frame.group(1).replaceFirst("^dev\\.ffmbind\\.processor\\.", "") : "?";
    return name + " at " + where;
  }

  private static Optional<Fuzz.Violation> violation(String signature, Compilation compilation) {
    StringBuilder detail = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      detail
          .append(d.getKind())
          .append(' ')
          .append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
          .append(' ')
          .append(d.getCode())
          .append(": ")
          .append(d.getMessage(Locale.ROOT))
          .append('\n');
    }
    return Optional.of(new Fuzz.Violation(signature, detail.toString()));
  }

  private static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
