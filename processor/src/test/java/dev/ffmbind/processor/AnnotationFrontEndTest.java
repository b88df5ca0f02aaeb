package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The annotation front end end to end through javac. What it generates, exactly, is pinned by the
 * goldens of {@link GoldenTest} (the {@code golden/annotation_*} folders).
 */
class AnnotationFrontEndTest {

  @Test
  void nestedInterfacesGetTheOuterNameInTheGeneratedName() {
    JavaFileObject outer =
        JavaFileObjects.forSourceLines(
            "t.Outer",
            "package t;",
            Sources.IMPORTS,
            "public class Outer {",
            "  @NativeLibrary(\"c\")",
            "  public interface Inner { int getpid(); }",
            "}");
    Compilation compilation = Sources.compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        Sources.generated(compilation, "t.Outer_Inner_Ffm").contains("implements Outer.Inner"));
  }

  @Test
  void handleClassesWrittenByTheUserAreUsedAsTheyAre() {
    Compilation compilation =
        Sources.compile(
            Sources.handle(),
            Sources.library(
                "\"thing\"",
                "@Errors(ErrorConvention.NULL_ERRNO) H thing_new(int start);",
                "int thing_next(H thing);",
                "int thing_open(int start, Ref<H> out);",
                "void thing_free(@Nullable H thing);"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Sources.generated(compilation, "t.L_Ffm");
    assertTrue(source.contains("return result$.address() == 0 ? null : new H(result$);"), source);
    assertTrue(source.contains("out.set(out$out.address() == 0 ? null : new H(out$out));"), source);
    assertTrue(source.contains("int thing_open(int start, thing** out)"), source);
  }
}
