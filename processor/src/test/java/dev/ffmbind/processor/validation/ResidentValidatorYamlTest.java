package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resident structs: the view's accessor names and class name, and the types its T* may take. */
class ResidentValidatorYamlTest {

  @Test
  void aFieldCannotTakeTheNameOfAViewMember() {
    assertEquals(
        List.of(
            "spec.yaml:9:10: error: [ffmbind.struct.view-field-name] struct 'stream' is resident: field 'segment' gives the accessor name 'segment', which its view StreamView already declares; rename it in the spec (the C name only documents the field)",
            "spec.yaml:10:10: error: [ffmbind.struct.view-field-name] struct 'stream' is resident: field 'to_value' gives the accessor name 'toValue', which its view StreamView already declares; rename it in the spec (the C name only documents the field)"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: stream
                resident: true
                fields:
                  - {name: avail_in, type: int}
                  - {name: segment, type: int}
                  - {name: to_value, type: int}
              - c_name: plain
                fields:
                  - {name: segment, type: int}
            functions:
              - {name: f, c_symbol: f, returns: int}
            """));
  }

  @Test
  void theViewClassNeedsANameOfItsOwn() {
    assertEquals(
        List.of(
            "spec.yaml:9:5: error: [ffmbind.name.duplicate-class] struct 'point' (its view) and struct 'point_view' both generate the nested class 'PointView'; give one of them another Java name"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: point
                resident: true
                fields:
                  - {name: x, type: int}
              - c_name: point_view
                fields:
                  - {name: x, type: int}
            functions:
              - {name: f, c_symbol: f, returns: int}
            """));
  }

  @Test
  void aWrongJavaTypeForAResidentPointerNamesTheViewFirst() {
    List<String> found =
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: stream
                resident: true
                fields:
                  - {name: x, type: int}
            functions:
              - name: f
                c_symbol: f
                params:
                  - {name: s, type: struct stream*, java_type: String}
                returns: int
            """);
    assertEquals(
        List.of(
            "spec.yaml:13:10: error: [ffmbind.type.mismatch] f(s): C type 'struct stream*' cannot be carried by Java String; use StreamView or MemorySegment"),
        found);
  }
}
