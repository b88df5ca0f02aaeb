package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validator messages that only a YAML spec can provoke (an annotated interface cannot spell the
 * mistake), each with its exact text and {@code file:line:col}. The same validator serves both
 * front ends; the annotation side is covered by AnnotationDiagnosticsTest.
 */
class ValidatorYamlTest {

  @Test
  void aLengthCannotAlsoBeABound() {
    assertEquals(
        List.of(
            "spec.yaml:8:9: error: [ffmbind.length.both] f: parameter 'n' cannot be both length_of and bounds"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: buf, type: "uint8_t*"}
                  - name: n
                    type: size_t
                    length_of: buf
                    bounds: buf
            """));
  }

  @Test
  void classAndPackageMustBeJavaNames() {
    assertEquals(
        List.of(
            "spec.yaml:1:1: error: [ffmbind.name.invalid] 'my-pkg' is not a valid Java package name",
            "spec.yaml:1:1: error: [ffmbind.name.invalid] 'class' is not a valid Java class name"),
        problems(
            """
            library: c
            package: my-pkg
            class: class
            functions:
              - {name: getpid, returns: int}
            """));
  }

  @Test
  void methodAndParameterNamesMustBeJavaNames() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.name.invalid] 'new' is not a valid Java method name",
            "spec.yaml:6:15: error: [ffmbind.name.invalid] 'int' is not a valid Java parameter name"),
        problems(
            HEAD
                + """
            functions:
              - name: new
                params: [{name: int, type: int}]
                returns: int
            """));
  }

  @Test
  void duplicateParameter() {
    assertEquals(
        List.of(
            "spec.yaml:6:37: error: [ffmbind.param.duplicate] f: parameter 'a' is declared twice"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: a, type: int}, {name: a, type: int}]
            """));
  }

  @Test
  void voidIsNotAParameterType() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.type.unsupported] f(a): C type 'void' is not supported yet"
                + " (void is only a return type)"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: a, type: void}]
            """));
  }

  @Test
  void javaTypeOverrideMustFit() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.type.mismatch] f(a): C type 'const char*' cannot be carried"
                + " by Java int[]; use String or byte[] or ByteBuffer or MemorySegment"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: a, type: "const char*", java_type: "int[]"}]
            """));
  }

  @Test
  void typedefsAreExpandedBeforeChecking() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        typedefs: {uLong: unsigned long, uLongf: uLong}
        functions:
          - name: f
            params: [{name: a, type: "uLongf*", size: unchecked}]
            returns: uLong
        """));
  }

  @Test
  void opaqueJavaNamesMustBeJavaNames() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.name.invalid] 'My Db' is not a valid Java class name"),
        problems(
            HEAD
                + """
            opaque_types:
              - {c_name: db, java_name: My Db}
            functions:
              - {name: f, params: [{name: d, type: "db*"}]}
            """));
  }

  @Test
  void aBoundMayBePassedThroughAPointerToAnInteger() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - name: compress
            params:
              - {name: dest, type: "uint8_t*", direction: out}
              - {name: destLen, type: "unsigned long*", bounds: dest}
            returns: int
        """));
  }

  @Test
  void butNotThroughAPointerToAFloat() {
    assertEquals(
        List.of(
            "spec.yaml:8:10: error: [ffmbind.length.not-integer] f: length parameter 'n' must have an"
                + " integer C type, not 'double*'"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: dest, type: "uint8_t*"}
                  - {name: n, type: "double*", bounds: dest}
            """));
  }
}
