package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Enums: declarations, types, value names and ranges, each located. */
class EnumValidatorYamlTest {

  private static final String FUNCTIONS =
      """
      functions:
        - {name: f, c_symbol: f, returns: int}
      """;

  @Test
  void enumsAreDeclaredOnceWithASignedIntegerType() {
    assertEquals(
        List.of(
            "spec.yaml:9:6: error: [ffmbind.name.duplicate-class] opaque type 'db' and enum"
                + " 'db_state' both generate the nested class 'Db'; give one of them another Java"
                + " name",
            "spec.yaml:5:6: error: [ffmbind.enum.typedef] enum 'mode' has the name of a typedef:"
                + " an enum's name is already a typedef of its type",
            "spec.yaml:6:6: error: [ffmbind.enum.type] enum 'flags' has type 'short'; an"
                + " enum travels as a 32- or 64-bit integer C type (int, int32_t, unsigned int,"
                + " long, int64_t, uint64_t, ...)",
            "spec.yaml:7:6: error: [ffmbind.enum.duplicate] enum 'flags' is declared twice",
            "spec.yaml:8:6: error: [ffmbind.name.invalid] 'no-class' is not a valid Java class"
                + " name"),
        problems(
            YamlProblems.HEAD
                + """
            enums:
              - {c_name: mode, type: int}
              - {c_name: flags, type: short}
              - {c_name: flags}
              - {c_name: odd, java_name: no-class}
              - {c_name: db_state, java_name: Db}
            typedefs:
              mode: long
            opaque_types:
              - {c_name: db, java_name: Db}
            """
                + FUNCTIONS));
  }

  @Test
  void valuesAreJavaNamesDeclaredOnceThatFitTheType() {
    assertEquals(
        List.of(
            "spec.yaml:9:10: error: [ffmbind.name.invalid] 'class' is not a valid Java constant"
                + " name",
            "spec.yaml:10:10: error: [ffmbind.enum.duplicate-value] enum 'small' declares 'A'"
                + " twice (C aliases have their own names)",
            "spec.yaml:11:10: error: [ffmbind.enum.value-range] enum 'small': value BIG ="
                + " 2147483648 does not fit its type 'int'",
            "spec.yaml:12:10: error: [ffmbind.constant.clash] constant 'String' would clash with"
                + " the type String, which the generated code names in the generated class"),
        problems(
            YamlProblems.HEAD
                + """
            enums:
              - c_name: small
                values:
                  - {name: A, value: 1}
                  - {name: ALIAS_OF_A, value: 1}
                  - {name: class, value: 2}
                  - {name: A, value: 3}
                  - {name: BIG, value: 2147483648}
                  - {name: String, value: 4}
            """
                + FUNCTIONS));
  }

  @Test
  void anEnumIsAParameterAndReturnTypeAndItsIntegerElsewhere() {
    assertEquals(
        List.of(),
        problems(
            YamlProblems.HEAD
                + """
            enums:
              - c_name: color
                values: [{name: RED, value: 0}]
            callbacks:
              - name: color_fn
                params: [{name: c, type: color}]
                returns: color
            functions:
              - name: next
                params: [{name: c, type: color}, {name: cs, type: "const color*"},
                         {name: n, type: int, bounds: cs}, {name: fn, type: color_fn, lifetime: call}]
                returns: color
            """));
  }

  @Test
  void anEnumParameterIsNeverNull() {
    assertEquals(
        List.of(
            "spec.yaml:10:10: error: [ffmbind.nullable.scalar] next: parameter 'c' is a scalar and"
                + " cannot be null"),
        problems(
            YamlProblems.HEAD
                + """
            enums:
              - c_name: color
                values: [{name: RED, value: 0}]
            functions:
              - name: next
                params:
                  - {name: c, type: color, nullable: true}
                returns: color
            """));
  }
}
