package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.safety.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ffmbind from a named module, as docs/getting-started.md ("On the module path") describes it: the
 * consumer module in {@code src/test/resources/modular-consumer} is compiled by javac with the
 * runtime jar on the module path and the processor jar on the processor path, then run in a child
 * JVM on the module path. The jars are the ones this reactor build packaged (surefire passes their
 * paths).
 */
class ModulePathTest {

  static final String MODULE = "com.example.app";
  static final String MAIN = MODULE + "/com.example.app.Main";

  /** The flag the docs tell modular users to pass: both modules call restricted methods. */
  static final String NATIVE_ACCESS = "--enable-native-access=dev.ffmbind.runtime," + MODULE;

  static final Path RUNTIME_JAR = reactorJar("ffmbind.runtime.jar");
  static final Path PROCESSOR_JAR = reactorJar("ffmbind.processor.jar");

  private static final AtomicInteger RUNS = new AtomicInteger();

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheConsumerModule() throws IOException, URISyntaxException {
    classes = work.resolve("classes");
    javac(
        List.of(
            "--module-path", RUNTIME_JAR.toString(), "--processor-path", PROCESSOR_JAR.toString()),
        classes);
  }

  @Test
  void runsOnTheModulePathWithNativeAccessForBothModulesAndNoWarning() throws Exception {
    ChildJvm child = run(NATIVE_ACCESS);
    assertEquals(0, child.exitCode(), child.toString());
    Map<String, String> values = child.values();
    assertEquals(MODULE, values.get("module"), child.toString());
    assertTrue(values.get("runtime").startsWith("dev.ffmbind.runtime@"), child.toString());
    assertEquals(values.get("javaPid"), values.get("pid"), child.toString());
    assertEquals("11", values.get("strlen"), child.toString());
    assertEquals("No such file or directory", values.get("strerror"), child.toString());
    assertEquals("1.0", values.get("cos"), child.toString());
    assertFalse(child.stderr().contains("restricted method"), child.toString());
    assertFalse(child.stderr().contains("WARNING"), child.toString());
  }

  /**
   * What the flag prevents, as JDK 25 behaves: without it the calls work, but each of the two
   * modules gets a "restricted method" warning at its first restricted call.
   */
  @Test
  void withoutTheFlagJdk25WarnsOnceForTheConsumerAndOnceForTheRuntime() throws Exception {
    ChildJvm child = run();
    assertEquals(0, child.exitCode(), child.toString());
    assertEquals("1.0", child.values().get("cos"), child.toString());
    assertEquals(2, count(child.stderr(), "WARNING: A restricted method in"), child.toString());
    assertTrue(child.stderr().contains("in module " + MODULE + " "), child.toString());
    assertTrue(child.stderr().contains("in module dev.ffmbind.runtime "), child.toString());
  }

  /**
   * The runtime's own restricted calls (here {@code SymbolLookup.libraryLookup} for libm; also
   * {@code reinterpret} on the {@code char*} that strerror returns) are checked against the
   * runtime's module, not the caller's: with {@code --illegal-native-access=deny}, the announced
   * future default, enabling only the consumer module fails.
   */
  @Test
  void theRuntimeModuleNeedsNativeAccessOfItsOwn() throws Exception {
    ChildJvm child = run("--illegal-native-access=deny", "--enable-native-access=" + MODULE);
    assertNotEquals(0, child.exitCode(), child.toString());
    assertTrue(
        child
            .stderr()
            .contains(
                "IllegalCallerException: Illegal native access from module dev.ffmbind.runtime"),
        child.toString());

    ChildJvm allowed = run("--illegal-native-access=deny", NATIVE_ACCESS);
    assertEquals(0, allowed.exitCode(), allowed.toString());
  }

  @Test
  void theJarsHaveStableModuleNames() {
    ModuleDescriptor runtime = onlyModule(RUNTIME_JAR);
    assertEquals("dev.ffmbind.runtime", runtime.name());
    assertFalse(runtime.isAutomatic());
    assertEquals(
        Set.of(
            "dev.ffmbind",
            "dev.ffmbind.annotation",
            "dev.ffmbind.internal",
            "dev.ffmbind.isolation",
            "dev.ffmbind.internal.isolation"),
        runtime.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));

    ModuleDescriptor processor = onlyModule(PROCESSOR_JAR);
    assertEquals("dev.ffmbind.processor", processor.name());
    assertTrue(processor.isAutomatic());
  }

  /** The processor also runs from javac's processor module path, as the automatic module. */
  @Test
  void theProcessorRunsFromTheProcessorModulePath() throws Exception {
    Path out = work.resolve("classes-processor-module-path");
    javac(
        List.of(
            "--module-path",
            RUNTIME_JAR.toString(),
            "--processor-module-path",
            PROCESSOR_JAR.toString()),
        out);
    assertTrue(Files.exists(out.resolve("com/example/app/Libc_Ffm.class")));
    assertTrue(Files.exists(out.resolve("com/example/app/LibM_Ffm.class")));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Path reactorJar(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set (surefire sets it in the pom)");
    }
    Path jar = Path.of(value);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist: run `mvn verify` from the root so the reactor packages it");
    }
    return jar;
  }

  private static ModuleDescriptor onlyModule(Path jar) {
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertEquals(1, found.size(), jar.toString());
    return found.iterator().next().descriptor();
  }

  /** Compiles the consumer module with -Xlint:all -Werror, as a strict user build would. */
  private static void javac(List<String> paths, Path out) throws IOException, URISyntaxException {
    Path sources = Path.of(ModulePathTest.class.getResource("/modular-consumer").toURI());
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-d", out.toString()));
    args.addAll(paths);
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    StringWriter log = new StringWriter();
    PrintWriter writer = new PrintWriter(log);
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    int status = javac.run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    assertEquals(0, status, "javac " + String.join(" ", args) + "\n" + log);
    assertEquals("", log.toString(), "javac printed something");
  }

  /** Runs the consumer's main class in a child JVM of the JDK running the tests. */
  private static ChildJvm run(String... options) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(options));
    arguments.addAll(
        List.of("--module-path", RUNTIME_JAR + File.pathSeparator + classes, "-m", MAIN));
    return ChildJvm.run(arguments, work, "run" + RUNS.incrementAndGet());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
