package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic the annotation front end and the validator can give an annotated interface: its
 * exact text and the line javac points at.
 */
class AnnotationDiagnosticsTest {

  /**
   * Compiles {@code source} (plus extras), expecting exactly one error with this text on the line
   * containing {@code line}.
   */
  private static void assertError(
      JavaFileObject source, String text, String line, JavaFileObject... extra) {
    JavaFileObject[] all = new JavaFileObject[extra.length + 1];
    all[0] = source;
    System.arraycopy(extra, 0, all, 1, extra.length);
    Compilation compilation = Sources.compile(all);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
  }

  // ---- the interface ----------------------------------------------------------------------------

  @Test
  void onlyInterfaces() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "t.C",
            "package t;",
            Sources.IMPORTS,
            "@NativeLibrary(\"c\")",
            "public abstract class C {}");
    assertError(
        source,
        "[ffmbind.annotation.not-interface] @NativeLibrary may only annotate an interface; make C an interface",
        "@NativeLibrary");
  }

  @Test
  void noTypeParameters() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "t.G",
            "package t;",
            Sources.IMPORTS,
            "@NativeLibrary(\"c\")",
            "public interface G<T> { int getpid(); }");
    assertError(
        source,
        "[ffmbind.annotation.generic-interface] @NativeLibrary interfaces may not have type parameters",
        "@NativeLibrary");
  }

  @Test
  void notPrivate() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "t.O",
            "package t;",
            Sources.IMPORTS,
            "public class O {",
            "  @NativeLibrary(\"c\")",
            "  private interface P { int getpid(); }",
            "}");
    assertError(
        source,
        "[ffmbind.annotation.private-interface] @NativeLibrary interfaces must be accessible from their package; P is private",
        "@NativeLibrary");
  }

  @Test
  void libraryNameRequired() {
    JavaFileObject source = Sources.library("\"\"", "int getpid();");
    assertError(
        source, "[ffmbind.library.empty] the library name must not be empty", "@NativeLibrary");
  }

  @Test
  void noFunctionsIsAWarning() {
    JavaFileObject source = Sources.libc();
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[ffmbind.library.no-functions] binding 't.L_Ffm' declares no functions")
        .inFile(source)
        .onLineContaining("@NativeLibrary");
  }

  // ---- methods ------------------------------------------------------------------------------

  @Test
  void noGenericMethods() {
    JavaFileObject source = Sources.libc("<T> int getpid();");
    assertError(
        source, "[ffmbind.method.generic] native methods may not have type parameters", "getpid");
  }

  @Test
  void noCheckedExceptions() {
    JavaFileObject source = Sources.libc("int getpid() throws java.io.IOException;");
    assertError(
        source,
        "[ffmbind.method.throws-checked] native methods may only declare unchecked exceptions;"
            + " ffmbind reports failures with NativeException subclasses",
        "getpid");
  }

  @Test
  void noVarargs() {
    JavaFileObject source = Sources.libc("int printf(String format, int... args);");
    assertError(
        source,
        "[ffmbind.method.varargs] native methods may not be varargs;"
            + " variadic C functions are not supported yet",
        "printf");
  }

  @Test
  void unsupportedJavaType() {
    JavaFileObject source = Sources.libc("int puts(Object s);");
    assertError(
        source,
        "[ffmbind.method.java-type] parameter 's' has Java type java.lang.Object, which ffmbind"
            + " cannot pass to C; use a primitive, String, a primitive array, ByteBuffer, MemorySegment, a handle class"
            + " or Ref<handle class>",
        "puts");
  }

  @Test
  void aJavaEnumIsNotACEnum() {
    JavaFileObject source = Sources.libc("int sleep(java.util.concurrent.TimeUnit unit);");
    assertError(
        source,
        "[ffmbind.method.java-enum] parameter 'unit' has the Java enum type"
            + " java.util.concurrent.TimeUnit, which cannot hold a value C returns that it does"
            + " not declare; declare the C enum as a Java enum annotated @CEnum nested in the"
            + " interface and use the class generated from it (docs/annotations.md), or pass the"
            + " value as int",
        "sleep");
  }

  @Test
  void unsupportedReturnType() {
    JavaFileObject source = Sources.libc("byte[] getenv(String name);");
    assertError(
        source,
        "[ffmbind.method.java-type] the return value of getenv() has Java type byte[]",
        "getenv");
  }

  @Test
  void duplicateFunction() {
    JavaFileObject source = Sources.libc("int abs(int v);", "long abs(long v);");
    assertError(
        source, "[ffmbind.function.duplicate] function 'abs' is declared twice", "long abs");
  }

  @Test
  void duplicateParameterFromHiddenLength() {
    JavaFileObject source =
        Sources.libc(
            "@CType(\"ssize_t\") long write(int fd, @WithLength(name = \"fd\") byte[] buf);");
    assertError(
        source, "[ffmbind.param.duplicate] write: parameter 'fd' is declared twice", "write");
  }

  @Test
  void dollarInNamesIsReserved() {
    JavaFileObject source = Sources.libc("int abs(int v$);");
    assertError(source, "[ffmbind.name.invalid] 'v$' is not a valid Java parameter name", "abs");
  }

  // ---- handle classes -------------------------------------------------------------------------

  @Test
  void handleClassNeedsOpaque() {
    JavaFileObject handle =
        JavaFileObjects.forSourceLines(
            "t.H",
            "package t;",
            "import dev.ffmbind.NativeHandle;",
            "import java.lang.foreign.MemorySegment;",
            "public final class H extends NativeHandle { H(MemorySegment a) { super(a); } }");
    JavaFileObject source = Sources.libc("int thing_next(H thing);");
    assertError(
        source,
        "[ffmbind.handle.not-annotated] handle class t.H must be annotated @Opaque(\"c_type_name\")"
            + " to say which C type it points to",
        "thing_next",
        handle);
  }

  @Test
  void handleClassNeedsSegmentConstructor() {
    JavaFileObject handle =
        JavaFileObjects.forSourceLines(
            "t.H",
            "package t;",
            "import dev.ffmbind.NativeHandle;",
            "import dev.ffmbind.annotation.Opaque;",
            "import java.lang.foreign.MemorySegment;",
            "@Opaque(\"thing\")",
            "public final class H extends NativeHandle { private H(MemorySegment a) { super(a); } }");
    JavaFileObject source = Sources.libc("int thing_next(H thing);");
    Compilation compilation = Sources.compile(source, handle);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.handle.shape] handle class t.H must extend"
                + " dev.ffmbind.NativeHandle and have a non-private constructor taking a MemorySegment")
        .inFile(handle)
        .onLineContaining("@Opaque");
  }

  @Test
  void duplicateOpaqueType() {
    JavaFileObject other =
        JavaFileObjects.forSourceLines(
            "t.H2",
            "package t;",
            "import dev.ffmbind.NativeHandle;",
            "import dev.ffmbind.annotation.Opaque;",
            "import java.lang.foreign.MemorySegment;",
            "@Opaque(\"thing\")",
            "public final class H2 extends NativeHandle { H2(MemorySegment a) { super(a); } }");
    JavaFileObject source = Sources.libc("int a(H x);", "int b(H2 y);");
    Compilation compilation = Sources.compile(source, Sources.handle(), other);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.opaque.duplicate] opaque type 'thing' is declared twice")
        .inFile(other)
        .onLineContaining("@Opaque");
  }

  // ---- C types --------------------------------------------------------------------------------

  @Test
  void unparsableCType() {
    JavaFileObject source = Sources.libc("int abs(@CType(\"unsigned thing\") int v);");
    assertError(
        source,
        "[ffmbind.type.syntax] 'unsigned thing' is not a C type ffmbind understands; write it as C"
            + " does, e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'",
        "@CType(\"unsigned thing\")");
  }

  @Test
  void fixedArraysNeedNoStatedSize() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", typedefs = \"uuid_t=unsigned char[16]\"",
            "void fill(@Out @CType(\"unsigned char[16]\") byte[] out);",
            "void generate(@Out @CType(\"uuid_t\") byte[] out);",
            "int sum(@CType(\"const int[4]\") int[] v);");
    assertThat(Sources.compile(source)).succeeded();
  }

  @Test
  void arraysOfArraysAreRefused() {
    JavaFileObject source = Sources.libc("int sum(@CType(\"int[2][3]\") int[] v);");
    assertError(
        source,
        "[ffmbind.type.array] 'int[2][3]' is not a fixed-size array ffmbind accepts: arrays of"
            + " arrays are not supported",
        "@CType(\"int[2][3]\")");
  }

  @Test
  void anArrayIsNotReturned() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", typedefs = \"uuid_t=unsigned char[16]\"",
            "@CType(\"uuid_t\") MemorySegment make();");
    assertError(
        source,
        "[ffmbind.type.array-return] make: C cannot return an array ('uuid_t'); return a pointer"
            + " to its first element instead",
        "make()");
  }

  @Test
  void unknownCTypeSuggestsTheClosest() {
    JavaFileObject source = Sources.libc("int abs(@CType(\"uint9_t\") int v);");
    assertError(
        source,
        "[ffmbind.type.unknown] unknown C type 'uint9_t'; declare it with @Opaque on a handle"
            + " class (a struct only used through pointers) or in @NativeLibrary(typedefs = ...);"
            + " did you mean 'uint8_t'?",
        "uint9_t");
  }

  @Test
  void typedefCycle() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", typedefs = {\"a=b\", \"b=a\"}", "int abs(@CType(\"a\") int v);");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.type.typedef-cycle] typedef 'a' refers to itself")
        .inFile(source)
        .onLineContaining("@NativeLibrary");
  }

  @Test
  void malformedTypedef() {
    JavaFileObject source =
        Sources.library("value = \"c\", typedefs = \"uLong\"", "int abs(int v);");
    assertError(
        source,
        "[ffmbind.type.syntax] 'uLong' is not a C type ffmbind understands",
        "@NativeLibrary");
  }

  @Test
  void pointerToPointerIsNotSupportedYet() {
    JavaFileObject source =
        Sources.libc("int execv(String path, @CType(\"char***\") MemorySegment argv);");
    assertError(
        source,
        "[ffmbind.type.unsupported] execv(argv): C type 'char***' is not supported yet"
            + " (pointers to pointers are supported for opaque handles and char**, and as"
            + " out-pointers into an argument)",
        "execv");
  }

  @Test
  void opaqueTypesOnlyThroughPointers() {
    JavaFileObject source = Sources.libc("int thing_next(@CType(\"thing\") H thing);");
    assertError(
        source,
        "[ffmbind.type.struct-by-value] thing_next(thing): opaque type 'thing' can only be used"
            + " through a pointer ('thing*')",
        "thing_next",
        Sources.handle());
  }

  @Test
  void javaTypeMustCarryTheCType() {
    JavaFileObject source = Sources.libc("int abs(@CType(\"uint32_t\") short v);");
    assertError(
        source,
        "[ffmbind.type.mismatch] abs(v): C type 'uint32_t' cannot be carried by Java short;"
            + " use long or int",
        "abs");
  }

  @Test
  void returnTypeMustCarryTheCType() {
    JavaFileObject source = Sources.libc("@CType(\"double\") int abs(int v);");
    assertError(
        source,
        "[ffmbind.type.mismatch] abs return value: C type 'double' cannot be carried by Java int;"
            + " use double",
        "abs");
  }

  // ---- directions -----------------------------------------------------------------------------

  @Test
  void noDirectionOnScalars() {
    JavaFileObject source = Sources.libc("int abs(@Out int v);");
    assertError(
        source,
        "[ffmbind.direction.scalar] abs: parameter 'v' is passed by value;"
            + " a direction only applies to pointers",
        "abs");
  }

  @Test
  void constDataCannotBeWritten() {
    JavaFileObject source = Sources.libc("void fill(@Out @CType(\"const uint8_t*\") byte[] buf);");
    assertError(
        source,
        "[ffmbind.direction.const] fill: parameter 'buf' points to const data, so C cannot"
            + " write it; remove direction 'out'",
        "fill");
  }

  @Test
  void stringsAreInputs() {
    JavaFileObject source = Sources.libc("void fill(@Out String s);");
    assertError(
        source,
        "[ffmbind.direction.string-out] fill: String parameter 's' can only be an input;"
            + " use byte[] for a buffer C writes",
        "fill");
  }

  // ---- lengths --------------------------------------------------------------------------------

  @Test
  void boundsTargetMustExist() {
    JavaFileObject source = Sources.libc("void fill(byte[] buf, @BoundedBy(\"bfu\") long n);");
    assertError(
        source,
        "[ffmbind.length.unknown] fill: parameter 'n' is the length of 'bfu', which is not a"
            + " parameter; did you mean 'buf'?",
        "fill");
  }

  @Test
  void boundsTargetMustBeAnArray() {
    JavaFileObject source = Sources.libc("void fill(String s, @BoundedBy(\"s\") long n);");
    assertError(
        source,
        "[ffmbind.length.not-array] fill: parameter 'n' is the length of 's', which is not an"
            + " array or buffer",
        "fill");
  }

  @Test
  void lengthMustBeAnInteger() {
    JavaFileObject source = Sources.libc("void fill(byte[] buf, @BoundedBy(\"buf\") double n);");
    assertError(
        source,
        "[ffmbind.length.not-integer] fill: length parameter 'n' must have an integer C type,"
            + " not 'double'",
        "fill");
  }

  @Test
  void oneLengthPerArray() {
    JavaFileObject source =
        Sources.libc("void fill(@WithLength byte[] buf, @BoundedBy(\"buf\") long n);");
    assertError(
        source,
        "[ffmbind.length.twice] fill: array 'buf' has more than one length parameter",
        "fill");
  }

  // ---- ownership, charsets, nullability
  // ----------------------------------------------------------

  @Test
  void onlyPointersAreOwned() {
    JavaFileObject source = Sources.libc("@Owned int getpid();");
    assertError(
        source,
        "[ffmbind.ownership.not-pointer] getpid: only pointer return values can be owned;"
            + " 'int' is not a pointer",
        "getpid");
  }

  @Test
  void ownedNeedsAFreeFunction() {
    JavaFileObject source = Sources.libc("@Owned(free = \"\") String strdup(String s);");
    assertError(
        source,
        "[ffmbind.ownership.free-missing] strdup: an owned return value needs the C function that"
            + " frees it, e.g. 'free' or 'sqlite3_free'",
        "strdup");
  }

  @Test
  void onlyStringsAndHandlesAreOwned() {
    JavaFileObject source = Sources.libc("@Owned MemorySegment malloc(@CType(\"size_t\") long n);");
    assertError(
        source,
        "[ffmbind.ownership.unsupported] malloc: only String, NativeBuffer and handle return values can be owned;"
            + " 'void*' maps to MemorySegment",
        "malloc");
  }

  @Test
  void unsupportedCharset() {
    JavaFileObject source = Sources.libc("int puts(@Encoding(\"windows-1252\") String s);");
    assertError(
        source,
        "[ffmbind.charset.unsupported] charset 'windows-1252' is not supported; use UTF-8,"
            + " ISO-8859-1, US-ASCII, UTF-16LE, UTF-16BE, UTF-32LE or UTF-32BE",
        "puts");
  }

  @Test
  void bomWritingUtf16IsRejected() {
    JavaFileObject source = Sources.libc("int puts(@Encoding(\"UTF-16\") String s);");
    assertError(source, "[ffmbind.charset.unsupported] charset 'UTF-16' is not supported", "puts");
  }

  @Test
  void charsetOnlyForStrings() {
    JavaFileObject source = Sources.libc("int abs(@Encoding(\"UTF-8\") int v);");
    assertError(
        source, "[ffmbind.charset.non-string] abs(v): a charset only applies to strings", "abs");
  }

  @Test
  void scalarsCannotBeNull() {
    JavaFileObject source = Sources.libc("int abs(@Nullable int v);");
    assertError(
        source,
        "[ffmbind.nullable.scalar] abs: parameter 'v' is a scalar and cannot be null",
        "abs");
  }

  // ---- error conventions ----------------------------------------------------------------------

  @Test
  void errnoMinusOneNeedsAnInteger() {
    JavaFileObject source =
        Sources.libc("@Errors(ErrorConvention.MINUS_ONE_ERRNO) String getenv(String name);");
    assertError(
        source,
        "[ffmbind.errors.integer-return] getenv: error convention 'minus-one-errno' needs an integer"
            + " return type, but the function returns 'const char*'",
        "getenv");
  }

  @Test
  void nullErrnoNeedsAPointer() {
    JavaFileObject source = Sources.libc("@Errors(ErrorConvention.NULL_ERRNO) int getpid();");
    assertError(
        source,
        "[ffmbind.errors.pointer-return] getpid: error convention 'null-errno' needs a pointer"
            + " return type, but the function returns 'int'",
        "getpid");
  }

  @Test
  void retryNeedsErrno() {
    JavaFileObject source = Sources.libc("@RetryOnEintr int getpid();");
    assertError(
        source,
        "[ffmbind.errors.retry-without-errno] getpid: retry on EINTR needs an errno convention"
            + " (minus-one-errno, null-errno or negative-errno)",
        "getpid");
  }

  @Test
  void unknownStatusTable() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"zlib\","
                + " codes = @StatusCode(name = \"Z_OK\", value = 0, success = true))",
            "@Errors(value = ErrorConvention.STATUS, table = \"zlb\") int abs(int v);");
    assertError(
        source,
        "[ffmbind.status.unknown] abs: unknown status table 'zlb'; did you mean 'zlib'?",
        "abs");
  }

  @Test
  void statusTableNeedsASuccessCode() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"z\","
                + " codes = @StatusCode(name = \"Z_BAD\", value = 1))",
            "int abs(int v);");
    assertError(
        source,
        "[ffmbind.status.no-success] status table 'z' declares no success code; mark at least one"
            + " code 'success: true'",
        "@NativeLibrary");
  }

  @Test
  void duplicateStatusCode() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"z\","
                + " codes = {@StatusCode(name = \"Z_OK\", value = 0, success = true), @StatusCode(name = \"Z_OK\", value = 1)})",
            "int abs(int v);");
    assertError(
        source,
        "[ffmbind.status.duplicate-code] status table 'z' declares 'Z_OK' twice",
        "@NativeLibrary");
  }

  @Test
  void duplicateStatusTable() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = {"
                + "@StatusTable(name = \"z\", codes = @StatusCode(name = \"Z_OK\", value = 0, success = true)),"
                + "@StatusTable(name = \"z\", exception = \"Z2\", codes = @StatusCode(name = \"Z_OK\", value = 0, success = true))}",
            "int abs(int v);");
    assertError(
        source,
        "[ffmbind.status.duplicate-table] status table 'z' is declared twice",
        "@NativeLibrary");
  }

  @Test
  void messageFunctionMustExist() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"z\","
                + " messageFunction = \"strerorr\", codes = @StatusCode(name = \"Z_OK\", value = 0, success = true))",
            "String strerror(int code);");
    assertError(
        source,
        "[ffmbind.status.message-function] status table 'z': message function 'strerorr' is not a"
            + " function of this binding; did you mean 'strerror'?",
        "@NativeLibrary");
  }

  @Test
  void messageFunctionShape() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"z\","
                + " messageFunction = \"abs\", codes = @StatusCode(name = \"Z_OK\", value = 0, success = true))",
            "int abs(int code);");
    assertError(
        source,
        "[ffmbind.status.message-function-shape] status table 'z': message function 'abs' must take"
            + " one int status code or one handle and return a string",
        "@NativeLibrary");
  }

  @Test
  void allErrorsOfACompilationAreReported() {
    JavaFileObject source =
        Sources.libc(
            "int abs(@Out int v);",
            "@Owned int getpid();",
            "int puts(@Encoding(\"EBCDIC\") String s);");
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).hadErrorCount(3);
  }

  // ---- destructors, owned handles, versioned and optional symbols, wide strings
  // ------------------

  /** A handle class {@code t.D} for C type {@code thing} with destructor {@code thing_free}. */
  private static JavaFileObject ownedHandle(boolean owningConstructor) {
    return JavaFileObjects.forSourceLines(
        "t.D",
        "package t;",
        "import dev.ffmbind.NativeHandle;",
        "import dev.ffmbind.annotation.Opaque;",
        "import java.lang.foreign.MemorySegment;",
        "@Opaque(value = \"thing\", destructor = \"thing_free\")",
        "public final class D extends NativeHandle {",
        "  D(MemorySegment address) { super(address); }",
        owningConstructor
            ? "  D(MemorySegment address, Destructor destructor) { super(address, destructor); }"
            : "",
        "}");
  }

  @Test
  void aHandleClassWithADestructorNeedsAnOwningConstructor() {
    JavaFileObject handle = ownedHandle(false);
    assertError(
        handle,
        "[ffmbind.handle.owning-constructor] handle class t.D declares destructor 'thing_free', so"
            + " it needs a non-private constructor (MemorySegment, NativeHandle.Destructor) that passes both to super;"
            + " ffmbind uses it for owned handles",
        "@Opaque",
        Sources.library("\"thing\"", "int thing_next(D d);"));
  }

  @Test
  void anOwnedHandleNeedsADestructor() {
    JavaFileObject source = Sources.library("\"thing\"", "@Owned H thing_new();");
    assertError(
        source,
        "[ffmbind.ownership.no-destructor] thing_new: the return value is an owned handle, but"
            + " opaque type 'thing' declares no destructor to free it",
        "thing_new",
        Sources.handle());
  }

  @Test
  void anOwnedHandleIsNotFreedByFree() {
    JavaFileObject source = Sources.library("\"thing\"", "@Owned(free = \"free\") D thing_new();");
    assertError(
        source,
        "[ffmbind.ownership.handle-free] thing_new: an owned handle is freed by its type's"
            + " destructor, not by 'free'; remove free",
        "thing_new",
        ownedHandle(true));
  }

  @Test
  void onlyHandleOutParametersAreOwned() {
    JavaFileObject source = Sources.libc("int abs(@Owned int v);");
    assertError(
        source,
        "[ffmbind.ownership.param] abs: parameter 'v' cannot be owned: only a handle"
            + " out-parameter (T**, Ref<Handle>) receives an owned pointer",
        "abs");
  }

  @Test
  void symbolsAreNamesOrVersionedNames() {
    JavaFileObject source = Sources.libc("@Symbol(\"vfunc@\") int vfunc();");
    assertError(
        source,
        "[ffmbind.symbol.invalid] vfunc: 'vfunc@' is not a C symbol; write a name, or"
            + " name@VERSION for a versioned symbol",
        "vfunc");
  }

  @Test
  void theAvailabilityMethodOfAnOptionalFunctionMustBeFree() {
    JavaFileObject source = Sources.libc("@OptionalSymbol int maybe();", "int hasMaybe();");
    assertError(
        source,
        "[ffmbind.optional.has-clash] maybe: an optional function gets a generated method"
            + " 'hasMaybe' that tells whether the library has it, but a function of that name is declared too",
        "int maybe");
  }

  @Test
  void wideStringsHaveNoCharset() {
    JavaFileObject source =
        Sources.libc(
            "@CType(\"size_t\") long wcslen(@CType(\"const wchar_t*\") @Encoding(\"UTF-32LE\") String s);");
    assertError(
        source,
        "[ffmbind.charset.wchar] wcslen(s): a wchar_t string is always in the platform's wchar_t"
            + " encoding (UTF-32, native byte order); remove the charset",
        "wcslen");
  }

  @Test
  void ownedHandlesVersionedOptionalAndWideStringsCompileWithoutWarnings() {
    JavaFileObject source =
        Sources.library(
            "\"thing\"",
            "@Owned D thing_new();",
            "int thing_open(@Owned Ref<D> out);",
            "@Errors(ErrorConvention.NONZERO) int thing_free(D d);",
            "@Symbol(\"vfunc@VER_1\") int vfuncV1();",
            "@OptionalSymbol int maybe();",
            "default boolean hasMaybe() { return false; }",
            "@CType(\"size_t\") long wcslen(@CType(\"const wchar_t*\") String s);",
            "@CType(\"const wchar_t*\") String wide();");
    Compilation compilation = Sources.compile(source, ownedHandle(true));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = Sources.generated(compilation, "t.L_Ffm");
    org.junit.jupiter.api.Assertions.assertAll(
        () ->
            assertContains(
                generated,
                "return result$.address() == 0 ? null : new D(result$, this::destroy$D);"),
        () ->
            assertContains(
                generated,
                "out.set(out$out.address() == 0 ? null : new D(out$out, this::destroy$D));"),
        () -> assertContains(generated, "if (d.ownsNativeObject()) {"),
        () -> assertContains(generated, "private int destroy$D(MemorySegment d) {"),
        () ->
            assertContains(
                generated,
                "Libraries.find(LOOKUP, LIBRARY, L_Ffm.class.getName(), \"vfunc@VER_1\")"),
        () -> assertContains(generated, "Libraries.downcallOrUnavailable("),
        () -> assertContains(generated, "public boolean hasMaybe() {"),
        () ->
            assertContains(
                generated,
                "NativeStrings.encode(scratch$, s, NativeStrings.WCHAR_T, \"wcslen\", \"s\")"),
        () ->
            assertContains(
                generated, "NativeStrings.decode(result$, NativeStrings.WCHAR_T, \"wide\")"),
        () ->
            assertContains(
                generated,
                "List.of(\"thing_new\", \"thing_open\", \"thing_free\", \"vfunc@VER_1\", \"wcslen\", \"wide\")"));
  }

  @Test
  void anUndeclaredDestructorIsLinkedAsVoidFunction() {
    JavaFileObject source = Sources.library("\"thing\"", "@Owned D thing_new();");
    Compilation compilation = Sources.compile(source, ownedHandle(true));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = Sources.generated(compilation, "t.L_Ffm");
    assertContains(generated, "new D(result$, Downcalls::free$thing_free)");
    assertContains(generated, "List.of(\"thing_new\", \"thing_free\")");
  }

  private static void assertContains(String text, String part) {
    org.junit.jupiter.api.Assertions.assertTrue(
        Sources.unwrapped(text).contains(part), () -> "missing: " + part + "\n" + text);
  }

  // ---- returned buffers and sized strings ----------------------------------------------------

  @Test
  void aNativeBufferNeedsASize() {
    JavaFileObject source =
        Sources.libc("@Owned dev.ffmbind.NativeBuffer malloc(@CType(\"size_t\") long n);");
    assertError(
        source,
        "[ffmbind.buffer.no-size] malloc: a NativeBuffer return value needs its size in bytes: name an"
            + " integer parameter or a size_t* out-parameter (YAML 'size:', @ReturnSize)",
        "malloc");
  }

  @Test
  void theReturnSizeNamesAParameter() {
    JavaFileObject source =
        Sources.libc(
            "@Owned @ReturnSize(\"size\") dev.ffmbind.NativeBuffer malloc(@CType(\"size_t\") long n);");
    assertError(
        source,
        "[ffmbind.size.unknown] malloc: the size of the return value is 'size', which is not a"
            + " parameter",
        "malloc");
  }

  @Test
  void theReturnSizeIsAnInteger() {
    JavaFileObject source =
        Sources.libc("@ReturnSize(\"d\") dev.ffmbind.NativeBuffer f(double d);");
    assertError(
        source,
        "[ffmbind.size.not-integer] f: the size of the return value, parameter 'd', must be an"
            + " integer ('size_t n') or a pointer C writes it to ('size_t* out_len'), not 'double'",
        "NativeBuffer f");
  }

  @Test
  void onlyBuffersAndStringsHaveAReturnSize() {
    JavaFileObject source =
        Sources.libc("@ReturnSize(\"n\") MemorySegment f(@CType(\"size_t\") long n);");
    assertError(
        source,
        "[ffmbind.size.unsupported] f: only a NativeBuffer or String return value has a size; this"
            + " one maps to MemorySegment",
        "MemorySegment f");
  }

  @Test
  void theHiddenOutLengthIsACType() {
    JavaFileObject source =
        Sources.libc(
            "@ReturnSize(value = \"len\", out = \"size_t* *x\") dev.ffmbind.NativeBuffer f(int n);");
    assertError(
        source,
        "[ffmbind.type.syntax] 'size_t* *x' is not a C type ffmbind understands",
        "ReturnSize");
  }

  @Test
  void theHiddenOutLengthHasAPosition() {
    JavaFileObject source =
        Sources.libc(
            "@ReturnSize(value = \"len\", out = \"size_t*\", position = 3) dev.ffmbind.NativeBuffer f(int n);");
    assertError(
        source,
        "[ffmbind.size.position] @ReturnSize position 3 is out of range: the hidden out-parameter"
            + " goes between 0 and 1, or -1 for last",
        "ReturnSize");
  }

  @Test
  void aNativeBufferHoldsBytes() {
    JavaFileObject source =
        Sources.libc(
            "@ReturnSize(\"n\") @CType(\"int*\") dev.ffmbind.NativeBuffer f(@CType(\"size_t\") long n);");
    assertError(
        source,
        "[ffmbind.type.mismatch] f return value: C type 'int*' cannot be carried by Java"
            + " NativeBuffer; use MemorySegment",
        "NativeBuffer f");
  }

  @Test
  void aNativeBufferIsOnlyReturned() {
    JavaFileObject source = Sources.libc("int f(dev.ffmbind.NativeBuffer b);");
    assertError(
        source,
        "[ffmbind.method.java-type] parameter 'b' has Java type dev.ffmbind.NativeBuffer, which"
            + " ffmbind cannot pass to C",
        "int f");
  }

  // ---- issue 9: links on every kind, stated sizes, names, interface shape ----------------------

  private static final String CMP =
      "@Callback(\"compar_fn\") interface Cmp { int compare(MemorySegment a, MemorySegment b); }";

  @Test
  void aBoundOnACallbackIsRefused() {
    JavaFileObject source =
        Sources.libc(
            CMP,
            "void sort(@In int[] a,"
                + " @Lifetime(CallbackLifetime.CALL) @BoundedBy(\"a\") Cmp cmp);");
    assertError(
        source,
        "[ffmbind.link.holder-kind] sort: bounds (@BoundedBy) can only be written on"
            + " an integer parameter or a pointer C reads an integer from, but parameter 'cmp' is a"
            + " callback (compar_fn)",
        "void sort");
  }

  @Test
  void aLengthOfACallbackIsRefused() {
    JavaFileObject source =
        Sources.libc(CMP, "void sort(@Lifetime(CallbackLifetime.CALL) @WithLength Cmp cmp);");
    assertError(
        source,
        "[ffmbind.length.not-array] sort: parameter 'cmpLength' is the length of"
            + " 'cmp', which is not an array or buffer",
        "void sort");
  }

  @Test
  void anArrayCMayWriteMustStateItsSize() {
    JavaFileObject source = Sources.libc("void fill(byte[] buf);");
    assertError(
        source,
        "[ffmbind.array.size-unstated] fill: C may write array 'buf' (uint8_t*,"
            + " direction inout), but nothing states its size",
        "void fill");
  }

  @Test
  void uncheckedSizeAcceptsTheRiskAndReadOnlyArraysNeedNoSize() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "void fill(@Out @UncheckedSize byte[] buf);", "int sum(@In int[] values);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void uncheckedSizeOnlyWhereASizeIsMissing() {
    JavaFileObject source = Sources.libc("int sum(@In @UncheckedSize int[] values);");
    assertError(
        source,
        "[ffmbind.array.unchecked-not-needed] sum: 'size: unchecked' (@UncheckedSize)"
            + " only applies to an array C may write that has no length or bound; parameter 'values'"
            + " is read-only (const data, direction in)",
        "int sum");
  }

  @Test
  void aVariadicFloatIsRefusedWithThePromotedType() {
    JavaFileObject source =
        Sources.libc("int printf(String format, @Variadic int n,", "    float x);");
    assertError(
        source,
        "[ffmbind.variadic.not-promoted] printf: variadic parameter 'x' has C type 'float', which"
            + " C promotes to 'double' when it passes through '...'; declare it as 'double'",
        "float x");
  }

  @Test
  void onlyTheFirstVariadicParameterIsMarked() {
    JavaFileObject source =
        Sources.libc("int printf(String format, @Variadic int n,", "    @Variadic long m);");
    assertError(
        source,
        "[ffmbind.variadic.twice] printf: parameter 'm' is marked variadic, but 'n' before it"
            + " already is; mark only the first variadic argument",
        "long m");
  }

  @Test
  void variadicArgumentsOfEveryKindCompile() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "int printf(String format, @Variadic int n, long l, double d, String s,"
                    + " @In int[] a);",
                "@Symbol(\"printf\") int printChar(String format, @Variadic @CType(\"int\")"
                    + " int c);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void inAndOutTogetherAreRefused() {
    JavaFileObject source = Sources.libc("void fill(@In @Out @WithLength byte[] buf);");
    assertError(
        source,
        "[ffmbind.direction.conflict] parameter 'buf' has @In and @Out; give it one"
            + " direction: @In (C reads), @Out (C writes) or @InOut (both)",
        "void fill");
  }

  @Test
  void userDataIsAnObject() {
    JavaFileObject source = Sources.libc("int each(@UserData int data);");
    assertError(
        source,
        "[ffmbind.user-data.not-object] parameter 'data' is @UserData, so its Java"
            + " type must be Object (C sees a void* handle), not int",
        "int each");
  }

  @Test
  void anOwnedStringIsFreedByACFunctionName() {
    JavaFileObject source =
        Sources.libc("@Owned(free = \"x y\") @CType(\"char*\") String strdup(String s);");
    assertError(
        source,
        "[ffmbind.ownership.free-name] strdup: free function 'x y' is not a C"
            + " function name; write an identifier such as free or sqlite3_free",
        "strdup");
  }

  @Test
  void inheritedNativeMethodsAreRefused() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "t.L",
            "package t;",
            Sources.IMPORTS,
            "@NativeLibrary(\"c\")",
            "public interface L extends Runnable { int getpid(); }");
    assertError(
        source,
        "[ffmbind.method.inherited] abstract method Runnable.run() is inherited from"
            + " java.lang.Runnable; ffmbind binds only the methods a @NativeLibrary interface declares"
            + " itself: redeclare it in L (with its annotations) to bind it, or give it a default body",
        "@NativeLibrary");
  }

  @Test
  void aRedeclaredInheritedMethodIsBound() {
    Compilation compilation =
        Sources.compile(
            JavaFileObjects.forSourceLines(
                "t.L",
                "package t;",
                Sources.IMPORTS,
                "@NativeLibrary(\"c\")",
                "public interface L extends Runnable { @Override void run(); }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anAbstractLoadClashesWithTheGeneratedLoad() {
    JavaFileObject source = Sources.libc("int load();");
    assertError(
        source,
        "[ffmbind.name.generated-clash] function 'load' clashes with the static"
            + " method load() in the generated class; choose another name",
        "int load");
  }

  @Test
  void aMethodNamedLikeAGeneratedFieldIsRefused() {
    JavaFileObject source = Sources.libc("@Symbol(\"linker\") int LINKER();");
    assertError(
        source,
        "[ffmbind.name.generated-clash] function 'LINKER' clashes with the field of"
            + " Downcalls holding the linker in the generated class; choose another name",
        "LINKER");
  }

  @Test
  void aParameterCannotHideATypeTheStubNames() {
    JavaFileObject source = Sources.libc("int abs(int Checks);");
    assertError(
        source,
        "[ffmbind.name.generated-clash] abs: parameter 'Checks' clashes with the type"
            + " Checks, which the generated code names in the generated class; choose another name",
        "int abs");
  }

  @Test
  void aDefaultLoadClashesWithTheGeneratedLoad() {
    JavaFileObject source = Sources.libc("int getpid();", "default int load() { return 0; }");
    assertError(
        source,
        "[ffmbind.method.reserved-default] default method 'load' clashes with the"
            + " static method load() of the generated class; rename it",
        "default int load");
  }

  @Test
  void defaultAndStaticMethodsAreLeftAlone() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "int getpid();",
                "default int twice() { return 2 * getpid(); }",
                "static int three() { return 3; }",
                "private int four() { return 4; }",
                "int ZERO = 0;"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void statusCodeNamesAreCIdentifiers() {
    JavaFileObject source =
        Sources.library(
            "value = \"c\", statusTables = @StatusTable(name = \"z\","
                + " codes = @StatusCode(name = \"Z\\u2028OK\", value = 0, success = true))",
            "@Errors(value = ErrorConvention.STATUS, table = \"z\") int f();");
    assertError(
        source,
        "[ffmbind.status.code-name] status table 'z': code name 'Z\u2028OK' is not a C"
            + " identifier (letters, digits, '_')",
        "@NativeLibrary");
  }

  @Test
  void aNameMustFitAClassFileConstant() {
    JavaFileObject source = Sources.libc("@Symbol(\"" + "s".repeat(70_000) + "\") int f();");
    assertError(
        source,
        "[ffmbind.name.too-long] C symbol 'ssssssssssssssssssssssssssssssss...' takes"
            + " 70000 bytes in a class file, whose constants hold at most 65535",
        "int f");
  }

  @Test
  void aDestructorIsACFunctionName() {
    JavaFileObject handle =
        JavaFileObjects.forSourceLines(
            "t.D",
            "package t;",
            "import dev.ffmbind.NativeHandle;",
            "import dev.ffmbind.annotation.Opaque;",
            "import java.lang.foreign.MemorySegment;",
            "@Opaque(value = \"thing\", destructor = \"thing free\")",
            "public final class D extends NativeHandle {",
            "  D(MemorySegment address) { super(address); }",
            "  D(MemorySegment address, Destructor destructor) { super(address, destructor); }",
            "}");
    JavaFileObject source = Sources.library("\"thing\"", "@Owned D thing_new();");
    Compilation compilation = Sources.compile(source, handle);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.opaque.destructor-name] opaque type 'thing':"
                + " destructor 'thing free' is not a C function name");
  }

  // ---- element sizes and pointers into copied arguments (issue 9) ------------------------------

  @Test
  void aHiddenElementSizeAndAPositionCompile() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "@CType(\"void*\") @PointsInto(\"s\") long memchr(@CType(\"const void*\") @WithLength"
                    + " byte[] s, int c);",
                "void fill(@CType(\"double*\") @WithElementSize(name = \"size\") @UncheckedSize"
                    + " double[] a);",
                "@CType(\"void*\") @PointsInto(PointsInto.NONE) MemorySegment fopen(String p, String m);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aPointerIntoACopiedArgumentMustSayWhere() {
    assertError(
        Sources.libc("@CType(\"char*\") MemorySegment strchr(String s, int c);"),
        "[ffmbind.points-into.unstated] strchr: C returns a pointer (char*), and 's' is copied"
            + " into scratch memory that is released when the call returns, so a pointer into it"
            + " would dangle; say where it points: YAML 'points_into: s' under returns"
            + " (@PointsInto(\"s\")) returns its position in that argument as a long, and"
            + " 'points_into: none' (@PointsInto(PointsInto.NONE)) states that C never returns a"
            + " pointer into a copied argument",
        "MemorySegment strchr");
  }

  @Test
  void aPositionIsALong() {
    assertError(
        Sources.libc("@CType(\"char*\") @PointsInto(\"s\") MemorySegment strchr(String s, int c);"),
        "[ffmbind.points-into.java-type] strchr: @PointsInto(\"s\") returns the position of the"
            + " pointer in that argument, so the method must return long, not MemorySegment",
        "MemorySegment strchr");
  }

  @Test
  void aPositionIsInAParameter() {
    assertError(
        Sources.libc("@CType(\"char*\") @PointsInto(\"ss\") long strchr(String s, int c);"),
        "[ffmbind.points-into.unknown] strchr: the return value points into 'ss', which is not a"
            + " parameter; did you mean 's'?",
        "long strchr");
  }

  @Test
  void anElementSizeNamesAnArrayOrATypedPointer() {
    assertError(
        Sources.libc("void f(@WithElementSize MemorySegment p);"),
        "[ffmbind.element-size.not-array] f: parameter 'pElementSize' is the element size of 'p',"
            + " which is a MemorySegment (void*); only an array or a pointer to a scalar ('int*',"
            + " 'double*') has an element size",
        "void f");
  }

  @Test
  void anElementSizeIsAnInteger() {
    assertError(
        Sources.libc("void f(@In @WithElementSize(\"double\") int[] a);"),
        "[ffmbind.link.holder-kind] f: element_size_of (@WithElementSize) can only be written on"
            + " an integer parameter, but parameter 'aElementSize' is a non-integer scalar"
            + " (double)",
        "void f");
  }

  // ---- pointers to pointers
  // ----------------------------------------------------------------------

  @Test
  void aPositionRefNamesItsArgument() {
    JavaFileObject source = Sources.libc("long strtol(String nptr, Ref<Long> endptr, int base);");
    assertError(
        source,
        "[ffmbind.points-into.param-unstated] strtol: parameter 'endptr' is a Ref<Long>",
        "strtol");
  }

  @Test
  void aPositionRefPointsIntoACopiedArgument() {
    JavaFileObject source =
        Sources.libc("long strtol(MemorySegment nptr, @PointsInto(\"nptr\") Ref<Long> e, int b);");
    assertError(
        source,
        "[ffmbind.points-into.param-target] strtol: parameter 'e' points into 'nptr', which is a"
            + " MemorySegment",
        "strtol");
  }

  @Test
  void pointsIntoOnAnOutStringIsRefused() {
    JavaFileObject source = Sources.libc("void f(String s, @PointsInto(\"s\") Ref<String> out);");
    assertError(
        source,
        "[ffmbind.points-into.param-type] f: points_into (@PointsInto) on parameter 'out' is for"
            + " a char** out-pointer carried as Ref<Long>, but this one is Ref<String>",
        "void f");
  }

  @Test
  void anOutStringIsOut() {
    JavaFileObject source = Sources.libc("void f(@InOut Ref<String> out);");
    assertError(
        source,
        "[ffmbind.out-pointer.direction] f: parameter 'out' (Ref<String>) is a slot C writes a"
            + " pointer into, so its direction is out, not inout",
        "void f");
  }
}
