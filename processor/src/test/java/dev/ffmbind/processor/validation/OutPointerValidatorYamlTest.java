package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pointers to pointers in YAML specs (out-strings, out-pointers into an argument, string arrays):
 * each validator message with its exact text and {@code file:line:col}. The annotation side is in
 * AnnotationDiagnosticsTest.
 */
class OutPointerValidatorYamlTest {

  @Test
  void aWellFormedSpecIsValid() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - name: exec
            params:
              - {name: sql, type: "const char*"}
              - {name: errmsg, type: "char**", ownership: owned, free: sqlite3_free}
            returns: int
          - name: strtol
            params:
              - {name: nptr, type: "const char*"}
              - {name: endptr, type: "char**", points_into: nptr, nullable: true}
              - {name: base, type: int}
            returns: long
          - name: spawn
            params:
              - {name: argv, type: "char* const*", java_type: "String[]", charset: ISO-8859-1}
              - {name: n, type: int, length_of: argv}
            returns: int
        """));
  }

  @Test
  void aPositionNeedsTheArgumentItPointsInto() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.points-into.param-unstated] strtol: parameter 'endptr'"
                + " is a Ref<Long>, which receives the position of the pointer C writes within a"
                + " copied argument; say which argument: YAML 'points_into: <parameter>' on it"
                + " (@PointsInto(\"<parameter>\"))"),
        problems(
            HEAD
                + """
        functions:
          - name: strtol
            params:
              - {name: nptr, type: "const char*"}
              - {name: endptr, type: "char**", java_type: "Ref<Long>"}
            returns: long
        """));
  }

  @Test
  void aPositionIsFoundOnlyInACopiedArgumentOfTheMethod() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.points-into.param-target] strtol: parameter 'endptr'"
                + " points into 'npt', which is not a parameter; name a String, array or ByteBuffer"
                + " parameter of the Java method; did you mean 'nptr'?",
            "spec.yaml:13:10: error: [ffmbind.points-into.param-target] g: parameter 'end'"
                + " points into 'n', which is an integer (int); name a String, array or ByteBuffer"
                + " parameter of the Java method"),
        problems(
            HEAD
                + """
        functions:
          - name: strtol
            params:
              - {name: nptr, type: "const char*"}
              - {name: endptr, type: "char**", points_into: npt}
            returns: long
          - name: g
            params:
              - {name: n, type: int}
              - {name: end, type: "char**", points_into: n}
        """));
  }

  @Test
  void pointsIntoIsOnlyForAPosition() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.points-into.param-type] g: points_into (@PointsInto)"
                + " on parameter 'out' is for a char** out-pointer carried as Ref<Long>, but this"
                + " one is String[]"),
        problems(
            HEAD
                + """
        functions:
          - name: g
            params:
              - {name: s, type: "const char*"}
              - {name: out, type: "char**", java_type: "String[]", points_into: s}
        """));
  }

  @Test
  void anOutStringIsWrittenByC() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.out-pointer.direction] g: parameter 'out'"
                + " (Ref<String>) is a slot C writes a pointer into, so its direction is out, not"
                + " inout"),
        problems(
            HEAD
                + """
        functions:
          - name: g
            params:
              - {name: out, type: "char**", direction: inout}
        """));
  }

  @Test
  void anOwnedOutStringNeedsAFunctionName() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.ownership.free-name] g: free function 'my free' is not"
                + " a C function name; write an identifier such as free or sqlite3_free"),
        problems(
            HEAD
                + """
        functions:
          - name: g
            params:
              - {name: out, type: "char**", ownership: owned, free: "my free"}
        """));
  }

  @Test
  void aStringArrayIsOnlyRead() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.direction.string-out] g: String parameter 'argv' can"
                + " only be an input; use byte[] for a buffer C writes"),
        problems(
            HEAD
                + """
        functions:
          - name: g
            params:
              - {name: argv, type: "char**", java_type: "String[]", direction: out}
        """));
  }

  @Test
  void aCharArrayCFillsIsNeverOwned() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.ownership.param] g: parameter 'out' cannot be owned:"
                + " only a handle out-parameter (T**, Ref<Handle>) receives an owned pointer, and"
                + " an out-string (char**, Ref<String>) one freed by 'free'"),
        problems(
            HEAD
                + """
        functions:
          - name: g
            params:
              - {name: out, type: "char[37]", java_type: "Ref<String>", ownership: owned}
        """));
  }

  @Test
  void anArrayLengthNamesAnIntegerConstant() {
    assertEquals(
        List.of(
            "spec.yaml:6:12: error: [ffmbind.type.array-length] 'char[UTS_LN]': array length"
                + " 'UTS_LN' is not an integer constant of this spec; did you mean 'UTS_LEN'?",
            "spec.yaml:13:27: error: [ffmbind.type.array-length] 'char[NAME]': array length"
                + " 'NAME' is not an integer constant of this spec"),
        problems(
            HEAD
                + """
        constants: [{name: UTS_LEN, value: 65}, {name: NAME, value: "text"}]
        typedefs:
          field_t: "char[UTS_LN]"
        functions:
          - name: g
            params:
              - {name: out, type: "char[UTS_LEN]", java_type: "Ref<String>"}
          - name: h
            params:
              - {name: out, type: "char[NAME]", direction: out}
        """));
  }
}
