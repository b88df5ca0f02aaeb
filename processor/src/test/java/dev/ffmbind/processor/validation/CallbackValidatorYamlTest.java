package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Callback diagnostics in YAML specs, each with its exact text and {@code file:line:col}. */
class CallbackValidatorYamlTest {

  private static final String HEAD =
      """
      library: ffmbindtest
      package: demo
      class: Spec
      callbacks:
        - name: tick_fn
          params:
            - {name: data, type: "void*", user_data: true}
            - {name: i, type: int}
          returns: int
        - name: plain_fn
          params: [{name: x, type: int}]
          returns: int
      """;

  @Test
  void aValidSpecHasNoProblems() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - name: each
            params:
              - {name: cb, type: tick_fn, lifetime: call}
              - {name: data, type: "void*", user_data: true}
          - name: watch
            params:
              - {name: cb, type: tick_fn, lifetime: registered}
              - {name: data, type: "void*", user_data: true}
          - name: apply
            params:
              - {name: fn, type: plain_fn, lifetime: call}
            returns: int
        """));
  }

  @Test
  void unknownCallbackType() {
    assertEquals(
        List.of(
            "spec.yaml:16:10: error: [ffmbind.callback.unknown] f: parameter 'cb' has a lifetime, so its"
                + " type must be a callback type, but 'tick_fm' is not declared under callbacks; did you mean 'tick_fn'?"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: cb, type: tick_fm, lifetime: call}
            """));
  }

  @Test
  void lifetimeRequired() {
    assertEquals(
        List.of(
            "spec.yaml:16:10: error: [ffmbind.callback.no-lifetime] f: callback parameter 'fn' needs a"
                + " lifetime: 'call' if C calls it only during the call, 'registered' if C keeps it (YAML 'lifetime:',"
                + " annotation @Lifetime)"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: fn, type: plain_fn}
            """));
  }

  @Test
  void userDataNeedsACallback() {
    assertEquals(
        List.of(
            "spec.yaml:16:10: error: [ffmbind.user-data.no-callback] f: user-data parameter 'data' is"
                + " only for a callback of the same function, and the function takes none"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: data, type: "void*", user_data: true}
            """));
  }

  @Test
  void aRegisteredCallbackReturnsARegistrationSoItsResultMustBeChecked() {
    assertEquals(
        List.of(
            "spec.yaml:18:14: error: [ffmbind.callback.registered-result] watch: a function that"
                + " registers a callback returns a Registration, so its C result must be void or checked by an error"
                + " convention, not 'int'"),
        problems(
            HEAD
                + """
            functions:
              - name: watch
                params:
                  - {name: cb, type: tick_fn, lifetime: registered}
                  - {name: data, type: "void*", user_data: true}
                returns: int
            """));
  }

  @Test
  void oneCallbackPerFunction() {
    assertEquals(
        List.of(
            "spec.yaml:14:5: error: [ffmbind.callback.more-than-one] f: more than one callback or"
                + " user-data parameter; ffmbind supports one callback, with at most one user-data parameter, per function"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: plain_fn, lifetime: call}
                  - {name: b, type: plain_fn, lifetime: call}
            """));
  }

  @Test
  void callbackTypeProblems() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.user-data.not-void-pointer] callback 'bad_fn': user-data parameter 'd'"
                + " must have C type 'void*', not 'int*'",
            "spec.yaml:11:14: error: [ffmbind.callback.return-type] callback 'bad_fn': return type 'char*' is not"
                + " supported; a callback returns void or a scalar",
            "spec.yaml:13:5: error: [ffmbind.callback.on-exception] callback 'small_fn': on_exception value '300' is"
                + " not a value of C type 'int8_t'",
            "spec.yaml:8:10: error: [ffmbind.callback.length-from] callback 'bad_fn': parameter 'words' takes its"
                + " length from 'count', which is not an integer parameter of the callback; did you mean 'cont'?",
            "spec.yaml:9:10: error: [ffmbind.callback.param-type] callback 'bad_fn': parameter 'raw' of C type"
                + " 'char**' cannot be passed to Java; give a char** its count with length_from"),
        problems(
                """
            library: ffmbindtest
            package: demo
            class: Spec
            callbacks:
              - name: bad_fn
                params:
                  - {name: cont, type: double}
                  - {name: words, type: "char**", length_from: count}
                  - {name: raw, type: "char**"}
                  - {name: d, type: "int*", user_data: true}
                returns: "char*"
                on_exception: 300
              - name: small_fn
                returns: int8_t
                on_exception: 300
            functions: [{name: f}]
            """)
            .stream()
            .sorted()
            .toList());
  }
}
