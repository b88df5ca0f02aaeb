package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * When javac's {@code Filer} refuses a generated file, the processor reports it as a located error
 * on the element that asked for the binding instead of crashing javac. Naming one spec twice is the
 * way a user can provoke it today: both would write {@code demo.yaml.Golden}.
 */
class GeneratedClassConflictTest {

  @Test
  void aSecondWriteOfTheSameClassIsALocatedError() {
    JavaFileObject holder =
        JavaFileObjects.forSourceLines(
            "t.Specs",
            "package t;",
            "@dev.ffmbind.annotation.BindingSpec({\"golden.yaml\", \"golden.yaml\"})",
            "final class Specs {}");
    Compilation compilation = Sources.compileLenient(holder);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.internal] ffmbind failed unexpectedly while processing"
                + " t.Specs; please report this: cannot write demo.yaml.Golden: ") // + javac's
        // reason
        .inFile(holder)
        .onLineContaining("final class Specs");
  }
}
