package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Callbacks that reach their user data, or report a failure, through a call of the library ({@code
 * user_data_from}, {@code on_exception_call}), and counted arrays of handles: each diagnostic with
 * its exact text and {@code file:line:col}.
 */
class CallbackLibraryCallsYamlTest {

  private static final String HEAD =
      """
      library: ffmbindtest
      package: demo
      class: Spec
      opaque_types:
        - {c_name: context, java_name: Context}
        - {c_name: value, java_name: Value}
      """;

  private static final String FUNCTIONS =
      """
      functions:
        - name: userData
          c_symbol: ctx_user_data
          params: [{name: ctx, type: "context*"}]
          returns: "void*"
        - name: fail
          c_symbol: ctx_fail
          params: [{name: ctx, type: "context*"}, {name: code, type: int}]
        - name: failCode
          c_symbol: ctx_fail_code
          params: [{name: ctx, type: "context*"}, {name: code, type: int}]
          returns: int
        - name: create
          params:
            - {name: name, type: "const char*"}
            - {name: app, type: "void*", user_data: true}
            - {name: fn, type: func_fn, lifetime: registered}
      """;

  @Test
  void aValidSpecHasNoProblems() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
                callbacks:
                  - name: func_fn
                    params:
                      - {name: ctx, type: "context*", user_data_from: ctx_user_data}
                      - {name: argc, type: int}
                      - {name: argv, type: "value**", length_from: argc}
                    on_exception_call: "ctx_fail(ctx, 0x13)"
                """
                + FUNCTIONS));
  }

  @Test
  void userDataFromNamesAGetterOfThatPointer() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.callback.user-data-from] callback 'func_fn': parameter 'ctx'"
                + " takes its user data from 'ctx_user_dat', which is not a function of the library;"
                + " declare it under functions; did you mean 'ctx_user_data'?",
            "spec.yaml:13:10: error: [ffmbind.callback.user-data-from] callback 'other_fn': parameter 'ctx'"
                + " takes its user data from 'ctx_fail', which must take exactly one parameter of C type"
                + " 'context*', return void*, and be neither optional nor variadic",
            "spec.yaml:16:10: error: [ffmbind.callback.user-data-from] callback 'third_fn': parameter 'n'"
                + " takes its user data from 'ctx_user_data', but only a pointer can be given to that"
                + " function, not 'int'",
            "spec.yaml:19:10: error: [ffmbind.callback.user-data-from] callback 'fourth_fn': parameter 'ctx'"
                + " takes its user data from 'ctx_user_data', but the callback has another way to its user"
                + " data; it has one user data, from one place"),
        problems(
            HEAD
                + """
                callbacks:
                  - name: func_fn
                    params:
                      - {name: ctx, type: "context*", user_data_from: ctx_user_dat}
                  - name: other_fn
                    params:
                      - {name: ctx, type: "context*", user_data_from: ctx_fail}
                  - name: third_fn
                    params:
                      - {name: n, type: int, user_data_from: ctx_user_data}
                  - name: fourth_fn
                    params:
                      - {name: ctx, type: "context*", user_data_from: ctx_user_data}
                      - {name: data, type: "void*", user_data: true}
                """
                + FUNCTIONS));
  }

  @Test
  void onExceptionCallIsAVoidCallWithParametersOrIntegers() {
    assertEquals(
        List.of(
            "spec.yaml:8:5: error: [ffmbind.callback.on-exception-call] callback 'a_fn': on_exception_call"
                + " 'ctx_fail ctx' is not a call of the form function(arg, ...)",
            "spec.yaml:11:5: error: [ffmbind.callback.on-exception-call] callback 'b_fn': on_exception_call"
                + " 'ctx_fial(ctx, 1)' calls 'ctx_fial', which is not a function of the library; declare it"
                + " under functions; did you mean 'ctx_fail'?",
            "spec.yaml:14:5: error: [ffmbind.callback.on-exception-call] callback 'c_fn': on_exception_call"
                + " 'ctx_fail(ctx)' passes 1 arguments, but 'ctx_fail' takes 2",
            "spec.yaml:17:5: error: [ffmbind.callback.on-exception-call] callback 'd_fn': on_exception_call"
                + " 'ctx_fail_code(ctx, 1)' calls 'ctx_fail_code', which must return void and be neither"
                + " optional nor variadic",
            "spec.yaml:20:5: error: [ffmbind.callback.on-exception-call] callback 'e_fn': on_exception_call"
                + " 'ctx_fail(ctx, oops)' passes 'oops' as parameter 'code' (int); an argument is a"
                + " parameter of the callback of that C type, or an integer"),
        problems(
            HEAD
                + """
                callbacks:
                  - name: a_fn
                    params: [{name: ctx, type: "context*"}]
                    on_exception_call: "ctx_fail ctx"
                  - name: b_fn
                    params: [{name: ctx, type: "context*"}]
                    on_exception_call: "ctx_fial(ctx, 1)"
                  - name: c_fn
                    params: [{name: ctx, type: "context*"}]
                    on_exception_call: "ctx_fail(ctx)"
                  - name: d_fn
                    params: [{name: ctx, type: "context*"}]
                    on_exception_call: "ctx_fail_code(ctx, 1)"
                  - name: e_fn
                    params: [{name: ctx, type: "context*"}]
                    on_exception_call: "ctx_fail(ctx, oops)"
                  - name: func_fn
                    params: [{name: ctx, type: "context*", user_data_from: ctx_user_data}]
                """
                + FUNCTIONS));
  }

  @Test
  void aHandleArrayTakesItsCountFromAnInteger() {
    assertEquals(
        List.of(
            "spec.yaml:12:10: error: [ffmbind.callback.length-from] callback 'func_fn': parameter 'argv'"
                + " takes its length from 'argn', which is not an integer parameter of the callback; did"
                + " you mean 'argc'?"),
        problems(
            HEAD
                + """
                callbacks:
                  - name: func_fn
                    params:
                      - {name: ctx, type: "context*", user_data_from: ctx_user_data}
                      - {name: argc, type: int}
                      - {name: argv, type: "value**", length_from: argn}
                """
                + FUNCTIONS));
  }
}
