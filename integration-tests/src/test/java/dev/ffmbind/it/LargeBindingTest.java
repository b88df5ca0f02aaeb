package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binding larger than one class initializer could link (docs/performance.md, "Large bindings"),
 * end to end: a C library of {@value #FUNCTIONS} functions and its YAML spec are generated in a
 * temporary directory, gcc builds the library, javac runs the packaged processor on the spec, and
 * the binding is loaded and called here. The long symbol names make its symbol list span three
 * string constants. Asserts results only, never a time.
 */
class LargeBindingTest {

  private static final int FUNCTIONS = 5_000;

  @TempDir Path work;

  @Test
  void loadsABindingOfFiveThousandFunctionsAndCallsFunctionsOfEveryPart() throws Exception {
    Path library = work.resolve("libffmbindlarge.so");
    run(
        List.of(
            "gcc",
            "-shared",
            "-fPIC",
            "-O0",
            "-w",
            "-o",
            library.toString(),
            writeCSource().toString()));
    System.setProperty("ffmbind.library.ffmbindlarge", library.toString());
    Path classes = compileBinding();

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, LargeBindingTest.class.getClassLoader())) {
      Class<?> binding = Class.forName("large.Large", true, loader);
      Object instance = binding.getMethod("load").invoke(null);
      Field symbols = binding.getDeclaredField("SYMBOLS");
      symbols.setAccessible(true);
      assertEquals(
          IntStream.range(0, FUNCTIONS).mapToObj(LargeBindingTest::symbol).toList(),
          symbols.get(null),
          "the symbols load() checked, read back from their string constants");
      // Every 97th function: each of the parts of handles is linked by one of these calls.
      for (int i = 0; i < FUNCTIONS; i += 97) {
        Method f = binding.getMethod(symbol(i), int.class);
        assertEquals(1000 + i, f.invoke(instance, 1000), symbol(i));
      }
      Method last = binding.getMethod(symbol(FUNCTIONS - 1), int.class);
      assertEquals(0, last.invoke(instance, -(FUNCTIONS - 1)));
    }
  }

  /** The name of function i, in C and in Java. */
  private static String symbol(int i) {
    return String.format("ffmbind_large_test_function_%05d", i);
  }

  /** {@code int f(int x) { return x + i; }} for each i. */
  private Path writeCSource() throws IOException {
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < FUNCTIONS; i++) {
      c.append("int ").append(symbol(i)).append("(int x) { return x + ").append(i).append("; }\n");
    }
    return Files.writeString(work.resolve("large.c"), c);
  }

  /** The spec and a package-info naming it, compiled with the processor; returns the classes. */
  private Path compileBinding() throws IOException {
    Path sources = Files.createDirectories(work.resolve("src/large"));
    StringBuilder yaml =
        new StringBuilder(
            """
        library: ffmbindlarge
        package: large
        class: Large
        functions:
        """);
    for (int i = 0; i < FUNCTIONS; i++) {
      yaml.append("  - {name: ")
          .append(symbol(i))
          .append(", params: [{name: x, type: int}], returns: int}\n");
    }
    Files.writeString(sources.resolve("large.yaml"), yaml, StandardCharsets.UTF_8);
    Path packageInfo =
        Files.writeString(
            sources.resolve("package-info.java"),
            "@dev.ffmbind.annotation.BindingSpec(\"large.yaml\")\npackage large;\n");

    Path classes = work.resolve("classes");
    List<String> args =
        List.of(
            "-Xlint:all",
            "-Werror",
            "-d",
            classes.toString(),
            "-sourcepath",
            work.resolve("src").toString(),
            "-cp",
            ModulePathTest.RUNTIME_JAR.toString(),
            "--processor-path",
            ModulePathTest.PROCESSOR_JAR.toString(),
            packageInfo.toString());
    StringWriter log = new StringWriter();
    PrintWriter writer = new PrintWriter(log);
    int status =
        ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    assertEquals(0, status, "javac " + String.join(" ", args) + "\n" + log);
    return classes;
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
  }
}
