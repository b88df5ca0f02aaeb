package dev.ffmbind.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.ffmbind.processor.FfmbindProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A nullable array parameter that no other parameter gives the length of ({@code char* resolved} of
 * {@code realpath}): C may touch one element, so a non-null array must have one, and a null one is
 * passed as {@code NULL}. The generator used to crash on the null guard of that check.
 */
class NullableArrayTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new FfmbindProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  private static String generated(Compilation compilation, String qualifiedName)
      throws IOException {
    return compilation
        .generatedFile(StandardLocation.SOURCE_OUTPUT, qualifiedName.replace('.', '/') + ".java")
        .orElseThrow(() -> new AssertionError("no generated " + qualifiedName))
        .getCharContent(true)
        .toString()
        // Statements whatever their line breaks: a break and its indentation are one space.
        .replaceAll("[ \\t]*\\R\\s*", " ")
        .replace("( ", "(");
  }

  @Test
  void fromYaml() throws IOException {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "nullarray.package-info",
                "@dev.ffmbind.annotation.BindingSpec(\"realpath.yaml\")",
                "package nullarray;"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generated(compilation, "nullarray.Paths");
    assertGuarded(source);
    assertTrue(
        source.contains(
            "MemorySegment resolved$ = resolved == null ? MemorySegment.NULL"
                + " : NativeArrays.copyIn(scratch$, resolved);"),
        source);
    assertTrue(
        source.contains("if (resolved != null) NativeArrays.copyOut(resolved$, resolved);"),
        source);
  }

  /** Both arrays get their minimum-length check only when they are not null. */
  private static void assertGuarded(String source) {
    assertTrue(
        source.contains(
            "if (resolved != null) Checks.minLength(resolved.length, 1, \"realpath\", \"resolved\");"),
        source);
    assertTrue(
        source.contains("if (buf != null) Checks.minLength(buf.length, 1, \"tl_fill\", \"buf\");"),
        source);
  }

  @Test
  void fromAnnotations() throws IOException {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "t.L",
                "package t;",
                "import dev.ffmbind.annotation.*;",
                "import java.lang.foreign.MemorySegment;",
                "@NativeLibrary(\"c\")",
                "public interface L {",
                "  @Errors(ErrorConvention.NULL_ERRNO) @CType(\"char*\") @PointsInto(\"resolved\")",
                "  long realpath(String path, @CType(\"char*\") @Nullable @UncheckedSize byte[] resolved);",
                "  @Symbol(\"tl_fill\") void fill(@Nullable @UncheckedSize int[] buf);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertGuarded(generated(compilation, "t.L_Ffm"));
  }
}
