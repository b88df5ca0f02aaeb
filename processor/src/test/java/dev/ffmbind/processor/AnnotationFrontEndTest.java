package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The annotation front end end to end through javac: what compiles, and exactly what it generates. */
class AnnotationFrontEndTest {

  private static final JavaFileObject GOLDEN_INTERFACE = JavaFileObjects.forSourceLines("demo.Libc",
      "package demo;",
      "",
      Sources.IMPORTS,
      "",
      "/** A slice of the C library. */",
      "@NativeLibrary(value = \"c\", statusTables = @StatusTable(name = \"demo\", messageFunction = \"describe\",",
      "    codes = {@StatusCode(name = \"DEMO_OK\", value = 0, success = true),",
      "             @StatusCode(name = \"DEMO_BAD\", value = 5, description = \"bad input\")}))",
      "public interface Libc {",
      "  /** Returns the process id. */",
      "  int getpid();",
      "",
      "  @CType(\"size_t\") long strlen(String s);",
      "",
      "  @Errors(ErrorConvention.MINUS_ONE_ERRNO)",
      "  int open(String path, int flags);",
      "",
      "  @Errors(ErrorConvention.MINUS_ONE_ERRNO) @RetryOnEintr @CType(\"ssize_t\")",
      "  long read(int fd, @Out @WithLength(value = \"size_t\", name = \"count\") byte[] buf);",
      "",
      "  @Owned(free = \"free\") @Symbol(\"strdup\") @CType(\"char*\") String duplicate(String s);",
      "",
      "  @CType(\"uint8_t\") short toupper(@CType(\"uint8_t\") short c);",
      "",
      "  @Errors(value = ErrorConvention.STATUS, table = \"demo\") int abs(int v);",
      "",
      "  @CType(\"const char*\") String describe(int code);",
      "",
      "  @Critical @CType(\"void*\") MemorySegment memset(@CType(\"void*\") @Out byte[] dst, int c,",
      "      @CType(\"size_t\") @BoundedBy(\"dst\") long n);",
      "",
      "  @CType(\"char*\") String strncpy(@CType(\"char*\") @Out ByteBuffer dst, @Nullable String src,",
      "      @CType(\"size_t\") @BoundedBy(\"dst\") long n);",
      "",
      "  @Owned @ReturnSize(\"n\") @Errors(ErrorConvention.NULL_ERRNO) @CType(\"void*\")",
      "  dev.ffmbind.NativeBuffer malloc(@CType(\"size_t\") long n);",
      "",
      "  @CType(\"size_t\") long strnlen(@WithLength(\"size_t\") String s);",
      "}");

  @Test
  void generatesTheGoldenImplementationWithoutWarnings() {
    Compilation compilation = Sources.compile(GOLDEN_INTERFACE);
    assertThat(compilation).succeededWithoutWarnings();
    Sources.assertGolden(Sources.generated(compilation, "demo.Libc_Ffm"), "demo/Libc_Ffm.java");
  }

  @Test
  void nestedInterfacesGetTheOuterNameInTheGeneratedName() {
    JavaFileObject outer = JavaFileObjects.forSourceLines("t.Outer",
        "package t;",
        Sources.IMPORTS,
        "public class Outer {",
        "  @NativeLibrary(\"c\")",
        "  public interface Inner { int getpid(); }",
        "}");
    Compilation compilation = Sources.compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Sources.generated(compilation, "t.Outer_Inner_Ffm").contains("implements Outer.Inner"));
  }

  @Test
  void handleClassesWrittenByTheUserAreUsedAsTheyAre() {
    Compilation compilation = Sources.compile(Sources.handle(), Sources.library("\"thing\"",
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
