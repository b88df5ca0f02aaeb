package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.binding.Resolver;
import dev.ffmbind.processor.codegen.BindingGenerator;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.importer.HeaderDeclarations;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bindings of 10 000 functions compile: one holder of every handle would exceed the JVM's 64 KB of
 * bytecode per method at about 1 500 functions, and one {@code List.of} of every symbol at about 8
 * 000. The generated code is compiled in-process under {@code -Xlint:all -Werror}. Each compilation
 * of 10 000 functions takes javac 10 to 30 s; the tests assert nothing about time.
 */
class LargeBindingTest {

  private static final int FUNCTIONS = 10_000;

  @Test
  void aYamlSpecOfTenThousandFunctionsCompiles() {
    String source = generateFromYaml(yamlSpec(FUNCTIONS));
    assertTrue(source.contains("SYMBOLS = Libraries.symbolList("), "symbols as strings");
    assertTrue(source.contains("private static final class Part0 {"), "handles in parts");

    Compilation compilation =
        javac()
            .withOptions("-Xlint:all", "-Werror")
            .compile(JavaFileObjects.forSourceString("large.Large", source));

    assertThat(compilation).succeededWithoutWarnings();
    List<String> classes = classFiles(compilation);
    assertTrue(classes.contains("large/Large$Downcalls$Part0.class"), classes::toString);
    // A part per 256 handles at most; far fewer classes than one holder per function.
    int parts = (int) classes.stream().filter(c -> c.contains("$Part")).count();
    assertTrue(parts >= FUNCTIONS / 256 && parts <= FUNCTIONS / 100, classes::toString);
    assertEquals(2 + parts, classes.size(), classes::toString);
  }

  @Test
  void anAnnotatedInterfaceOfTenThousandMethodsCompiles() {
    List<String> lines = new ArrayList<>();
    lines.add("package t;");
    lines.add("import dev.ffmbind.annotation.*;");
    lines.add("@NativeLibrary(\"ffmbindlarge\")");
    lines.add("public interface Large {");
    for (int i = 0; i < FUNCTIONS; i++) {
      lines.add("  int f_" + i + "(int x);");
    }
    lines.add("}");

    Compilation compilation = Sources.compile(JavaFileObjects.forSourceLines("t.Large", lines));

    assertThat(compilation).succeededWithoutWarnings();
    String generated = Sources.generated(compilation, "t.Large_Ffm");
    assertTrue(generated.contains("SYMBOLS = Libraries.symbolList("), "symbols as strings");
    assertTrue(classFiles(compilation).contains("t/Large_Ffm$Downcalls$Part0.class"));
  }

  @Test
  void aBindingOfTwoHundredFiftySixFunctionsKeepsOneHolderLinkedByLoad() {
    String source = generateFromYaml(yamlSpec(256));
    assertTrue(source.contains("SYMBOLS = List.of(\"f_0\", \"f_1\""), "a plain list");
    assertFalse(source.contains("Part0"), "one holder");

    String larger = generateFromYaml(yamlSpec(257));
    assertTrue(larger.contains("SYMBOLS = Libraries.symbolList("), "symbols as strings");
    assertTrue(larger.contains("Part1"), "two parts");
  }

  /**
   * Parts are bounded by bytecode too: 200 handles of 60 parameters (about 460 bytes each) would
   * not fit one initializer, so such functions get parts of fewer than 256 handles.
   */
  @Test
  void functionsOfManyParametersGetSmallerParts() {
    StringBuilder yaml =
        new StringBuilder(
            """
        library: ffmbindlarge
        package: wide
        class: Wide
        functions:
        """);
    String params =
        IntStream.range(0, 60)
            .mapToObj(i -> "{name: x" + i + ", type: int}")
            .collect(Collectors.joining(", "));
    for (int i = 0; i < 200; i++) {
      yaml.append("  - {name: w_")
          .append(i)
          .append(", params: [")
          .append(params)
          .append("], returns: int}\n");
    }
    JavaFile file = generate(yaml.toString());
    assertTrue(file.toString().contains("class Part4 {"), "parts of about 50 handles");

    Compilation compilation =
        javac().withOptions("-Xlint:all", "-Werror").compile(file.toJavaFileObject());

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * Every feature works in a split binding: each YAML golden, with 300 functions inserted before
   * its own, generates parts and compiles without warnings.
   */
  @Test
  void everyYamlGoldenCompilesWhenItsHandlesAreSplitIntoParts() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    Path goldens = Path.of("src/test/resources/golden");
    try (Stream<Path> specs = Files.walk(goldens)) {
      for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String padded =
            Files.readString(spec)
                .replaceFirst(
                    "(?m)^functions:\n", Matcher.quoteReplacement("functions:\n" + functions(300)));
        JavaFile file = generate(padded);
        assertTrue(file.toString().contains("class Part1 {"), spec::toString);
        sources.add(file.toJavaFileObject());
      }
    }
    assertTrue(sources.size() > 20, sources::toString);

    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** {@code int f_i(int x)} for i below {@code functions}. */
  static String yamlSpec(int functions) {
    StringBuilder yaml =
        new StringBuilder(
            """
        library: ffmbindlarge
        package: large
        class: Large
        functions:
        """);
    return yaml.append(functions(functions)).toString();
  }

  /** The YAML list items of {@code int f_i(int x)} for i below {@code count}. */
  private static String functions(int count) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < count; i++) {
      items
          .append("  - {name: f_")
          .append(i)
          .append(", params: [{name: x, type: int}], returns: int}\n");
    }
    return items.toString();
  }

  private static String generateFromYaml(String yaml) {
    return generate(yaml).toString();
  }

  private static JavaFile generate(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    LibraryModel model =
        YamlSpecReader.read(
                "large.yaml",
                yaml.getBytes(StandardCharsets.UTF_8),
                diagnostics,
                // A golden may take declarations from its headers (from_header), as the processor
                // does.
                new HeaderDeclarations(AbiCheck.Options.defaults(Optional.empty())))
            .orElseThrow();
    new Validator().validate(model, diagnostics);
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
    List<JavaFile> files = BindingGenerator.generate(Resolver.resolve(model), "large.yaml");
    assertEquals(1, files.size());
    return files.get(0);
  }

  private static List<String> classFiles(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS)
        .map(f -> f.getName().replaceFirst("^/CLASS_OUTPUT/", ""))
        .sorted()
        .toList();
  }
}
