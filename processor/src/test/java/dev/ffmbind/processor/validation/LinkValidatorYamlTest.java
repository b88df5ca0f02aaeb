package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Links between parameters on every kind of parameter, and the size an array C may write must state
 * (issue 9): each message with its exact text and {@code file:line:col}. The annotation side is in
 * AnnotationDiagnosticsTest.
 */
class LinkValidatorYamlTest {

  private static final String SIZE_UNSTATED =
      " but nothing states its size, so C could write"
          + " past its end; name its length (YAML length_of, @WithLength) or a bound (YAML bounds,"
          + " @BoundedBy), or accept the risk with YAML 'size: unchecked' / @UncheckedSize";

  @Test
  void aLengthOnACallbackIsRefused() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.link.holder-kind] f: length_of"
                + " (@WithLength) can only be written on an integer parameter, but parameter 'cb'"
                + " is a callback (cb_fn)"),
        problems(
            HEAD
                + """
            callbacks:
              - {name: cb_fn}
            functions:
              - name: f
                params:
                  - {name: n, type: int}
                  - {name: cb, type: cb_fn, lifetime: call, length_of: n}
            """));
  }

  @Test
  void aBoundOnACallbackIsRefusedEvenWhenItNamesARealArray() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.link.holder-kind] f: bounds"
                + " (@BoundedBy) can only be written on an integer parameter or a pointer C reads an"
                + " integer from, but parameter 'cb' is a callback (cb_fn)"),
        problems(
            HEAD
                + """
            callbacks:
              - {name: cb_fn}
            functions:
              - name: f
                params:
                  - {name: a, type: "const int*"}
                  - {name: cb, type: cb_fn, lifetime: call, bounds: a}
            """));
  }

  @Test
  void linksOnUserDataAndStringsAreRefused() {
    assertEquals(
        List.of(
            "spec.yaml:11:10: error: [ffmbind.link.holder-kind] f: length_of"
                + " (@WithLength) can only be written on an integer parameter, but parameter 'data'"
                + " is user data (void*)",
            "spec.yaml:15:10: error: [ffmbind.link.holder-kind] g: bounds (@BoundedBy) can only"
                + " be written on an integer parameter or a pointer C reads an integer from, but"
                + " parameter 's' is a String (const char*)"),
        problems(
            HEAD
                + """
            callbacks:
              - {name: cb_fn, params: [{name: data, type: "void*", user_data: true}]}
            functions:
              - name: f
                params:
                  - {name: a, type: "const int*"}
                  - {name: cb, type: cb_fn, lifetime: call}
                  - {name: data, type: "void*", user_data: true, length_of: a}
              - name: g
                params:
                  - {name: a, type: "const int*"}
                  - {name: s, type: "const char*", bounds: a}
            """));
  }

  @Test
  void anArrayCMayWriteMustStateItsSize() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.array.size-unstated] f: C may write"
                + " array 'out' (int*, direction inout),"
                + SIZE_UNSTATED,
            "spec.yaml:10:10: error: [ffmbind.array.size-unstated] g: C may write array 'buf'"
                + " (uint8_t*, direction out),"
                + SIZE_UNSTATED,
            "spec.yaml:13:10: error: [ffmbind.array.size-unstated] h: C may write array 'buf'"
                + " (void*, direction in),"
                + SIZE_UNSTATED),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: out, type: "int*"}
              - name: g
                params:
                  - {name: buf, type: "uint8_t*", direction: out}
              - name: h
                params:
                  - {name: buf, type: "void*", java_type: "byte[]", direction: in}
            """));
  }

  @Test
  void aLengthABoundOrUncheckedStatesIt() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - name: f
            params:
              - {name: buf, type: "uint8_t*", direction: out}
              - {name: n, type: size_t, length_of: buf}
          - name: g
            params:
              - {name: buf, type: "uint8_t*", direction: out}
              - {name: n, type: size_t, bounds: buf}
          - name: h
            params:
              - {name: out, type: "int*", direction: out, size: unchecked}
          - name: read_only
            params:
              - {name: values, type: "const int*"}
        """));
  }

  @Test
  void uncheckedOnlyWhereASizeIsMissing() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.array.unchecked-not-needed] f:"
                + " 'size: unchecked' (@UncheckedSize) only applies to an array C may write that has"
                + " no length or bound; parameter 'a' is read-only (const data, direction in)",
            "spec.yaml:10:10: error: [ffmbind.array.unchecked-not-needed] g: 'size: unchecked'"
                + " (@UncheckedSize) only applies to an array C may write that has no length or"
                + " bound; parameter 'a' already has a length or bound",
            "spec.yaml:14:10: error: [ffmbind.array.unchecked-not-needed] h: 'size: unchecked'"
                + " (@UncheckedSize) only applies to an array C may write that has no length or"
                + " bound; parameter 'n' is not an array"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: "const int*", size: unchecked}
              - name: g
                params:
                  - {name: a, type: "int*", size: unchecked}
                  - {name: n, type: size_t, length_of: a}
              - name: h
                params:
                  - {name: n, type: int, size: unchecked}
            """));
  }
}
