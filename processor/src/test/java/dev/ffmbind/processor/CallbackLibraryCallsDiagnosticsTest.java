package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @UserDataFrom} and {@code @OnExceptionCall} in annotated interfaces: they compile without
 * warnings when right, and each mistake is one error on the line javac points at.
 */
class CallbackLibraryCallsDiagnosticsTest {

  private static final String GETTER = "@Symbol(\"get_data\") MemorySegment getData(H ctx);";
  private static final String FAIL = "@Symbol(\"fail\") void fail(H ctx, int code);";
  private static final String EACH =
      "int each(@Lifetime(CallbackLifetime.CALL) Fn cb, @UserData Object data);";

  private static void assertError(JavaFileObject source, String text, String line) {
    Compilation compilation = Sources.compile(source, Sources.handle());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
  }

  @Test
  void aCallbackThatAsksTheLibraryForItsUserDataCompiles() {
    Compilation compilation =
        Sources.compile(
            Sources.libc(
                "@Callback(\"fn_cb\") interface Fn { @OnExceptionCall(\"fail(ctx, 1)\") void call("
                    + "@UserDataFrom(\"get_data\") H ctx, int argc, @LengthFrom(\"argc\") H[] argv); }",
                GETTER,
                FAIL,
                EACH),
            Sources.handle());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void userDataFromNamesADeclaredFunction() {
    assertError(
        Sources.libc(
            "@Callback(\"fn_cb\") interface Fn {",
            "  void call(@UserDataFrom(\"get_dat\") H ctx);",
            "}",
            GETTER,
            EACH),
        "[ffmbind.callback.user-data-from] callback 'fn_cb': parameter 'ctx' takes its user data from"
            + " 'get_dat', which is not a function of the library; declare it under functions; did you"
            + " mean 'get_data'?",
        "@UserDataFrom");
  }

  @Test
  void onExceptionCallPassesTheFunctionsParameters() {
    assertError(
        Sources.libc(
            "@Callback(\"fn_cb\") interface Fn {",
            "  @OnExceptionCall(\"fail(ctx)\") void call(@UserDataFrom(\"get_data\") H ctx);",
            "}",
            GETTER,
            FAIL,
            EACH),
        "[ffmbind.callback.on-exception-call] callback 'fn_cb': on_exception_call 'fail(ctx)' passes 1"
            + " arguments, but 'fail' takes 2",
        "interface Fn");
  }

  @Test
  void userDataFromOnALibraryFunctionIsAnError() {
    assertError(
        Sources.libc(GETTER, "int first(@UserDataFrom(\"get_data\") H ctx);"),
        "[ffmbind.annotation.callback-only] @UserDataFrom only applies to a parameter of a @Callback"
            + " interface; 'first' is a function of the library",
        "int first(");
  }

  @Test
  void onExceptionCallOnALibraryFunctionIsAnError() {
    assertError(
        Sources.libc(FAIL, "@OnExceptionCall(\"fail(ctx, 1)\") int second(H ctx);"),
        "[ffmbind.annotation.callback-only] @OnExceptionCall only applies to a method of a @Callback"
            + " interface; 'second' is a function of the library",
        "int second(");
  }
}
