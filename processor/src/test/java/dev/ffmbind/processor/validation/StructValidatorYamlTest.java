package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Structs and unions: declarations, field names and types, refusals and cycles, each located. */
class StructValidatorYamlTest {

  private static final String FUNCTIONS =
      """
      functions:
        - {name: f, c_symbol: f, returns: int}
      """;

  @Test
  void structsAreDeclaredOnceWithFields() {
    assertEquals(
        List.of(
            "spec.yaml:15:5: error: [ffmbind.name.duplicate-class] opaque type 'db' and struct 'db' both generate the nested class 'Db'; give one of them another Java name",
            "spec.yaml:12:5: error: [ffmbind.struct.duplicate] struct 'point' is declared twice",
            "spec.yaml:15:5: error: [ffmbind.struct.name-taken] struct 'db' has the name of an opaque type; one C name can have one declaration",
            "spec.yaml:18:5: error: [ffmbind.struct.name-taken] struct 'handle_t' has the name of a typedef; one C name can have one declaration",
            "spec.yaml:21:5: error: [ffmbind.struct.empty] struct 'nothing' has no fields; C requires at least one",
            "spec.yaml:22:5: error: [ffmbind.name.invalid] 'not-a-class' is not a valid Java class name"),
        problems(
            YamlProblems.HEAD
                + """
            typedefs:
              handle_t: long
            opaque_types:
              - {c_name: db}
            structs:
              - c_name: point
                fields:
                  - {name: x, type: int}
              - c_name: point
                fields:
                  - {name: x, type: int}
              - c_name: db
                fields:
                  - {name: x, type: int}
              - c_name: handle_t
                fields:
                  - {name: x, type: int}
              - c_name: nothing
              - c_name: bad
                java_name: not-a-class
                fields:
                  - {name: x, type: int}
            """
                + FUNCTIONS));
  }

  @Test
  void fieldNamesMakeJavaComponents() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.struct.field-name] struct 's': field 'aB' gives the Java name 'aB', as field 'a_b' does",
            "spec.yaml:9:10: error: [ffmbind.struct.duplicate-field] struct 's' declares field 'a_b' twice",
            "spec.yaml:10:10: error: [ffmbind.struct.field-name] struct 's': field 'class' gives the Java name 'class', which is not a Java identifier",
            "spec.yaml:11:10: error: [ffmbind.struct.field-name] struct 's': field 'hash_code' gives the Java name 'hashCode', which the generated type (or Object) already uses; rename it in the spec (the C name only documents the field)"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: s
                fields:
                  - {name: a_b, type: int}
                  - {name: aB, type: int}
                  - {name: a_b, type: int}
                  - {name: class, type: int}
                  - {name: hash_code, type: int}
            """
                + FUNCTIONS));
  }

  @Test
  void constructsWithoutAPlainLayoutAreRefusedNamingStructAndField() {
    assertEquals(
        List.of(
            "spec.yaml:11:25: error: [ffmbind.type.syntax] 'unsigned int ] 3' is not a C type ffmbind understands; write it as C does, e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'",
            "spec.yaml:7:10: error: [ffmbind.struct.bitfield] struct 's': field 'flags' is a bitfield ('unsigned int : 3'); bitfields are not supported, because their layout is the compiler's choice: declare the whole storage unit (an unsigned int) and mask the bits in Java",
            "spec.yaml:8:10: error: [ffmbind.struct.flexible-array] struct 's': field 'data' is a flexible array member ('char[]'), which has no size; declare the struct without it and reach the trailing data through a MemorySegment",
            "spec.yaml:9:10: error: [ffmbind.struct.long-double] struct 's': field 'x' has type 'long double'; long double has no Java carrier and is not supported",
            "spec.yaml:10:10: error: [ffmbind.struct.attribute] struct 's': field 'y' has type 'int __attribute__((aligned(16)))'; packed and aligned attributes are not supported: ffmbind lays structs out by the plain C rules only"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: s
                fields:
                  - {name: flags, type: "unsigned int : 3"}
                  - {name: data, type: "char[]"}
                  - {name: x, type: long double}
                  - {name: y, type: "int __attribute__((aligned(16)))"}
                  - {name: z, type: "unsigned int ] 3"}
            """
                + FUNCTIONS));
  }

  @Test
  void fieldTypesHaveALayout() {
    assertEquals(
        List.of(
            "spec.yaml:9:10: error: [ffmbind.struct.undeclared] 'struct timeval' names struct 'timeval', which the spec does not declare; declare it under structs (or under opaque_types if Java only passes pointers to it)",
            "spec.yaml:10:10: error: [ffmbind.struct.field-type] struct 's': field 'b' has type 'mystery', which names a type the spec does not declare",
            "spec.yaml:11:10: error: [ffmbind.struct.field-type] struct 's': field 'c' has type 'db', which is an opaque type by value; only a pointer to it can be a field (or declare it under structs:)",
            "spec.yaml:12:10: error: [ffmbind.struct.field-type] struct 's': field 'd' has type 'void', which is void (only a pointer to it, void*, can be a field)",
            "spec.yaml:13:10: error: [ffmbind.struct.field-type] struct 's': field 'e' has type 'bool[4]', which is an array of bool: declare it uint8_t[N] (Java has no array view of bool)",
            "spec.yaml:14:10: error: [ffmbind.struct.field-java-type] struct 's': field 'f' of type 'int' cannot be carried by long; only a char[N] field has a choice (String, the default, or byte[])",
            "spec.yaml:15:10: error: [ffmbind.struct.field-java-type] struct 's': field 'g' of type 'unsigned char[4]' cannot be carried by String; only a char[N] field has a choice (String, the default, or byte[])",
            "spec.yaml:16:10: error: [ffmbind.struct.undeclared] 'struct timeval*' names struct 'timeval', which the spec does not declare; declare it under structs (or under opaque_types if Java only passes pointers to it)"),
        problems(
            YamlProblems.HEAD
                + """
            opaque_types:
              - {c_name: db}
            structs:
              - c_name: s
                fields:
                  - {name: a, type: struct timeval}
                  - {name: b, type: mystery}
                  - {name: c, type: db}
                  - {name: d, type: void}
                  - {name: e, type: "bool[4]"}
                  - {name: f, type: int, java_type: long}
                  - {name: g, type: "unsigned char[4]", java_type: String}
                  - {name: h, type: "struct timeval*"}
                  - {name: ok, type: "db*"}
            """
                + FUNCTIONS));
  }

  @Test
  void aStructContainsItselfOnlyThroughAPointer() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.struct.cycle] struct 'node' contains itself by value (node > node); a struct can contain itself only through a pointer",
            "spec.yaml:9:5: error: [ffmbind.struct.cycle] struct 'a' contains itself by value (a > b > a); a struct can contain itself only through a pointer",
            "spec.yaml:12:5: error: [ffmbind.struct.cycle] struct 'b' contains itself by value (b > a > b); a struct can contain itself only through a pointer"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: node
                fields:
                  - {name: next, type: "struct node*"}
                  - {name: self, type: struct node}
              - c_name: a
                fields:
                  - {name: b, type: "struct b[2]"}
              - c_name: b
                fields:
                  - {name: a, type: struct a}
            """
                + FUNCTIONS));
  }

  @Test
  void anUndeclaredStructInAFunctionIsNamed() {
    assertEquals(
        List.of(
            "spec.yaml:12:10: error: [ffmbind.struct.undeclared] 'struct timezone*' names struct 'timezone', which the spec does not declare; declare it under structs (or under opaque_types if Java only passes pointers to it)",
            "spec.yaml:16:10: error: [ffmbind.struct.unsupported-use] many(tvs) has type 'struct timeval**': struct 'timeval' travels by value or through one pointer (an array when a length names it); pointers to pointers are not supported yet: pass a MemorySegment (void*) and use the generated type's read and write",
            "spec.yaml:19:10: error: [ffmbind.type.mismatch] wrong(tv): C type 'struct timeval' cannot be carried by Java long; use Timeval"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: timeval
                fields:
                  - {name: tv_sec, type: long}
            functions:
              - name: gettimeofday
                params:
                  - {name: tv, type: struct timeval*}
                  - {name: tz, type: struct timezone*}
                returns: int
              - name: many
                params:
                  - {name: tvs, type: struct timeval**}
              - name: wrong
                params:
                  - {name: tv, type: struct timeval, java_type: long}
              - name: segment
                params:
                  - {name: tv, type: const struct timeval*, java_type: MemorySegment}
            """));
  }

  @Test
  void structsInCallbacksComeByValueOrThroughOnePointer() {
    assertEquals(
        List.of(
            "spec.yaml:11:10: error: [ffmbind.struct.in-callback] callback 'on_time': parameter 'tv' has type 'const struct timeval**'; a callback receives a struct by value or through one pointer, not an array of them or a pointer to a pointer: declare it void* (a MemorySegment)",
            "spec.yaml:12:10: error: [ffmbind.struct.undeclared] 'struct timezone*' names struct 'timezone', which the spec does not declare; declare it under structs (or under opaque_types if Java only passes pointers to it)"),
        problems(
            YamlProblems.HEAD
                + """
            structs:
              - c_name: timeval
                fields:
                  - {name: tv_sec, type: long}
            callbacks:
              - name: on_time
                params:
                  - {name: tv, type: const struct timeval**}
                  - {name: tz, type: struct timezone*}
                  - {name: now, type: struct timeval}
                  - {name: then, type: const struct timeval*}
                  - {name: out, type: struct timeval*}
            """
                + FUNCTIONS));
  }
}
