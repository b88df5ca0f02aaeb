package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Destructors, owned handles, versioned and optional symbols and wide strings in YAML specs: each
 * validator message with its exact text and {@code file:line:col}. The annotation side is in
 * AnnotationDiagnosticsTest.
 */
class OwnershipValidatorYamlTest {

  @Test
  void aWellFormedOwnershipSpecIsValid() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        opaque_types:
          - {c_name: db, java_name: Db, destructor: db_close}
          - {c_name: stmt, destructor: stmt_free}
        functions:
          - name: open
            params: [{name: out, type: "db**", ownership: owned}]
            returns: int
            errors: nonzero
          - {name: db_close, params: [{name: d, type: "db*"}], returns: int, errors: nonzero}
          - {name: prepare, params: [{name: d, type: "db*"}], returns: {type: "stmt*", ownership: owned}}
          - {name: vfuncV1, c_symbol: "vfunc@VER_1", returns: int}
          - {name: vfuncV2, c_symbol: "vfunc@@VER_2", returns: int}
          - {name: maybe, optional: true, returns: int}
          - {name: wcslen, params: [{name: s, type: "const wchar_t*"}], returns: size_t}
        """));
  }

  @Test
  void anOwnedHandleNeedsADestructor() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.ownership.no-destructor] open: the return value is an"
                + " owned handle, but opaque type 'db' declares no destructor to free it; give the type a destructor"
                + " (YAML 'destructor:', @Opaque(destructor = ...)) or remove the ownership",
            "spec.yaml:11:10: error: [ffmbind.ownership.no-destructor] open2: parameter 'out' is an owned handle,"
                + " but opaque type 'db' declares no destructor to free it; give the type a destructor"
                + " (YAML 'destructor:', @Opaque(destructor = ...)) or remove the ownership"),
        problems(
            HEAD
                + """
            opaque_types:
              - {c_name: db}
            functions:
              - name: open
                returns: {type: "db*", ownership: owned}
              - name: open2
                params:
                  - {name: out, type: "db**", ownership: owned}
                returns: int
            """));
  }

  @Test
  void anOwnedHandleIsNotFreedByFree() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.ownership.handle-free] open: an owned handle is freed by"
                + " its type's destructor, not by 'free'; remove free"),
        problems(
            HEAD
                + """
            opaque_types:
              - {c_name: db, destructor: db_close}
            functions:
              - name: open
                returns: {type: "db*", ownership: owned, free: free}
            """));
  }

  @Test
  void onlyHandleOutParametersAreOwned() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.ownership.param] f: parameter 'n' cannot be owned: only"
                + " a handle out-parameter (T**, Ref<Handle>) receives an owned pointer, and an"
                + " out-string (char**, Ref<String>) one freed by 'free'"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: n, type: "int*", ownership: owned}]
            """));
  }

  @Test
  void aDestructorIsAFunctionName() {
    assertEquals(
        List.of(
            "spec.yaml:5:5: error: [ffmbind.opaque.destructor-name] opaque type 'db': destructor"
                + " 'db close' is not a C function name"),
        problems(
            HEAD
                + """
            opaque_types:
              - c_name: db
                destructor: db close
            functions:
              - {name: f, params: [{name: d, type: "db*"}]}
            """));
  }

  @Test
  void aDeclaredDestructorMustTakeTheHandleAndReturnVoidOrACheckedStatus() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.opaque.destructor-shape] opaque type 'db': destructor"
                + " 'db_close' is declared as function 'close', so it must take exactly one parameter, a 'db*', and"
                + " return void or an integer checked by an error convention"),
        problems(
            HEAD
                + """
            opaque_types:
              - {c_name: db, destructor: db_close}
            functions:
              - {name: close, c_symbol: db_close, params: [{name: d, type: "db*"}], returns: int}
            """));
  }

  @Test
  void aDestructorCannotBeOptional() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.opaque.destructor-optional] opaque type 'db': destructor"
                + " 'db_close' cannot be an optional symbol; a handle that cannot be freed would leak"),
        problems(
            HEAD
                + """
            opaque_types:
              - {c_name: db, destructor: db_close}
            functions:
              - {name: close, c_symbol: db_close, params: [{name: d, type: "db*"}], optional: true}
            """));
  }

  @Test
  void aSymbolIsANameOrAVersionedName() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.symbol.invalid] f: 'f@' is not a C symbol; write a name,"
                + " or name@VERSION for a versioned symbol"),
        problems(
            HEAD
                + """
            functions:
              - {name: f, c_symbol: "f@", returns: int}
            """));
  }

  @Test
  void aVersionedSymbolNeedsItsOwnMethodName() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.symbol.versioned-name] 'vfunc@VER_1' cannot be a Java"
                + " method name; a versioned symbol needs its own method name: write c_symbol: \"vfunc@VER_1\" and"
                + " name: vfuncVer1"),
        problems(
            HEAD
                + """
            functions:
              - {name: "vfunc@VER_1", returns: int}
            """));
  }

  @Test
  void theAvailabilityMethodOfAnOptionalFunctionMustBeFree() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.optional.has-clash] maybe: an optional function gets a"
                + " generated method 'hasMaybe' that tells whether the library has it, but a function of that name is"
                + " declared too"),
        problems(
            HEAD
                + """
            functions:
              - {name: maybe, optional: true, returns: int}
              - {name: hasMaybe, returns: int}
            """));
  }

  @Test
  void wideStringsHaveNoCharset() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.charset.wchar] wcslen(s): a wchar_t string is always in"
                + " the platform's wchar_t encoding (UTF-32, native byte order); remove the charset"),
        problems(
            HEAD
                + """
            functions:
              - name: wcslen
                params: [{name: s, type: "const wchar_t*", charset: UTF-32LE}]
                returns: size_t
            """));
  }

  @Test
  void aWcharScalarIsAnInt() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
        functions:
          - {name: towupper, params: [{name: c, type: wchar_t}], returns: wchar_t}
          - {name: wmemset, params: [{name: s, type: "wchar_t*"}, {name: c, type: wchar_t}, {name: n, type: size_t, length_of: s}], returns: "wchar_t*"}
        """));
  }
}
