package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Structs through the annotation front end: records annotated {@code @Struct} or {@code @Union}
 * declare them; a {@code struct X} named in a {@code @CType} and declared nowhere is an undeclared
 * struct, reported at the parameter in annotation words, never an unknown {@code X}.
 */
class StructAnnotationDiagnosticsTest {

  @Test
  void aStructTagInACTypeIsAnUndeclaredStruct() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "t.Time",
            "package t;",
            Sources.IMPORTS,
            "@NativeLibrary(\"c\")",
            "public interface Time {",
            "  int gettimeofday(",
            "      @CType(\"struct timeval*\") java.lang.foreign.MemorySegment tv,",
            "      @Nullable java.lang.foreign.MemorySegment tz);",
            "}");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.undeclared-annotation] 'struct timeval*' names struct 'timeval', which"
                + " the interface does not declare; declare it as a record nested in the interface"
                + " annotated @Struct (or as an @Opaque handle class if Java only passes pointers"
                + " to it)")
        .inFile(source)
        .onLineContaining("struct timeval*");
  }

  private static JavaFileObject time(String... members) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add("package t;");
    lines.add(Sources.IMPORTS);
    lines.add("@NativeLibrary(\"c\")");
    lines.add("public interface Time {");
    lines.addAll(java.util.List.of(members));
    lines.add("  int gettimeofday(");
    lines.add("      @CType(\"struct timeval*\") java.lang.foreign.MemorySegment tv,");
    lines.add("      @Nullable java.lang.foreign.MemorySegment tz);");
    lines.add("}");
    return JavaFileObjects.forSourceLines("t.Time", lines);
  }

  @Test
  void aStructRecordDeclaresTheStructAndItsValueTypeIsGenerated() throws Exception {
    Compilation compilation =
        Sources.compile(
            time(
                "  @Struct(\"timeval\")",
                "  record Timeval(@CType(\"long\") long tv_sec, @CType(\"long\") long tv_usec) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation.generatedSourceFile("t.Time_Ffm").orElseThrow().getCharContent(true).toString();
    org.junit.jupiter.api.Assertions.assertTrue(
        generated.contains("public record Timeval(long tvSec, long tvUsec)"), generated);
    org.junit.jupiter.api.Assertions.assertTrue(
        generated.contains(".withName(\"timeval\")"), generated);
  }

  @Test
  void aStructThatIsNotARecordIsRefusedAtTheClass() {
    JavaFileObject source = time("  @Struct(\"timeval\")", "  final class Timeval { long sec; }");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.not-record] @Struct may only annotate a record nested in the"
                + " @NativeLibrary interface; make Timeval a record")
        .inFile(source)
        .onLineContaining("@Struct(\"timeval\")");
  }

  @Test
  void aComponentWithoutACTypeIsReportedAtTheComponent() {
    JavaFileObject source =
        time("  @Struct(\"utsname\")", "  record Utsname(", "      String sysname) {}");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.component-c-type] struct 'utsname': component 'sysname' has Java type"
                + " java.lang.String, which states no C type; annotate it @CType")
        .inFile(source)
        .onLineContaining("String sysname");
  }

  @Test
  void theValidatorChecksAnnotatedStructsAtTheComponent() {
    JavaFileObject source =
        time(
            "  @Struct(\"timeval\")",
            "  record Timeval(",
            "      @CType(\"unsigned int : 3\") int flags) {}");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.struct.bitfield] struct 'timeval': field 'flags'")
        .inFile(source)
        .onLineContaining("int flags");
  }

  @Test
  void aStructRecordAsAParameterIsRefusedNamingTheGeneratedType() {
    JavaFileObject source =
        time(
            "  @Struct(\"timeval\")",
            "  record Timeval(@CType(\"long\") long tv_sec, @CType(\"long\") long tv_usec) {}",
            "  int settime(Timeval when);");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.record-parameter] parameter 'when' has Java type Timeval, a @Struct"
                + " declaration; methods take and return the value type the processor generates"
                + " from it: write Time_Ffm.Timeval (Ref<...> for a pointer C writes, an array for"
                + " a pointer with a length)")
        .inFile(source)
        .onLineContaining("Timeval when");
  }
}
