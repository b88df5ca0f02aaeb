package dev.ffmbind.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Assertions;

/**
 * Test helpers: build sources, compile them with the processor under {@code -Xlint:all}, compare
 * goldens.
 */
final class Sources {

  private Sources() {}

  static final String IMPORTS =
      String.join(
          "\n",
          "import dev.ffmbind.annotation.*;",
          "import dev.ffmbind.NativeHandle;",
          "import dev.ffmbind.Ref;",
          "import java.lang.foreign.MemorySegment;",
          "import java.nio.ByteBuffer;");

  /**
   * An interface {@code t.L} annotated {@code @NativeLibrary(<library>)} with the given members.
   */
  static JavaFileObject library(String library, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package t;");
    lines.add(IMPORTS);
    lines.add("@NativeLibrary(" + library + ")");
    lines.add("public interface L {");
    for (String m : members) {
      lines.add("  " + m);
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("t.L", lines);
  }

  /** An interface {@code t.L} on libc. */
  static JavaFileObject libc(String... members) {
    return library("\"c\"", members);
  }

  /** A handle class {@code t.H} for C type {@code thing}. */
  static JavaFileObject handle() {
    return JavaFileObjects.forSourceLines(
        "t.H",
        "package t;",
        "import dev.ffmbind.NativeHandle;",
        "import dev.ffmbind.annotation.Opaque;",
        "import java.lang.foreign.MemorySegment;",
        "@Opaque(\"thing\")",
        "public final class H extends NativeHandle {",
        "  H(MemorySegment address) { super(address); }",
        "}");
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new FfmbindProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  /** Compiles without -Werror, for tests that expect warnings. */
  static Compilation compileLenient(JavaFileObject... sources) {
    return javac()
        .withProcessors(new FfmbindProcessor())
        .withOptions("-Xlint:all")
        .compile(sources);
  }

  static String generated(Compilation compilation, String qualifiedName) {
    try {
      return compilation
          .generatedFile(StandardLocation.SOURCE_OUTPUT, qualifiedName.replace('.', '/') + ".java")
          .orElseThrow(() -> new AssertionError("no generated " + qualifiedName))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generated code with its wrapped lines joined again, so a test can look for a statement whatever
   * the line breaks: a line break and the indentation around it become one space, none after an
   * opening parenthesis.
   */
  static String unwrapped(String source) {
    return source.replaceAll("[ \\t]*\\R\\s*", " ").replace("( ", "(");
  }

  /**
   * Compares generated text with a golden file, given relative to {@code src/test/resources}. Run
   * with {@code -Dffmbind.updateGoldens=true} to write the goldens (new ones too) after an intended
   * change, then review the diff.
   */
  static void assertGolden(String actual, Path goldenName) {
    Path golden = Path.of("src/test/resources").resolve(goldenName);
    String update =
        "mvn -B -o -pl processor -am test -Dtest=GoldenTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dffmbind.updateGoldens=true";
    try {
      if (Boolean.getBoolean("ffmbind.updateGoldens")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        Assertions.fail(
            "golden "
                + golden
                + " does not exist yet; create it with `"
                + update
                + "`, then review it");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      Assertions.assertEquals(
          expected,
          actual,
          "generated source differs from "
              + golden
              + " (if the change is intended, rerun with -Dffmbind.updateGoldens=true: `"
              + update
              + "`)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
