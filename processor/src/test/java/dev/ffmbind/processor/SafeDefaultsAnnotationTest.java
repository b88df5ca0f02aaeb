package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The annotation twins of {@code element_size_of} ({@code @WithElementSize}) and
 * {@code points_into} ({@code @PointsInto}): each message with its text and the line it points
 * at. The YAML side is in validation.SafeDefaultsValidatorYamlTest.
 */
class SafeDefaultsAnnotationTest {

  private static void assertError(JavaFileObject source, String text, String line) {
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
  }

  @Test
  void aHiddenElementSizeAndAPositionCompile() {
    Compilation compilation = Sources.compile(Sources.libc(
        "@CType(\"void*\") @PointsInto(\"s\") long memchr(@CType(\"const void*\") @WithLength"
            + " byte[] s, int c);",
        "void fill(@CType(\"double*\") @WithElementSize(name = \"size\") @UncheckedSize double[] a);",
        "@CType(\"void*\") @PointsInto(PointsInto.NONE) MemorySegment fopen(String p, String m);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aPointerIntoACopiedArgumentMustSayWhere() {
    assertError(Sources.libc("@CType(\"char*\") MemorySegment strchr(String s, int c);"),
        "[ffmbind.points-into.unstated] strchr: C returns a pointer (char*), and 's' is copied"
            + " into scratch memory that is released when the call returns, so a pointer into it"
            + " would dangle; say where it points: YAML 'points_into: s' under returns"
            + " (@PointsInto(\"s\")) returns its position in that argument as a long, and"
            + " 'points_into: none' (@PointsInto(PointsInto.NONE)) states that C never returns a"
            + " pointer into a copied argument", "MemorySegment strchr");
  }

  @Test
  void aPositionIsALong() {
    assertError(Sources.libc(
            "@CType(\"char*\") @PointsInto(\"s\") MemorySegment strchr(String s, int c);"),
        "[ffmbind.points-into.java-type] strchr: @PointsInto(\"s\") returns the position of the"
            + " pointer in that argument, so the method must return long, not MemorySegment",
        "MemorySegment strchr");
  }

  @Test
  void aPositionIsInAParameter() {
    assertError(Sources.libc("@CType(\"char*\") @PointsInto(\"ss\") long strchr(String s, int c);"),
        "[ffmbind.points-into.unknown] strchr: the return value points into 'ss', which is not a"
            + " parameter; did you mean 's'?", "long strchr");
  }

  @Test
  void anElementSizeNamesAnArrayOrATypedPointer() {
    assertError(Sources.libc("void f(@WithElementSize MemorySegment p);"),
        "[ffmbind.element-size.not-array] f: parameter 'pElementSize' is the element size of 'p',"
            + " which is a MemorySegment (void*); only an array or a pointer to a scalar ('int*',"
            + " 'double*') has an element size", "void f");
  }

  @Test
  void anElementSizeIsAnInteger() {
    assertError(Sources.libc("void f(@In @WithElementSize(\"double\") int[] a);"),
        "[ffmbind.link.holder-kind] f: element_size_of (@WithElementSize) can only be written on"
            + " an integer parameter, but parameter 'aElementSize' is a non-integer scalar"
            + " (double)", "void f");
  }
}
