package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Structs through the annotation front end, which declares none yet: a {@code struct X} named in a
 * {@code @CType} is an undeclared struct, reported at the parameter, never an unknown {@code X}.
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
            "[ffmbind.struct.undeclared] 'struct timeval*' names struct 'timeval', which the spec"
                + " does not declare; declare it under structs (or under opaque_types if Java only"
                + " passes pointers to it)")
        .inFile(source)
        .onLineContaining("struct timeval*");
  }
}
