package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

  @Test
  void specProblemsAreLocatedInTheSpecAndAttachedToTheAnnotation() {
    JavaFileObject source = packageInfo("yaml", "broken.yaml");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    // A structural problem found by the YAML reader ...
    assertThat(compilation)
        .hadErrorContaining(
            "broken.yaml:6:5: [ffmbind.yaml.unknown-key] unknown key 'c_symbl'"
                + " in function 'addInt'; did you mean 'c_symbol'?")
        .inFile(source)
        .onLineContaining("@dev.ffmbind");
    assertThat(compilation)
        .hadErrorContaining(
            "broken.yaml:10:15: [ffmbind.type.unknown] unknown C type"
                + " 'uint9_t'; declare it under opaque_types (a struct only used through pointers) or typedefs;"
                + " did you mean 'uint8_t'?")
        .inFile(source)
        .onLineContaining("@dev.ffmbind");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aSpecThatIsNotUtf8IsReportedAtTheBadByte() {
    // Whatever the build's source encoding: javac would have replaced the byte without a word.
    JavaFileObject source = packageInfo("yaml", "latin1.yaml");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "latin1.yaml:4:10: [ffmbind.spec.unreadable] binding spec"
                + " 'latin1.yaml' could not be read: it is not valid UTF-8 (byte 0xE9)")
        .inFile(source)
        .onLineContaining("@dev.ffmbind");
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
