package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Returned buffers and (pointer, length) strings in YAML specs: each validator message with its
 * exact text and {@code file:line:col}. The annotation side is in AnnotationDiagnosticsTest.
 */
class BufferValidatorYamlTest {

  @Test
  void aWellFormedBufferSpecIsValid() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        typedefs: {len_t: "unsigned int"}
        functions:
          - name: make
            params: [{name: n, type: int}, {name: out_len, type: "size_t*"}]
            returns: {type: "uint8_t*", ownership: owned, free: tl_free, size: out_len}
            errors: null-errno
          - name: xmalloc
            params: [{name: n, type: size_t}]
            returns: {type: "void*", ownership: owned, size: n}
          - name: peek
            params: [{name: out_len, type: "len_t*"}]
            returns: {type: "const uint8_t*", size: out_len}
          - name: memdup
            params: [{name: src, type: "const void*"}, {name: n, type: size_t, length_of: src}]
            returns: {type: "void*", ownership: owned, size: n}
          - name: name
            params: [{name: out_len, type: "size_t*"}]
            returns: {type: "const char*", size: out_len}
          - name: dup
            params: [{name: s, type: "const char*"}, {name: n, type: size_t, length_of: s}, {name: len, type: "size_t*"}]
            returns: {type: "char*", ownership: owned, size: len}
        """));
  }

  @Test
  void theSizeMustNameAParameter() {
    assertEquals(
        List.of(
            "spec.yaml:7:15: error: [ffmbind.size.unknown] make: the size of the return value is"
                + " 'outlen', which is not a parameter; did you mean 'out_len'?"),
        problems(
            HEAD
                + """
            functions:
              - name: make
                params: [{name: out_len, type: "size_t*"}]
                returns: {type: "uint8_t*", size: outlen}
            """));
  }

  @Test
  void theSizeIsAnIntegerOrAPointerToOne() {
    assertEquals(
        List.of(
            "spec.yaml:7:15: error: [ffmbind.size.not-integer] make: the size of the return value,"
                + " parameter 'd', must be an integer ('size_t n') or a pointer C writes it to ('size_t* out_len'), not"
                + " 'double*'",
            "spec.yaml:10:15: error: [ffmbind.size.not-integer] make2: the size of the return value, parameter 'd',"
                + " must be an integer ('size_t n') or a pointer C writes it to ('size_t* out_len'), not 'double'"),
        problems(
            HEAD
                + """
            functions:
              - name: make
                params: [{name: d, type: "double*"}]
                returns: {type: "uint8_t*", size: d}
              - name: make2
                params: [{name: d, type: double}]
                returns: {type: "uint8_t*", size: d}
            """));
  }

  @Test
  void onlyBuffersAndStringsHaveASize() {
    assertEquals(
        List.of(
            "spec.yaml:7:15: error: [ffmbind.size.unsupported] f: only a NativeBuffer or String"
                + " return value has a size; this one maps to int",
            "spec.yaml:10:15: error: [ffmbind.size.unsupported] g: only a NativeBuffer or String return value has a"
                + " size; this one maps to MemorySegment"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: n, type: size_t}]
                returns: {type: int, size: n}
              - name: g
                params: [{name: n, type: size_t}]
                returns: {type: "void*", size: n, java_type: MemorySegment}
            """));
  }

  @Test
  void theHiddenSizeIsOnlyTheSize() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.size.linked] make: parameter 'out_len' gives the size of"
                + " the return value, so it cannot also be length_of, bounds or nullable"),
        problems(
            HEAD
                + """
            functions:
              - name: make
                params: [{name: out_len, type: "size_t*", nullable: true}]
                returns: {type: "uint8_t*", size: out_len}
            """));
  }

  @Test
  void aBufferOfOtherThanBytesIsRejected() {
    assertEquals(
        List.of(
            "spec.yaml:7:15: error: [ffmbind.type.mismatch] f return value: C type 'int*' cannot be"
                + " carried by Java NativeBuffer; use MemorySegment"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: n, type: size_t}]
                returns: {type: "int*", size: n}
            """));
  }

  @Test
  void freeNeedsOwnership() {
    assertEquals(
        List.of(
            "spec.yaml:7:30: error: [ffmbind.yaml.free-not-owned] 'free' only applies to an owned"
                + " return value; add 'ownership: owned' or remove 'free'",
            "spec.yaml:1:1: warning: [ffmbind.library.no-functions] binding 'demo.Spec' declares no functions"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: n, type: size_t}]
                returns: {type: "void*", free: tl_free, size: n}
            """));
  }
}
