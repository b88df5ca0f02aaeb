package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.ffmbind.processor.codegen.text.SourceStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden per feature: every folder under {@code src/test/resources/golden} is a case.
 *
 * <p>A folder {@code golden/<feature>/} holds the input, either one YAML spec ({@code
 * <feature>.yaml}, named by a {@code @BindingSpec} on package {@code golden.<feature>}) or the Java
 * sources of an annotated interface (package {@code golden.<feature>}), and {@code Expected.java},
 * the one source the processor must generate from it. The input is compiled with the processor
 * under {@code -Xlint:all -Werror}, so the generated code compiles without warnings, the generated
 * source must equal {@code Expected.java} byte for byte, and it must keep the layout rules of
 * generated code ({@link SourceStyle}). Adding a feature means adding a folder; {@code
 * -Dffmbind.updateGoldens=true} writes the goldens.
 */
class GoldenTest {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  /** The name of the golden file in each feature folder. */
  private static final String EXPECTED = "Expected.java";

  static Stream<String> features() throws IOException {
    try (Stream<Path> folders = Files.list(ROOT)) {
      List<String> names =
          folders
              .filter(Files::isDirectory)
              .map(folder -> folder.getFileName().toString())
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), "no feature folders under " + ROOT);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("features")
  void generatesTheGoldenWithoutWarnings(String feature) throws IOException {
    Compilation compilation = Sources.compile(inputs(feature).toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    List<JavaFileObject> generated = compilation.generatedSourceFiles();
    assertEquals(
        1,
        generated.size(),
        () ->
            feature
                + ": expected one generated source, got "
                + generated.stream().map(JavaFileObject::getName).toList());
    String source = generated.get(0).getCharContent(true).toString();
    Sources.assertGolden(source, Path.of("golden", feature, EXPECTED));
    // The layout rules of generated code: every feature's output keeps them.
    assertEquals(List.of(), SourceStyle.problems(feature + "/" + EXPECTED, source));
  }

  /** The sources javac gets for a feature folder: a package-info naming its spec, or its Java. */
  private static List<JavaFileObject> inputs(String feature) throws IOException {
    String pkg = "golden." + feature;
    List<JavaFileObject> inputs = new ArrayList<>();
    List<String> specs = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve(feature))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml")) {
          specs.add("\"" + name + "\"");
        } else if (name.endsWith(".java") && !name.equals(EXPECTED)) {
          String simpleName = name.substring(0, name.length() - ".java".length());
          inputs.add(JavaFileObjects.forSourceString(pkg + "." + simpleName, read(file)));
        }
      }
    }
    if (!specs.isEmpty()) {
      inputs.add(
          JavaFileObjects.forSourceLines(
              pkg + ".package-info",
              "@dev.ffmbind.annotation.BindingSpec({" + String.join(", ", specs) + "})",
              "package " + pkg + ";"));
    }
    if (inputs.isEmpty()) {
      fail(
          ROOT.resolve(feature)
              + " has no input: add "
              + feature
              + ".yaml or an annotated"
              + " interface in package "
              + pkg);
    }
    return inputs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
