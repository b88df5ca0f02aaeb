package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The YAML front end through javac: a spec named by {@code @BindingSpec} is found on the class
 * path, generated, and its problems are reported as {@code file:line:col} on the annotation. What
 * specs generate, exactly, is pinned by the goldens of {@link GoldenTest}.
 */
class YamlFrontEndTest {

  private static JavaFileObject packageInfo(String pkg, String spec) {
    return JavaFileObjects.forSourceLines(
        pkg + ".package-info",
        "@dev.ffmbind.annotation.BindingSpec(\"" + spec + "\")",
        "package " + pkg + ";");
  }

  @Test
  void theSameSpecThroughAClassAnnotation() {
    JavaFileObject holder =
        JavaFileObjects.forSourceLines(
            "golden.scalars.Specs",
            "package golden.scalars;",
            "@dev.ffmbind.annotation.BindingSpec({\"scalars.yaml\"})",
            "final class Specs {}");
    Compilation compilation = Sources.compile(holder);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        Sources.generated(compilation, "golden.scalars.Scalars")
            .contains("public final class Scalars"));
  }

  /** The file a user edits: the test resource, not its copy on the class path. */
  private static String specFile(String name) {
    return Path.of("src/test/resources/yaml", name).toAbsolutePath().normalize().toString();
  }

  /**
   * Asserts an error that starts with the spec's absolute path, line and column and is attached to
   * no Java element, so javac and Maven print that location first, where consoles link it.
   */
  private static void assertErrorAtSpec(Compilation compilation, String location, String text) {
    List<String> errors =
        compilation.errors().stream()
            .map(
                e ->
                    (e.getSource() == null ? "" : e.getSource().getName() + ": ")
                        + e.getMessage(Locale.ROOT))
            .toList();
    assertTrue(errors.contains(location + ": " + text), location + ": " + text + " in " + errors);
  }

  @Test
  void specProblemsAreReportedAtTheSpecFileLineAndColumn() {
    JavaFileObject source = packageInfo("yaml", "broken.yaml");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    // A structural problem found by the YAML reader ...
    assertErrorAtSpec(
        compilation,
        specFile("broken.yaml") + ":6:5",
        "[ffmbind.yaml.unknown-key] unknown key 'c_symbl' in function 'addInt'; did you mean"
            + " 'c_symbol'?");
    // ... and one found by the validator, in YAML words.
    assertErrorAtSpec(
        compilation,
        specFile("broken.yaml") + ":10:15",
        "[ffmbind.type.unknown] unknown C type 'uint9_t'; declare it under opaque_types (a struct"
            + " only used through pointers) or typedefs; did you mean 'uint8_t'?");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aSpecThatIsNotUtf8IsReportedAtTheBadByte() {
    // Whatever the build's source encoding: javac would have replaced the byte without a word.
    JavaFileObject source = packageInfo("yaml", "latin1.yaml");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAtSpec(
        compilation,
        specFile("latin1.yaml") + ":4:10",
        "[ffmbind.spec.unreadable] binding spec 'latin1.yaml' could not be read: it is not valid"
            + " UTF-8 (byte 0xE9)");
  }

  @Test
  void missingSpec() {
    JavaFileObject source = packageInfo("t", "nope.yaml");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.spec.not-found] binding spec 'nope.yaml' was not found on"
                + " the source path or the class path (looked for it next to package t and as a resource)")
        .inFile(source)
        .onLineContaining("@dev.ffmbind");
  }
}
