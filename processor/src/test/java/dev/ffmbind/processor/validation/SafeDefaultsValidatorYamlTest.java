package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safe defaults of issue 9 for element sizes ({@code element_size_of}) and pointers into copied
 * arguments ({@code points_into}): each message with its exact text and {@code file:line:col}. The
 * annotation side is at the end of AnnotationDiagnosticsTest.
 */
class SafeDefaultsValidatorYamlTest {

  /** qsort with its element size naming {@code target}. */
  private static String qsort(String target) {
    return HEAD
        + """
        callbacks:
          - name: cmp_fn
            params: [{name: a, type: "const void*"}, {name: b, type: "const void*"}]
            returns: int
        functions:
          - name: qsort
            params:
              - {name: base, type: "int*"}
              - {name: nmemb, type: size_t, length_of: base}
              - {name: size, type: size_t, element_size_of: %s}
              - {name: cmp, type: cmp_fn, lifetime: call}
        """
            .formatted(target);
  }

  @Test
  void anElementSizeIsHiddenAndNeedsNoCheck() {
    assertEquals(List.of(), problems(qsort("base")));
  }

  @Test
  void anElementSizeNamesAParameter() {
    assertEquals(
        List.of(
            "spec.yaml:13:10: error: [ffmbind.element-size.unknown] qsort:"
                + " parameter 'size' is the element size of 'bas', which is not a parameter;"
                + " did you mean 'base'?"),
        problems(qsort("bas")));
  }

  @Test
  void anElementSizeNamesAnArrayOrATypedPointer() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.element-size.not-array] f: parameter"
                + " 'size' is the element size of 's', which is a String (const char*); only an array"
                + " or a pointer to a scalar ('int*', 'double*') has an element size",
            "spec.yaml:12:10: error: [ffmbind.element-size.not-array] g: parameter 'size' is the"
                + " element size of 'p', which is a MemorySegment (void*); only an array or a pointer"
                + " to a scalar ('int*', 'double*') has an element size"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: s, type: "const char*"}
                  - {name: size, type: size_t, element_size_of: s}
              - name: g
                params:
                  - {name: p, type: "void*"}
                  - {name: size, type: size_t, element_size_of: p}
            """));
  }

  @Test
  void anElementSizeIsAnIntegerAndNoOtherLink() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.link.holder-kind] f: element_size_of"
                + " (@WithElementSize) can only be written on an integer parameter, but parameter"
                + " 'size' is a non-integer scalar (double)",
            "spec.yaml:12:10: error: [ffmbind.element-size.other-link] g: parameter 'n' cannot be"
                + " both element_size_of (@WithElementSize) and length_of (@WithLength)",
            "spec.yaml:17:10: error: [ffmbind.element-size.twice] h: array 'a' has more than one"
                + " element size parameter"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: "const int*"}
                  - {name: size, type: double, element_size_of: a}
              - name: g
                params:
                  - {name: a, type: "const int*"}
                  - {name: n, type: size_t, length_of: a, element_size_of: a}
              - name: h
                params:
                  - {name: a, type: "const int*"}
                  - {name: s1, type: size_t, element_size_of: a}
                  - {name: s2, type: size_t, element_size_of: a}
            """));
  }

  @Test
  void aPointerThatMayPointIntoACopiedArgumentMustSayWhere() {
    assertEquals(
        List.of(
            "spec.yaml:10:14: error: [ffmbind.points-into.unstated] bsearch: C"
                + " returns a pointer (void*), and 'key' and 'base' are copied into scratch memory"
                + " that is released when the call returns, so a pointer into them would dangle;"
                + " say where it points: YAML 'points_into: key' under returns (@PointsInto(\"key\"))"
                + " returns its position in that argument as a long, and 'points_into: none'"
                + " (@PointsInto(PointsInto.NONE)) states that C never returns a pointer into a copied"
                + " argument",
            "spec.yaml:14:15: error: [ffmbind.points-into.unstated] strchr: C returns a pointer"
                + " (char*), and 's' is copied into scratch memory that is released when the call"
                + " returns, so a pointer into it would dangle; say where it points: YAML"
                + " 'points_into: s' under returns (@PointsInto(\"s\")) returns its position in that"
                + " argument as a long, and 'points_into: none' (@PointsInto(PointsInto.NONE)) states"
                + " that C never returns a pointer into a copied argument"),
        problems(
            HEAD
                + """
            functions:
              - name: bsearch
                params:
                  - {name: key, type: "const int*"}
                  - {name: base, type: "const int*"}
                  - {name: nmemb, type: size_t, length_of: base}
                returns: "void*"
              - name: strchr
                params:
                  - {name: s, type: "const char*"}
                returns: {type: "char*", java_type: MemorySegment}
              - name: segments
                params:
                  - {name: p, type: "void*"}
                returns: "void*"
            """));
  }

  @Test
  void whereAPointerPointsIsAParameterWithAPosition() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.points-into.unknown] f: the return"
                + " value points into 'a', which is not a parameter; did you mean 's'?",
            "spec.yaml:13:15: error: [ffmbind.points-into.not-data] g: the return value points"
                + " into 'n', which is an integer (int); name an array, String, ByteBuffer or"
                + " MemorySegment parameter"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: s, type: "const char*"}
                returns: {type: "void*", points_into: a}
              - name: g
                params:
                  - {name: s, type: "const char*"}
                  - {name: n, type: int}
                returns: {type: "void*", points_into: n}
            """));
  }

  @Test
  void onlyARawPointerPointsIntoAnArgument() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.points-into.not-pointer] f:"
                + " points_into (@PointsInto) is for a returned pointer (a MemorySegment, or a"
                + " borrowed NativeBuffer without a size), but this one is a String",
            "spec.yaml:13:15: error: [ffmbind.points-into.not-pointer] g: points_into"
                + " (@PointsInto) is for a returned pointer (a MemorySegment, or a borrowed"
                + " NativeBuffer without a size), but this one is a sized NativeBuffer"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: s, type: "const char*"}
                returns: {type: "const char*", points_into: s}
              - name: g
                params:
                  - {name: s, type: "const uint8_t*"}
                  - {name: n, type: size_t, length_of: s}
                returns: {type: "uint8_t*", size: n, points_into: s}
            """));
  }

  @Test
  void aCriticalArrayHasNoPosition() {
    assertEquals(
        List.of(
            "spec.yaml:9:15: error: [ffmbind.points-into.critical] f: a critical"
                + " function passes array 'a' in place, and the garbage collector may move it once"
                + " the call returns, so no position in it can be found; remove critical"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: "const int*"}
                  - {name: n, type: size_t, length_of: a}
                returns: {type: "void*", points_into: a}
                critical: true
            """));
  }

  @Test
  void noneStatesThatNoCopyIsPointedInto() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - name: fopen
            params:
              - {name: path, type: "const char*"}
              - {name: mode, type: "const char*"}
            returns: {type: "void*", points_into: none}
        """));
  }
}
