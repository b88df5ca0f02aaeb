package dev.ffmbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @CHeaders(fromHeader = ...)}: an annotated interface takes structs, enums, typedefs and
 * constants from its headers as a YAML spec's {@code from_header:} does, methods use the generated
 * types, and a name the headers lack, headers that cannot be read (no clang) and no headers are
 * errors at the annotation value.
 */
class FromHeaderProcessorTest {

  private static final Path C_DIR = Path.of("../integration-tests/src/main/c").toAbsolutePath();

  private static JavaFileObject source(String cHeaders, String... members) {
    StringBuilder text = new StringBuilder();
    text.append("package t;\n").append(Sources.IMPORTS).append('\n');
    text.append("@NativeLibrary(\"ffmbindstructs\")\n");
    text.append(cHeaders).append('\n');
    text.append("public interface L {\n");
    for (String m : members) {
      text.append("  ").append(m).append('\n');
    }
    text.append("}\n");
    return JavaFileObjects.forSourceString("t.L", text.toString());
  }

  private static Compilation compile(Map<String, String> env, JavaFileObject source) {
    return javac()
        .withProcessors(new FfmbindProcessor(env))
        .withOptions(
            "-Xlint:all",
            "-Werror",
            "-Affmbind.abi.includeDirs=" + C_DIR,
            "-Affmbind.abi.requireCompiler=true")
        .compile(source);
  }

  private static Compilation compile(JavaFileObject source) {
    return compile(System.getenv(), source);
  }

  @Test
  void structsEnumsAndConstantsFromStructsHServeTheMethods() {
    Compilation c =
        compile(
            source(
                "@CHeaders(value = \"structs.h\", fromHeader = {\"small_ints\", \"record\","
                    + " \"two_doubles\", \"SHAPE_LINE\"}, residentStructs = \"record\")",
                "@Symbol(\"swap_small\") L_Ffm.SmallInts swapSmall(L_Ffm.SmallInts v);",
                "@Symbol(\"record_sum\") double recordSum(@CType(\"const struct record*\") L_Ffm.RecordView r);",
                "@Symbol(\"add_doubles\") L_Ffm.TwoDoubles addDoubles(L_Ffm.TwoDoubles a,"
                    + " L_Ffm.TwoDoubles b);"));
    assertThat(c).succeededWithoutWarnings();
    System.out.println(Sources.generated(c, "t.L_Ffm"));
  }
}
