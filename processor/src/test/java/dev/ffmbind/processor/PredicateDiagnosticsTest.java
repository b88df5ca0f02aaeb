package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code PREDICATE} error convention on an annotated interface: the twin of the YAML checks in
 * PredicateValidatorYamlTest, each mistake with its exact text and the line javac points at.
 */
class PredicateDiagnosticsTest {

  private static final String JUDGES =
      "@Symbol(\"lib_is_error\") int isError(long code);"
          + " @Symbol(\"lib_error_name\") String errorName(long code);";

  private static JavaFileObject withOp(String errors) {
    return Sources.library("\"testlib\"", JUDGES, errors + " long op(int x);");
  }

  private static void assertOneError(JavaFileObject source, String text) {
    Compilation compilation = Sources.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining("long op(");
  }

  @Test
  void aPredicateAndAMessageFunctionCompileWithoutWarnings() {
    Compilation compilation =
        Sources.compile(
            withOp(
                "@Errors(value = ErrorConvention.PREDICATE, predicate = \"lib_is_error\","
                    + " messageFunction = \"errorName\")"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void thePredicateMustBeAFunctionOfTheInterface() {
    assertOneError(
        withOp("@Errors(value = ErrorConvention.PREDICATE, predicate = \"lib_is_eror\")"),
        "[ffmbind.errors.predicate-unknown] op: predicate 'lib_is_eror' is not a function of this"
            + " binding; did you mean 'lib_is_error'?");
  }

  @Test
  void aPredicateIsRequired() {
    assertOneError(
        withOp("@Errors(ErrorConvention.PREDICATE)"),
        "[ffmbind.errors.predicate-unknown] op: predicate '' is not a function of this binding");
  }

  @Test
  void theMessageFunctionMustReturnAString() {
    assertOneError(
        withOp(
            "@Errors(value = ErrorConvention.PREDICATE, predicate = \"isError\","
                + " messageFunction = \"isError\")"),
        "[ffmbind.errors.predicate-shape] op: message function 'isError' must take one parameter"
            + " of the result's C type 'int64_t', return a string and have no error convention of"
            + " its own");
  }

  @Test
  void noRetryOnEintr() {
    assertOneError(
        withOp("@RetryOnEintr @Errors(value = ErrorConvention.PREDICATE, predicate = \"isError\")"),
        "[ffmbind.errors.retry-without-errno] op: retry on EINTR needs an errno convention");
  }
}
