package dev.ffmbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.HashMap;
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
    String generated = Sources.generated(c, "t.L_Ffm");
    // The YAML path's declarations: the named structs, the enum and union record uses, the
    // constant, and the view residentStructs asks for.
    assertThat(generated).contains("public static final int SHAPE_LINE = 1;");
    assertThat(generated).contains("public static final class RecordView {");
    assertThat(generated).contains("public static final class ShapeKind {");
    assertThat(generated).contains("public static final class Value {");
    assertThat(generated).doesNotContain("class SmallIntsView");
  }

  private static long ffmbindErrors(Compilation c) {
    return c.errors().stream().filter(d -> d.getMessage(null).contains("[ffmbind.")).count();
  }

  private static final String SWAP =
      "@Symbol(\"swap_small\") L_Ffm.SmallInts swapSmall(L_Ffm.SmallInts v);";

  @Test
  void aNameTheHeadersLackIsAnErrorAtItsValue() {
    JavaFileObject source =
        source(
            "@CHeaders(value = \"structs.h\",\n"
                + "    fromHeader = {\"small_ints\", \"no_such_struct\"})",
            SWAP);
    Compilation c = compile(source);
    assertThat(c)
        .hadErrorContaining(
            "[ffmbind.header.missing] 'no_such_struct' is named in from_header, but the headers"
                + " do not declare it (searched structs.h (also in "
                + C_DIR
                + "))")
        .inFile(source)
        .onLineContaining("no_such_struct");
    // The method's L_Ffm.SmallInts is not reported again (javac's own "package L_Ffm does not
    // exist" remains, as the binding is not generated).
    assertEquals(1, ffmbindErrors(c));
  }

  @Test
  void withoutClangTheErrorIsAtTheFromHeaderMember() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", "");
    env.remove("CLANG");
    JavaFileObject source =
        source(
            "@CHeaders(value = \"structs.h\", defines = \"FFMBIND_NO_CLANG_TEST\",\n"
                + "    fromHeader = \"mixed\")",
            SWAP);
    // A define of its own: lookups are cached by headers, defines and names, not environment.
    Compilation c = compile(env, source);
    assertThat(c)
        .hadErrorContaining(
            "[ffmbind.header.unavailable] the declarations named in from_header cannot be taken"
                + " from structs.h: ")
        .inFile(source)
        .onLineContaining("fromHeader");
    assertThat(c).hadErrorContaining("clang");
  }

  @Test
  void withoutHeadersTheErrorIsAtTheFromHeaderMember() {
    JavaFileObject source = source("@CHeaders(value = {},\n    fromHeader = \"small_ints\")", SWAP);
    Compilation c = compile(source);
    assertThat(c)
        .hadErrorContaining(
            "[ffmbind.header.unavailable] the declarations named in from_header cannot be taken"
                + " from its headers: the spec names no headers")
        .inFile(source)
        .onLineContaining("fromHeader");
  }

  @Test
  void aResidentStructNotNamedInFromHeaderIsAnErrorAtItsValue() {
    JavaFileObject source =
        source(
            "@CHeaders(value = \"structs.h\", fromHeader = \"small_ints\",\n"
                + "    residentStructs = \"mixed\")",
            SWAP);
    Compilation c = compile(source);
    assertThat(c)
        .hadErrorContaining(
            "[ffmbind.header.resident-not-named] 'mixed' is in residentStructs but not in"
                + " fromHeader (small_ints)")
        .inFile(source)
        .onLineContaining("residentStructs");
    assertEquals(1, ffmbindErrors(c));
  }

  @Test
  void aRecordAndAFromHeaderNameForOneStructAreReported() {
    JavaFileObject source =
        source(
            "@CHeaders(value = \"structs.h\", fromHeader = \"two_doubles\")",
            "@Struct(\"two_doubles\") record TwoDoubles(double x, double y) {}",
            "@Symbol(\"add_doubles\") L_Ffm.TwoDoubles addDoubles(L_Ffm.TwoDoubles a,"
                + " L_Ffm.TwoDoubles b);");
    Compilation c = compile(source);
    // Found by the validator, so located at the interface with the generated spec text's place.
    assertThat(c)
        .hadErrorContaining(
            "@CHeaders(fromHeader) of t.L:8:5: [ffmbind.struct.duplicate] struct 'two_doubles'"
                + " is declared twice")
        .inFile(source)
        .onLineContaining("public interface L");
  }
}
