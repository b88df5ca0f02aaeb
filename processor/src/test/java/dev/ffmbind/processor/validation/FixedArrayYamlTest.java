package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixed-size arrays ({@code unsigned char[16]}, a typedef to one) in a spec: they state their own
 * size, and the forms C does not pass (a returned array, arrays of arrays, no or a bad length) are
 * refused where they are written. The annotation side is in AnnotationDiagnosticsTest.
 */
class FixedArrayYamlTest {

  @Test
  void aFixedArrayStatesItsSize() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
            typedefs:
              uuid_t: "unsigned char[16]"
            functions:
              - name: f
                params:
                  - {name: out, type: "unsigned char[16]", direction: out}
              - name: g
                params:
                  - {name: out, type: uuid_t, direction: out}
              - name: h
                params:
                  - {name: v, type: "const int[4]"}
            """));
  }

  @Test
  void uncheckedIsNotNeededOnAFixedArray() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.array.unchecked-not-needed] f: 'size: unchecked'"
                + " (@UncheckedSize) only applies to an array C may write that has no length or"
                + " bound; parameter 'out' already has a fixed length (int[4])"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: out, type: "int[4]", direction: out, size: unchecked}
            """));
  }

  @Test
  void anArrayIsNotReturned() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.type.array-return] f: C cannot return an array"
                + " ('uuid_t'); return a pointer to its first element instead"),
        problems(
            HEAD
                + """
            typedefs:
              uuid_t: "unsigned char[16]"
            functions:
              - name: f
                returns: {type: uuid_t}
            """));
  }

  @Test
  void badArrayLengthsAreRefused() {
    String prefix = ": error: [ffmbind.type.array] '";
    assertEquals(
        List.of(
            "spec.yaml:7:25"
                + prefix
                + "int[2][3]' is not a fixed-size array ffmbind accepts:"
                + " arrays of arrays are not supported",
            "spec.yaml:8:25: error: [ffmbind.type.syntax] 'int[]' is not a C type ffmbind"
                + " understands; write it as C does, e.g. 'const char*', 'uint8_t*', 'size_t',"
                + " 'sqlite3**'",
            "spec.yaml:9:25"
                + prefix
                + "int[0]' is not a fixed-size array ffmbind accepts: an"
                + " array length must be between 1 and 2147483647",
            "spec.yaml:10:25"
                + prefix
                + "int[2147483648]' is not a fixed-size array ffmbind"
                + " accepts: an array length must be between 1 and 2147483647"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: a, type: "int[2][3]"}
                  - {name: b, type: "int[]"}
                  - {name: c, type: "int[0]"}
                  - {name: d, type: "int[2147483648]"}
              - name: g
            """));
  }

  @Test
  void nestedArraysVoidElementsAndOtherCarriersAreRefused() {
    String prefix = ": error: [ffmbind.type.array] '";
    String nested = " a pointer to, or an array of, an array type is not supported";
    assertEquals(
        List.of(
            "spec.yaml:13:25"
                + prefix
                + "void[4]' is not a fixed-size array ffmbind accepts: its"
                + " elements cannot be void",
            "spec.yaml:1:1"
                + prefix
                + "uuid_t*' is not a fixed-size array ffmbind accepts:"
                + nested,
            "spec.yaml:10:10"
                + prefix
                + "uuid_t*' is not a fixed-size array ffmbind accepts:"
                + nested,
            "spec.yaml:16:10" + prefix + "u2' is not a fixed-size array ffmbind accepts:" + nested,
            "spec.yaml:19:10"
                + prefix
                + "unsigned char[16]' is not a fixed-size array ffmbind"
                + " accepts: it is carried by a Java primitive array (byte[], int[], ...), not"
                + " MemorySegment"),
        problems(
            HEAD
                + """
            typedefs:
              uuid_t: "unsigned char[16]"
              u2: "uuid_t*"
            functions:
              - name: f
                params:
                  - {name: a, type: "uuid_t*"}
              - name: g
                params:
                  - {name: a, type: "void[4]"}
              - name: h
                params:
                  - {name: a, type: u2}
              - name: i
                params:
                  - {name: a, type: "unsigned char[16]", java_type: MemorySegment}
              - name: ok
            """));
  }
}
