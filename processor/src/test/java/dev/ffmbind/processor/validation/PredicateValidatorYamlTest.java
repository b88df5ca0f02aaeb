package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code predicate} error convention in YAML: how its map is written, and the functions it
 * names, each mistake with its exact text and {@code file:line:col}. The annotation side is in
 * PredicateDiagnosticsTest.
 */
class PredicateValidatorYamlTest {

  /** A size_t function judged by {@code errors}, and the library's judges. */
  private static String spec(String errors, String extra) {
    return HEAD
        + """
        functions:
          - name: op
            params: [{name: x, type: int}]
            returns: size_t
            errors: %s
        %s
          - {name: isError, c_symbol: lib_is_error, params: [{name: c, type: size_t}], returns: unsigned}
          - {name: errorName, c_symbol: lib_error_name, params: [{name: c, type: size_t}], returns: "const char*"}
          - {name: small, params: [{name: c, type: int}], returns: int}
          - {name: checked, params: [{name: c, type: size_t}], returns: int, errors: nonzero}
        """
            .formatted(errors, extra);
  }

  private static List<String> problemsOf(String errors) {
    return problems(spec(errors, ""));
  }

  @Test
  void aWellFormedPredicateHasNoProblems() {
    assertEquals(
        List.of(), problemsOf("{predicate: lib_is_error, message_function: lib_error_name}"));
    assertEquals(List.of(), problemsOf("{predicate: isError}"));
  }

  @Test
  void thePredicateMustBeAFunctionOfTheBinding() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-unknown] op: predicate 'lib_is_eror' is not a function of this binding; did you mean 'lib_is_error'?"),
        problemsOf("{predicate: lib_is_eror}"));
  }

  @Test
  void theMessageFunctionMustBeAFunctionOfTheBinding() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-unknown] op: message function 'lib_err_name' is not a function of this binding; did you mean 'lib_error_name'?"),
        problemsOf("{predicate: lib_is_error, message_function: lib_err_name}"));
  }

  @Test
  void thePredicateMustTakeTheResult() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-shape] op: predicate 'small' must take one parameter of the result's C type 'size_t', return an integer or bool and have no error convention of its own"),
        problemsOf("{predicate: small}"));
  }

  @Test
  void thePredicateMustNotCheckItself() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-shape] op: predicate 'checked' must take one parameter of the result's C type 'size_t', return an integer or bool and have no error convention of its own"),
        problemsOf("{predicate: checked}"));
  }

  @Test
  void thePredicateMustReturnAnInteger() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-shape] op: predicate 'lib_error_name' must take one parameter of the result's C type 'size_t', return an integer or bool and have no error convention of its own"),
        problemsOf("{predicate: lib_error_name}"));
  }

  @Test
  void theMessageFunctionMustReturnAString() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.predicate-shape] op: message function 'lib_is_error' must take one parameter of the result's C type 'size_t', return a string and have no error convention of its own"),
        problemsOf("{predicate: lib_is_error, message_function: lib_is_error}"));
  }

  @Test
  void notOnVoidResults() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.errors.integer-return] op: error convention 'predicate' needs an integer return type, but the function returns 'void'"),
        problems(
            HEAD
                + """
            functions:
              - {name: op, returns: void, errors: {predicate: isError}}
              - {name: isError, params: [{name: c, type: size_t}], returns: unsigned}
            """));
  }

  @Test
  void noRetryOnEintr() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.errors.retry-without-errno] op: retry on EINTR needs an errno convention (minus-one-errno, null-errno or negative-errno)"),
        problems(spec("{predicate: lib_is_error}\n    retry_eintr: true", "")));
  }

  @Test
  void eitherStatusOrPredicate() {
    assertEquals(
        List.of(
            "spec.yaml:8:14: error: [ffmbind.yaml.errors-map] the errors of function 'op': write either {status: <table>} or {predicate: <function>}, the latter with an optional message_function"),
        problemsOf("{status: t, predicate: lib_is_error}"));
    assertEquals(
        List.of(
            "spec.yaml:8:14: error: [ffmbind.yaml.errors-map] the errors of function 'op': write either {status: <table>} or {predicate: <function>}, the latter with an optional message_function"),
        problemsOf("{message_function: lib_error_name}"));
  }

  @Test
  void theWordPredicateHintsAtTheMap() {
    assertEquals(
        List.of(
            "spec.yaml:8:13: error: [ffmbind.yaml.bad-value] 'errors' must be one of none, minus-one-errno, null-errno, negative-errno, nonzero or {status: <table name>}, but is 'predicate'; to use a predicate write '{predicate: <function>}'"),
        problemsOf("predicate"));
  }
}
