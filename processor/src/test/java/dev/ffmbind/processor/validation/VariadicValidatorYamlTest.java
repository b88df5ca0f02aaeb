package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Variadic parameters in YAML ({@code variadic: true} on the first one): only the first is marked,
 * and a type C promotes through {@code ...} is refused with the promoted type to declare. The
 * annotation side is in AnnotationDiagnosticsTest.
 */
class VariadicValidatorYamlTest {

  @Test
  void promotedTypesAreAcceptedAndSeveralMethodsBindOneSymbol() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
            typedefs:
              mode_t: unsigned int
            functions:
              - name: open
                params:
                  - {name: path, type: "const char*"}
                  - {name: flags, type: int}
              - name: create
                c_symbol: open
                params:
                  - {name: path, type: "const char*"}
                  - {name: flags, type: int}
                  - {name: mode, type: mode_t, variadic: true}
              - name: printNumbers
                c_symbol: printf
                params:
                  - {name: format, type: "const char*"}
                  - {name: d, type: double, variadic: true}
                  - {name: l, type: long}
                  - {name: s, type: "const char*"}
            """));
  }

  @Test
  void typesCPromotesAreRefused() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.variadic.not-promoted] f: variadic parameter 'x'"
                + " has C type 'float', which C promotes to 'double' when it passes through '...';"
                + " declare it as 'double'",
            "spec.yaml:11:10: error: [ffmbind.variadic.not-promoted] f: variadic parameter 'c'"
                + " has C type 'char', which C promotes to 'int' when it passes through '...';"
                + " declare it as 'int'",
            "spec.yaml:12:10: error: [ffmbind.variadic.not-promoted] f: variadic parameter 's'"
                + " has C type 'small', which C promotes to 'int' when it passes through '...';"
                + " declare it as 'int'",
            "spec.yaml:13:10: error: [ffmbind.variadic.not-promoted] f: variadic parameter 'b'"
                + " has C type 'bool', which C promotes to 'int' when it passes through '...';"
                + " declare it as 'int'"),
        problems(
            HEAD
                + """
            typedefs:
              small: int16_t
            functions:
              - name: f
                params:
                  - {name: format, type: "const char*"}
                  - {name: x, type: float, variadic: true}
                  - {name: c, type: char}
                  - {name: s, type: small}
                  - {name: b, type: bool}
                  - {name: u, type: uint32_t}
            """));
  }

  @Test
  void fixedParametersKeepTheirTypes() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: x, type: float}
                  - {name: c, type: char}
                  - {name: n, type: int, variadic: true}
            """));
  }

  @Test
  void onlyTheFirstVariadicParameterIsMarked() {
    assertEquals(
        List.of(
            "spec.yaml:9:10: error: [ffmbind.variadic.twice] f: parameter 'b' is marked"
                + " variadic, but 'a' before it already is; mark only the first variadic argument"
                + " (every parameter after it is variadic too)"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: format, type: "const char*"}
                  - {name: a, type: int, variadic: true}
                  - {name: b, type: int, variadic: true}
            """));
  }
}
