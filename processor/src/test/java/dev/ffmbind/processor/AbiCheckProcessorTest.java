package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The ABI check during the build: an annotated interface with {@code @CHeaders} is compiled against
 * the headers, and a difference is an error at the method; the processor option turns the check
 * off.
 */
class AbiCheckProcessorTest {

  private static JavaFileObject strlen(String declaration) {
    // @NativeLibrary("c") followed by @CHeaders on the same interface.
    return Sources.library("\"c\")\n@CHeaders({\"string.h\"}", declaration);
  }

  @Test
  void aPrototypeThatMatchesTheHeaderCompiles() {
    Compilation c = Sources.compile(strlen("@CType(\"size_t\") long strlen(String s);"));
    assertThat(c).succeededWithoutWarnings();
    // The Javadoc quotes the header's declaration next to the spec's.
    String generated = Sources.generated(c, "t.L_Ffm");
    org.junit.jupiter.api.Assertions.assertTrue(
        generated.contains("Declared in {@code string.h} (line ")
            && generated.contains("size_t strlen(const char *)"),
        generated);
  }

  @Test
  void aWrongReturnTypeIsAnErrorAtTheMethod() {
    JavaFileObject source = strlen("int strlen(String s);");
    Compilation c = Sources.compile(source);
    assertThat(c)
        .hadErrorContaining(
            "[ffmbind.abi.return-type] strlen: returns 'int' in the spec, but string.h declares"
                + " 'size_t' (unsigned long)")
        .inFile(source)
        .onLine(10);
  }

  @Test
  void theOptionTurnsTheCheckOff() {
    Compilation c =
        javac()
            .withProcessors(new FfmbindProcessor())
            .withOptions("-Xlint:all", "-Werror", "-Affmbind.abi.check=false")
            .compile(strlen("int strlen(String s);"));
    assertThat(c).succeededWithoutWarnings();
  }
}
