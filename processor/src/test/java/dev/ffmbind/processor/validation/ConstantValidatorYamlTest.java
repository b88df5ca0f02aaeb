package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Constants: names, duplicates, clashes and values that do not fit, each located. */
class ConstantValidatorYamlTest {

  private static final String FUNCTIONS =
      """
      functions:
        - {name: f, c_symbol: f, returns: int}
      """;

  @Test
  void namesAreUnreservedJavaIdentifiersDeclaredOnce() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.name.invalid] 'class' is not a valid Java field name",
            "spec.yaml:7:6: error: [ffmbind.constant.duplicate] constant 'A' is declared twice",
            "spec.yaml:8:6: error: [ffmbind.constant.clash] constant 'SYMBOLS' would clash with"
                + " the field listing the symbols load() checks in the generated class",
            "spec.yaml:9:6: error: [ffmbind.constant.clash] constant 'ValueLayout' would clash"
                + " with the type ValueLayout, which the generated code names in the generated"
                + " class",
            "spec.yaml:10:6: error: [ffmbind.constant.clash] constant 'Db' would clash with the"
                + " nested class Db in the generated class"),
        problems(
            YamlProblems.HEAD
                + """
            constants:
              - {name: class, value: 1}
              - {name: A, value: 1}
              - {name: A, value: 2}
              - {name: SYMBOLS, value: 1}
              - {name: ValueLayout, value: 1}
              - {name: Db, value: 1}
            opaque_types:
              - {c_name: db, java_name: Db}
            """
                + FUNCTIONS));
  }

  @Test
  void valuesFitTheirCType() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.constant.value] constant 'BIG': the integer 256 does"
                + " not fit its C type 'uint8_t' (integer types take integers in their range,"
                + " float and double numbers, char* strings)",
            "spec.yaml:6:6: error: [ffmbind.constant.value] constant 'NEG': the integer -1 does"
                + " not fit its C type 'unsigned int' (integer types take integers in their"
                + " range, float and double numbers, char* strings)",
            "spec.yaml:7:6: error: [ffmbind.constant.value] constant 'HALF': the number 0.5 does"
                + " not fit its C type 'int' (integer types take integers in their range, float"
                + " and double numbers, char* strings)",
            "spec.yaml:8:6: error: [ffmbind.constant.value] constant 'S': a string does not fit"
                + " its C type 'int' (integer types take integers in their range, float and"
                + " double numbers, char* strings)",
            "spec.yaml:9:6: error: [ffmbind.constant.value] constant 'HUGE': the number 1.0E300"
                + " does not fit its C type 'float' (integer types take integers in their range,"
                + " float and double numbers, char* strings)"),
        problems(
            YamlProblems.HEAD
                + """
            constants:
              - {name: BIG, value: 256, type: uint8_t}
              - {name: NEG, value: -1, type: unsigned int}
              - {name: HALF, value: 0.5, type: int}
              - {name: S, value: x, type: int}
              - {name: HUGE, value: 1e300, type: float}
              - {name: OK_SHORT, value: -32768, type: short}
              - {name: OK_LONG, value: 0xFFFFFFFF, type: uint32_t}
              - {name: OK_DOUBLE, value: 3, type: double}
            """
                + FUNCTIONS));
  }

  @Test
  void frontEndReportsValuesOfTheWrongKind() {
    assertEquals(
        List.of(
            "spec.yaml:5:22: error: [ffmbind.yaml.wrong-type] 'value' must be a number or"
                + " string, but is a boolean",
            "spec.yaml:6:22: error: [ffmbind.yaml.wrong-type] 'value' must be a 64-bit integer,"
                + " but is 18446744073709551616",
            "spec.yaml:7:22: error: [ffmbind.yaml.wrong-type] 'value' must be a finite number,"
                + " but is .inf",
            "spec.yaml:8:6: error: [ffmbind.yaml.missing-key] constant 'D' is missing the"
                + " required key 'value'"),
        problems(
            YamlProblems.HEAD
                + """
            constants:
              - {name: A, value: true}
              - {name: B, value: 18446744073709551616}
              - {name: C, value: .inf}
              - {name: D}
            """
                + FUNCTIONS));
  }

  @Test
  void anUnsignedValueAbove2To63FitsOnlyA64BitUnsignedType() {
    assertEquals(
        List.of(
            "spec.yaml:6:6: error: [ffmbind.constant.value] constant 'SIGNED': the integer"
                + " 9223372036854775808 does not fit its C type 'int64_t'"),
        problems(
                YamlProblems.HEAD
                    + """
            constants:
              - {name: FITS, value: 0xFFFFFFFFFFFFFFFF, type: size_t}
              - {name: SIGNED, value: 9223372036854775808, type: int64_t}
            """)
            .stream()
            .filter(m -> m.contains("error:"))
            .map(m -> m.replaceAll(" \\(integer types.*", ""))
            .toList());
  }
}
