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
  void severalCallbacksShareOneUserDataAndOneLifetime() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
            functions:
              - name: both
                params:
                  - {name: a, type: tick_fn, lifetime: call}
                  - {name: b, type: tock_fn, lifetime: call}
                  - {name: data, type: "void*", user_data: true}
            """
                    .replace("functions:", TOCK + "functions:")));
    assertEquals(
        List.of(
            "spec.yaml:23:10: error: [ffmbind.user-data.more-than-one] f: parameters 'd1' and 'd2'"
                + " are both user data; a function passes one user-data pointer, which all its"
                + " callbacks share",
            "spec.yaml:27:10: error: [ffmbind.callback.lifetimes-differ] g: callback 'b' has"
                + " lifetime 'call' but 'a' has 'registered'; the callbacks of one function share"
                + " their user data, so they share one lifetime (only a destructor has lifetime"
                + " 'release')",
            "spec.yaml:32:10: error: [ffmbind.callback.same-type] h: callbacks 'a' and 'b' have the"
                + " same type 'plain_fn', so their stub could not tell them apart; declare a second"
                + " callback type with the same signature"),
        problems(
            HEAD
                + TOCK
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: tick_fn, lifetime: call}
                  - {name: d1, type: "void*", user_data: true}
                  - {name: d2, type: "void*", user_data: true}
              - name: g
                params:
                  - {name: a, type: tick_fn, lifetime: registered}
                  - {name: b, type: tock_fn, lifetime: call}
                  - {name: data, type: "void*", user_data: true}
              - name: h
                params:
                  - {name: a, type: plain_fn, lifetime: call}
                  - {name: b, type: plain_fn, lifetime: call}
            """));
  }

  /** A second callback type with tick_fn's signature. */
  private static final String TOCK =
      """
        - name: tock_fn
          params:
            - {name: data, type: "void*", user_data: true}
            - {name: i, type: int}
          returns: int
      """;

  @Test
  void destructorsOfUserData() {
    assertEquals(
        List.of(
            "spec.yaml:26:10: error: [ffmbind.callback.release] f: destructor 'free' (lifetime"
                + " 'release') only goes with callbacks of lifetime 'registered', not 'call'",
            "spec.yaml:29:10: error: [ffmbind.callback.release] g: destructor 'free' (lifetime"
                + " 'release') needs the user-data parameter it releases",
            "spec.yaml:33:10: error: [ffmbind.callback.release] h: destructor 'free' (lifetime"
                + " 'release') must have a callback type like void (*)(void* data), taking only"
                + " the user data, not 'tick_fn'"),
        problems(
            HEAD
                + """
              - name: free_fn
                params: [{name: data, type: "void*", user_data: true}]
            functions:
              - name: ok
                params:
                  - {name: a, type: tick_fn, lifetime: registered}
                  - {name: data, type: "void*", user_data: true}
                  - {name: free, type: free_fn, lifetime: release}
                returns: int
              - name: f
                params:
                  - {name: a, type: tick_fn, lifetime: call}
                  - {name: data, type: "void*", user_data: true}
                  - {name: free, type: free_fn, lifetime: release}
              - name: g
                params:
                  - {name: free, type: free_fn, lifetime: release}
              - name: h
                params:
                  - {name: data, type: "void*", user_data: true}
                  - {name: free, type: tick_fn, lifetime: release}
            """
                    .replace("    - name: free_fn", "  - name: free_fn")
                    .replace("      params: [{name: data", "    params: [{name: data")));
  }

  private static final String HANDLES =
      """
      library: ffmbindtest
      package: demo
      class: Spec
      opaque_types:
        - {c_name: easy, destructor: easy_cleanup}
        - {c_name: plain}
      callbacks:
        - name: write_fn
          params:
            - {name: data, type: "void*", user_data: true}
            - {name: n, type: int}
          returns: int
        - name: bare_fn
          params: [{name: n, type: int}]
      functions:
        - {name: cleanup, c_symbol: easy_cleanup, params: [{name: h, type: "easy*"}]}
      """;

  @Test
  void callbacksSetOnAHandle() {
    assertEquals(
        List.of(),
        problems(
            HANDLES
                + """
          - name: setWrite
            params:
              - {name: h, type: "easy*"}
              - {name: fn, type: write_fn, lifetime: handle, handle: h, nullable: true}
          - name: setData
            params:
              - {name: h, type: "easy*"}
              - {name: data, type: "void*", user_data: true, handle: h, slot: write}
        """));
    assertEquals(
        List.of(
            "spec.yaml:20:10: error: [ffmbind.callback.handle-no-destructor] a: 'fn' is set on"
                + " handle 'p' of type 'plain', which has no destructor, so it could never be"
                + " released; declare the type's destructor",
            "spec.yaml:24:10: error: [ffmbind.callback.handle-param] b: parameter 'fn' is set on"
                + " handle 'hh', which is not a parameter of an opaque handle type; did you mean"
                + " 'h'?",
            "spec.yaml:28:10: error: [ffmbind.callback.handle-param] c: parameter 'fn' has"
                + " lifetime 'handle' but names no handle parameter (YAML 'handle:',"
                + " @Lifetime(handle = ...))",
            "spec.yaml:32:10: error: [ffmbind.callback.registered-no-release] d: registered"
                + " callback 'fn' could never be released: ffmbind tells registrations apart by"
                + " their user data, so the function and callback type 'bare_fn' both need a"
                + " user_data parameter",
            "spec.yaml:34:41: error: [ffmbind.callback.handle-param] e: parameter 'n' names a"
                + " handle (or slot) but is neither a callback of lifetime 'handle' nor user data",
            "spec.yaml:38:10: error: [ffmbind.callback.handle-param] f: parameter 'data' is set on"
                + " a handle, but the function's callbacks have lifetime 'call'",
            "spec.yaml:41:10: error: [ffmbind.user-data.no-callback] g: user-data parameter"
                + " 'data' is only for a callback of the same function, and the function takes"
                + " none"),
        problems(
            HANDLES
                + """
          - name: a
            params:
              - {name: p, type: "plain*"}
              - {name: fn, type: write_fn, lifetime: handle, handle: p}
          - name: b
            params:
              - {name: h, type: "easy*"}
              - {name: fn, type: write_fn, lifetime: handle, handle: hh}
          - name: c
            params:
              - {name: h, type: "easy*"}
              - {name: fn, type: write_fn, lifetime: handle}
          - name: d
            params:
              - {name: h, type: "easy*"}
              - {name: fn, type: bare_fn, lifetime: handle, handle: h}
          - name: e
            params: [{name: h, type: "easy*"}, {name: n, type: int, handle: h}]
          - name: f
            params:
              - {name: fn, type: write_fn, lifetime: call}
              - {name: data, type: "void*", user_data: true, handle: h}
          - name: g
            params:
              - {name: data, type: "void*", user_data: true}
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
