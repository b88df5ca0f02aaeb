package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every callback diagnostic an annotated interface can provoke: its exact text and the line javac
 * points at.
 */
class CallbackDiagnosticsTest {

  private static final String CMP =
      "@Callback(\"compar_fn\") interface Cmp { int compare(MemorySegment a, MemorySegment b); }";
  private static final String TICK =
      "@Callback(\"tick_fn\") interface Tick { int tick(@UserData Object data, int i); }";

  private static void assertError(JavaFileObject source, String text, String line) {
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
  }

  @Test
  void callbacksCompileWithoutWarnings() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                CMP,
                TICK,
                "void qsort(MemorySegment base, long n, long size, @Lifetime(CallbackLifetime.CALL) Cmp compar);",
                "int each(@Lifetime(CallbackLifetime.CALL) Tick cb, @UserData Object data);",
                "dev.ffmbind.Registration watch(@Lifetime(CallbackLifetime.REGISTERED) Tick cb, @UserData Object data);"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aCallbackNeedsALifetime() {
    assertError(
        Sources.libc(CMP, "void qsort(MemorySegment base, long n, long size, Cmp compar);"),
        "[ffmbind.callback.no-lifetime] qsort: callback parameter 'compar' needs a lifetime: 'call' if C calls it"
            + " only during the call, 'registered' if C keeps it (YAML 'lifetime:', annotation @Lifetime)",
        "void qsort");
  }

  @Test
  void aRegisteredCallbackNeedsAWayToReleaseIt() {
    assertError(
        Sources.libc(
            CMP, "dev.ffmbind.Registration atexit(@Lifetime(CallbackLifetime.REGISTERED) Cmp fn);"),
        "[ffmbind.callback.registered-no-release] atexit: registered callback 'fn' could never be released: ffmbind"
            + " tells registrations apart by their user data, so the function and callback type 'compar_fn' both"
            + " need a user_data parameter",
        "atexit");
  }

  @Test
  void userDataMustBeAVoidPointer() {
    assertError(
        Sources.libc(
            TICK,
            "int each(@Lifetime(CallbackLifetime.CALL) Tick cb, @UserData @CType(\"int*\") Object data);"),
        "[ffmbind.user-data.not-void-pointer] each: user-data parameter 'data' must have C type 'void*', not 'int*'",
        "int each");
  }

  @Test
  void aCriticalFunctionCannotTakeACallback() {
    assertError(
        Sources.libc(
            CMP,
            "@Critical void qsort(MemorySegment base, long n, long size, @Lifetime(CallbackLifetime.CALL) Cmp c);"),
        "[ffmbind.callback.critical] qsort: a critical function cannot take callback 'c': an upcall during a"
            + " critical call aborts the JVM; remove critical",
        "void qsort");
  }

  @Test
  void aCallbackTypeMustBeAnnotated() {
    assertError(
        Sources.libc(
            "interface Cmp { int compare(MemorySegment a, MemorySegment b); }",
            "void qsort(MemorySegment base, long n, long size, @Lifetime(CallbackLifetime.CALL) Cmp c);"),
        "[ffmbind.callback.not-annotated] interface t.L.Cmp is not a callback type; annotate it @Callback to pass"
            + " it to C as a function pointer",
        "void qsort");
  }

  @Test
  void aCallbackTypeHasOneMethod() {
    assertError(
        Sources.libc(
            "@Callback interface Two { int a(); int b(); }",
            "void f(@Lifetime(CallbackLifetime.CALL) Two cb);"),
        "[ffmbind.callback.shape] callback interface t.L.Two must have exactly one abstract method, and no type"
            + " parameters or superinterfaces",
        "@Callback");
  }

  @Test
  void registeredCallbacksReturnARegistration() {
    assertError(
        Sources.libc(
            TICK,
            "int watch(@Lifetime(CallbackLifetime.REGISTERED) Tick cb, @UserData Object data);"),
        "[ffmbind.callback.registration-return] watch: a method that takes a registered callback must return"
            + " dev.ffmbind.Registration, and only such a method may",
        "int watch");
  }

  @Test
  void userDataOnBothSidesOrNeither() {
    assertError(
        Sources.libc(TICK, "int each(@Lifetime(CallbackLifetime.CALL) Tick cb, int n);"),
        "[ffmbind.callback.user-data-unlinked] each: callback type 'tick_fn' has a user_data parameter but the"
            + " function does not; give both one, or neither",
        "int each");
  }

  @Test
  void theErrorValueMustFitTheReturnType() {
    assertError(
        Sources.libc(
            "@Callback interface Cmp { @OnException(\"minus one\") int compare(MemorySegment a, MemorySegment b); }",
            "void qsort(MemorySegment base, long n, long size, @Lifetime(CallbackLifetime.CALL) Cmp c);"),
        "[ffmbind.callback.on-exception] callback 'Cmp': on_exception value 'minus one' is not a value of C type 'int'",
        "@Callback");
  }
}
