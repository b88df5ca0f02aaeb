package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Blocking} on an annotated interface: it compiles without warnings, and combined with
 * {@code @Critical} it is refused at the method. The YAML side is in BlockingValidatorYamlTest.
 */
class BlockingDiagnosticsTest {

  @Test
  void blockingMethodsCompileWithoutWarnings() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "@dev.ffmbind.annotation.Blocking int usleep(@CType(\"unsigned int\") int usec);",
                "@dev.ffmbind.annotation.Blocking void sync();"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aCriticalMethodCannotBeBlocking() {
    JavaFileObject source =
        Sources.libc(
            "int getpid();",
            "@Critical @dev.ffmbind.annotation.Blocking int usleep(@CType(\"unsigned int\") int"
                + " usec);");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.blocking.critical] usleep: a function cannot be both blocking and critical:"
                + " a critical call must be short, and a blocking one may wait; remove @Critical or"
                + " @Blocking")
        .inFile(source)
        .onLineContaining("int usleep");
  }
}
