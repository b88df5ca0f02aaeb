package dev.ffmbind.processor.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ABI check against a small header: a spec that says what the header says passes, and one
 * deliberate mismatch per kind gives exactly its error, at the spec's line, in the spec's and the
 * header's words.
 */
class AbiCheckTest {

  @TempDir static Path dir;

  private static final String HEADER =
      """
      #ifndef T_H
      #define T_H
      #include <stddef.h>
      typedef unsigned long ulen_t;
      typedef unsigned short small_t;
      typedef struct thing thing;
      typedef struct thing thing_t;
      typedef int (*visit_fn)(void *ctx, int value);
      typedef void (*done_fn)(int code);
      enum color { RED, GREEN = 5, BLUE };
      #define T_LIMIT 42
      #define T_RATIO 0.5
      #define T_NAME "tee"
      int t_add(int a, int b);
      size_t t_fill(unsigned char *buf, ulen_t len);
      thing *t_open(const char *name);
      void t_close(thing *t);
      int t_each(thing *t, visit_fn fn, void *ctx);
      int t_printf(const char *fmt, ...);
      struct point { int x; long y; };
      typedef struct { short first; double second; } pair_t;
      union num { int i; double d; };
      struct point t_move(struct point p, const struct point *by);
      double t_sum(pair_t p);
      int t_num(union num *n);
      struct bare { int v; };
      struct hooks { struct hidden *state; visit_fn on_visit; void (*on_done)(int); long count; };
      __attribute__((const)) int t_twice(int v);
      int t_argc(char *const *argv);
      int t_rows(thing *const *rows);
      #endif
      """;

  private static final String SPEC =
      """
      library: t
      package: p
      class: T
      headers: [t.h]
      header_include_dirs: [DIR]
      typedefs:
        ulen_t: unsigned long
        small_t: unsigned short
      opaque_types:
        - {c_name: thing}
      enums:
        - c_name: color
          values:
            - {name: RED, value: 0}
            - {name: GREEN, value: 5}
            - {name: BLUE, value: 6}
      constants:
        - {name: T_LIMIT, value: 42}
        - {name: T_RATIO, value: 0.5}
        - {name: T_NAME, value: "tee"}
      callbacks:
        - name: visit_fn
          params: [{name: ctx, type: "void*", user_data: true}, {name: value, type: int}]
          returns: int
        - name: done_fn
          params: [{name: code, type: int}]
      structs:
        - c_name: point
          fields:
            - {name: x, type: int}
            - {name: y, type: long}
        - c_name: pair_t
          fields:
            - {name: first, type: short}
            - {name: second, type: double}
        - c_name: bare
          fields:
            - {name: v, type: int}
        - c_name: hooks
          fields:
            - {name: state, type: "void*"}
            - {name: on_visit, type: "void*"}
            - {name: on_done, type: "void*"}
            - {name: count, type: long}
      unions:
        - c_name: num
          fields:
            - {name: i, type: int}
            - {name: d, type: double}
      functions:
        - name: t_move
          params: [{name: p, type: struct point}, {name: by, type: "const struct point*"}]
          returns: struct point
        - name: t_sum
          params: [{name: p, type: pair_t}]
          returns: double
        - name: t_num
          params: [{name: n, type: "union num*"}]
          returns: int
        - name: t_twice
          params: [{name: v, type: int}]
          returns: int
        - name: t_add
          params: [{name: a, type: int}, {name: b, type: int}]
          returns: int
        - name: t_fill
          params:
            - {name: buf, type: "unsigned char*", java_type: MemorySegment}
            - {name: len, type: ulen_t}
          returns: size_t
        - name: t_open
          params: [{name: name, type: "const char*"}]
          returns: "thing*"
        - name: t_close
          params: [{name: t, type: "thing*"}]
        - name: t_argc
          params: [{name: argv, type: "char* const*", java_type: "String[]"}]
          returns: int
        - name: t_rows
          params: [{name: rows, type: "thing* const*"}]
          returns: int
        - name: t_each
          params:
            - {name: t, type: "thing*"}
            - {name: fn, type: visit_fn, lifetime: call}
            - {name: ctx, type: "void*", user_data: true}
          returns: int
      """;

  @BeforeAll
  static void header() throws IOException {
    Assumptions.assumeTrue(
        CCompiler.find(System.getenv()).isPresent(),
        "no C compiler (cc or CC): the ABI check cannot run; ./test.sh installs gcc");
    Files.writeString(dir.resolve("t.h"), HEADER);
  }

  private static List<Diagnostic> check(String spec, Map<String, String> env, boolean require) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<LibraryModel> model =
        YamlSpecReader.read("t.yaml", spec.replace("DIR", dir.toString()), diagnostics);
    assertTrue(model.isPresent(), diagnostics.all().toString());
    new Validator().validate(model.get(), diagnostics);
    assertEquals(List.of(), diagnostics.all(), "the spec itself is valid");
    AbiCheck.check(
        model.get(), new AbiCheck.Options(Optional.empty(), List.of(), env, require), diagnostics);
    return diagnostics.all();
  }

  private static List<Diagnostic> check(String spec) {
    return check(spec, System.getenv(), false);
  }

  /** The 1-based line of the first line of {@code spec} containing {@code text}. */
  private static int lineOf(String spec, String text) {
    String[] lines = spec.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in the spec");
  }

  /** Replaces {@code from} (once) and checks for exactly one error, with its id, line and text. */
  private static void mismatch(String from, String to, String id, String lineText, String text) {
    assertTrue(SPEC.contains(from), from);
    String spec = SPEC.replace(from, to);
    List<Diagnostic> found = check(spec);
    assertEquals(1, found.size(), found.toString());
    String formatted = found.get(0).format();
    String location = "t.yaml:" + lineOf(spec, lineText) + ":";
    assertTrue(formatted.startsWith(location), formatted + " should start with " + location);
    assertTrue(formatted.contains(id), formatted);
    assertTrue(formatted.contains(text), formatted + " should contain " + text);
  }

  @Test
  void aSpecThatSaysWhatTheHeaderSaysPasses() {
    assertEquals(List.of(), check(SPEC));
  }

  @Test
  void parameterType() {
    mismatch(
        "{name: b, type: int}",
        "{name: b, type: \"unsigned int\"}",
        "[ffmbind.abi.param-type]",
        "{name: b, type:",
        "t_add: parameter 'b' is 'unsigned int' in the spec, but t.h declares 'int'");
  }

  @Test
  void parameterTypeThroughATypedefQuotesBothSpellings() {
    mismatch(
        "{name: len, type: ulen_t}",
        "{name: len, type: \"unsigned int\"}",
        "[ffmbind.abi.param-type]",
        "{name: len,",
        "t_fill: parameter 'len' is 'unsigned int' in the spec, but t.h declares 'ulen_t'"
            + " (unsigned long)");
  }

  @Test
  void aConstPointerBelowTheTopIsKeptFromTheSpecsSpelling() {
    // thing *const *: the model drops the const (same ABI), the check writes it as spelled, so
    // "thing* const*" passes (aSpecThatSaysWhatTheHeaderSaysPasses) and "thing**" does not. (argv's
    // char *const * passes too; a char** for it is one of the accepted char differences.)
    mismatch(
        "{name: rows, type: \"thing* const*\"}",
        "{name: rows, type: \"thing**\"}",
        "[ffmbind.abi.param-type]",
        "{name: rows,",
        "t_rows: parameter 'rows' is 'thing**' in the spec, but t.h declares 'thing * const*'");
  }

  @Test
  void parameterCount() {
    mismatch(
        "params: [{name: a, type: int}, {name: b, type: int}]",
        "params: [{name: a, type: int}]",
        "[ffmbind.abi.param-count]",
        "- name: t_add",
        "t_add: the spec gives 1 parameter(s), but t.h declares 2: int t_add(int, int)");
  }

  @Test
  void returnType() {
    mismatch(
        "returns: size_t",
        "returns: long",
        "[ffmbind.abi.return-type]",
        "returns: long",
        "t_fill: returns 'long' in the spec, but t.h declares 'size_t' (unsigned long)");
  }

  @Test
  void typedefSize() {
    mismatch(
        "small_t: unsigned short",
        "small_t: unsigned int",
        "[ffmbind.abi.typedef-size]",
        "small_t:",
        "typedef 'small_t' is 'unsigned int' in the spec (4 bytes), but in t.h it has 2 bytes");
  }

  @Test
  void structSize() {
    mismatch(
        "    - {name: x, type: int}\n      - {name: y, type: long}\n",
        "    - {name: x, type: int}\n",
        "[ffmbind.abi.struct-size]",
        "- c_name: point",
        "struct 'point': its fields make 4 bytes aligned to 4 in the spec, but in t.h it has 16"
            + " bytes aligned to 8");
  }

  @Test
  void unionSize() {
    mismatch(
        "    - {name: i, type: int}\n      - {name: d, type: double}\n",
        "    - {name: i, type: int}\n",
        "[ffmbind.abi.struct-size]",
        "- c_name: num",
        "union 'num': its fields make 4 bytes aligned to 4 in the spec, but in t.h it has 8 bytes"
            + " aligned to 8");
  }

  @Test
  void fieldOffset() {
    // The fields swapped: both are at the wrong offset, each reported at its own line.
    String spec =
        SPEC.replace(
            "    - {name: x, type: int}\n      - {name: y, type: long}\n",
            "    - {name: y, type: long}\n      - {name: x, type: int}\n");
    assertTrue(!spec.equals(SPEC));
    List<Diagnostic> found = check(spec);
    assertEquals(2, found.size(), found.toString());
    String y = found.get(0).format();
    assertTrue(y.startsWith("t.yaml:" + lineOf(spec, "{name: y, type: long}") + ":"), y);
    assertTrue(y.contains("[ffmbind.abi.field-offset]"), y);
    assertTrue(
        y.contains("struct 'point': field 'y' is at offset 0 in the spec, but at offset 8 in t.h"),
        y);
    String x = found.get(1).format();
    assertTrue(x.startsWith("t.yaml:" + lineOf(spec, "{name: x, type: int}") + ":"), x);
    assertTrue(x.contains("field 'x' is at offset 8 in the spec, but at offset 0 in t.h"), x);
  }

  @Test
  void fieldType() {
    mismatch(
        "{name: first, type: short}",
        "{name: first, type: \"unsigned short\"}",
        "[ffmbind.abi.field-type]",
        "{name: first, type:",
        "struct 'pair_t': field 'first' is 'unsigned short' in the spec, but t.h declares 'short'");
  }

  /**
   * A spec {@code void*} passes for any pointer field (a pointer to a struct the header never
   * defines, a function pointer): the hooks struct of {@link #SPEC} has three. Not for a
   * non-pointer field of the same size.
   */
  @Test
  void voidPointerFieldOnlyForPointers() {
    mismatch(
        "{name: count, type: long}",
        "{name: count, type: \"void*\"}",
        "[ffmbind.abi.field-type]",
        "{name: count, type:",
        "struct 'hooks': field 'count' is 'void*' in the spec, but t.h declares 'long'");
  }

  @Test
  void missingStructAndField() {
    String spec =
        SPEC.replace("{name: second, type: double}", "{name: bee, type: double}")
            .replace("- c_name: point", "- c_name: pointe")
            .replace("struct point", "struct pointe");
    List<Diagnostic> found = check(spec);
    List<String> texts = found.stream().map(Diagnostic::format).toList();
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("t.yaml:" + lineOf(spec, "- c_name: pointe") + ":")
                        && t.contains("[ffmbind.abi.missing] struct 'pointe' is not")),
        texts.toString());
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("t.yaml:" + lineOf(spec, "{name: bee,") + ":")
                        && t.contains("field 'pair_t.bee' is not declared by t.h")),
        texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.contains("field-")), "no cascade: " + texts);
  }

  @Test
  void aStructKnownOnlyByItsTagIsCheckedThroughTheTag() {
    // No spelling writes 'struct bare'; the check finds that the header knows only the tag.
    String spec = SPEC.replace("    - {name: v, type: int}\n", "    - {name: v, type: long}\n");
    assertTrue(!spec.equals(SPEC));
    List<String> found = check(spec).stream().map(Diagnostic::format).toList();
    assertEquals(2, found.size(), found.toString());
    assertTrue(
        found.get(0).startsWith("t.yaml:" + lineOf(spec, "- c_name: bare") + ":"), found.get(0));
    assertTrue(
        found.get(0).contains("[ffmbind.abi.struct-size] struct 'bare': its fields make 8 bytes"),
        found.get(0));
    assertTrue(found.get(1).startsWith("t.yaml:" + lineOf(spec, "{name: v, type: long}") + ":"));
    assertTrue(
        found
            .get(1)
            .contains(
                "[ffmbind.abi.field-type] struct 'bare': field 'v' is 'long' in the spec, but t.h"
                    + " declares 'int'"),
        found.get(1));
  }

  @Test
  void aStructParameterByValueOfTheWrongStruct() {
    mismatch(
        "params: [{name: p, type: pair_t}]",
        "params: [{name: p, type: struct point}]",
        "[ffmbind.abi.param-type]",
        "params: [{name: p, type: struct point}]",
        "t_sum: parameter 'p' is 'struct point' in the spec, but t.h declares 'pair_t'");
  }

  @Test
  void enumValue() {
    mismatch(
        "{name: GREEN, value: 5}",
        "{name: GREEN, value: 4}",
        "[ffmbind.abi.enum-value]",
        "{name: GREEN",
        "enum 'color': 'GREEN' is 4 in the spec, but t.h gives it 5");
  }

  @Test
  void integerConstantValue() {
    mismatch(
        "{name: T_LIMIT, value: 42}",
        "{name: T_LIMIT, value: -41}",
        "[ffmbind.abi.constant-value]",
        "{name: T_LIMIT",
        "constant 'T_LIMIT' is -41 in the spec, but t.h gives 42");
  }

  @Test
  void floatingConstantValue() {
    mismatch(
        "{name: T_RATIO, value: 0.5}",
        "{name: T_RATIO, value: 0.25}",
        "[ffmbind.abi.constant-value]",
        "{name: T_RATIO",
        "constant 'T_RATIO' is 0.25 in the spec, but t.h gives 0.5");
  }

  @Test
  void stringConstantValue() {
    mismatch(
        "{name: T_NAME, value: \"tee\"}",
        "{name: T_NAME, value: \"tea\"}",
        "[ffmbind.abi.constant-value]",
        "{name: T_NAME",
        "constant 'T_NAME' is \"tea\" in the spec, but t.h gives \"tee\"");
  }

  @Test
  void callbackType() {
    mismatch(
        "params: [{name: code, type: int}]",
        "params: [{name: code, type: long}]",
        "[ffmbind.abi.callback-type]",
        "- name: done_fn",
        "callback 'done_fn' is 'void (*)(long)' in the spec, but t.h declares it as"
            + " 'void (*)(int)'");
  }

  @Test
  void missingFunction() {
    mismatch(
        "  - name: t_close\n",
        "  - name: t_gone\n",
        "[ffmbind.abi.missing]",
        "- name: t_gone",
        "function 't_gone' is not declared by t.h");
  }

  @Test
  void missingTypedefAndOpaqueType() {
    mismatch(
        "small_t: unsigned short",
        "tiny_t: unsigned short",
        "[ffmbind.abi.missing]",
        "tiny_t:",
        "typedef 'tiny_t' is not declared by t.h");
    mismatch(
        "{c_name: thing}",
        "{c_name: thing}\n  - {c_name: nothing}",
        "[ffmbind.abi.missing]",
        "{c_name: nothing}",
        "opaque type 'nothing' is not declared by t.h");
  }

  @Test
  void aVariadicFunctionDeclaredWithoutItsDots() {
    mismatch(
        "  - name: t_close\n",
        "  - name: t_printf\n    params: [{name: fmt, type: \"const char*\"}]\n    returns: int\n"
            + "  - name: t_close\n",
        "[ffmbind.abi.prototype]",
        "- name: t_printf",
        "t_printf: the spec's prototype 'int (t_printf)(const char *)' is not compatible with the"
            + " one t.h declares: 'int t_printf(const char *, ...)'; the header's is variadic");
  }

  @Test
  void anIncompleteTypedefCannotBeSized() {
    mismatch(
        "small_t: unsigned short",
        "small_t: unsigned short\n  thing_t: int",
        "[ffmbind.abi.unexpected]",
        "thing_t:",
        "typedef 'thing_t': the C compiler did not accept the check: ");
  }

  @Test
  void headersThatDoNotCompile() {
    String spec = SPEC.replace("headers: [t.h]", "headers: [t.h, nope/missing.h]");
    List<Diagnostic> found = check(spec);
    assertEquals(1, found.size(), found.toString());
    String formatted = found.get(0).format();
    assertTrue(formatted.startsWith("t.yaml:" + lineOf(spec, "headers:") + ":"), formatted);
    assertTrue(formatted.contains("[ffmbind.abi.compiler]"), formatted);
    assertTrue(formatted.contains("'nope/missing.h' was not found"), formatted);
  }

  @Test
  void withoutACompilerTheCheckIsSkippedWithOneWarningOrAnError() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("CC", dir.resolve("no-such-cc").toString());
    for (boolean require : new boolean[] {false, true}) {
      List<Diagnostic> found = check(SPEC, env, require);
      assertEquals(1, found.size(), found.toString());
      String formatted = found.get(0).format();
      assertTrue(formatted.startsWith("t.yaml:" + lineOf(SPEC, "headers:") + ":"), formatted);
      assertTrue(formatted.contains(require ? ": error: " : ": warning: "), formatted);
      assertTrue(formatted.contains("[ffmbind.abi.skipped]"), formatted);
    }
  }

  /**
   * A thousand functions are checked in one compiler run; the time is printed (docs/abi-check.md).
   */
  @Test
  void aThousandFunctionSpec() throws IOException {
    int n = 1000;
    StringBuilder header = new StringBuilder("typedef unsigned long big_t;\n");
    StringBuilder spec =
        new StringBuilder(
            "library: big\npackage: p\nclass: Big\nheaders: [big.h]\nheader_include_dirs: [DIR]\n"
                + "typedefs:\n  big_t: unsigned long\nfunctions:\n");
    for (int i = 0; i < n; i++) {
      header.append("int big_").append(i).append("(int a, const char *s, big_t n);\n");
      spec.append("  - name: big_")
          .append(i)
          .append(
              "\n    params: [{name: a, type: int}, {name: s, type: \"const char*\"},"
                  + " {name: n, type: big_t}]\n    returns: int\n");
    }
    Files.writeString(dir.resolve("big.h"), header);
    long started = System.nanoTime();
    List<Diagnostic> passed = check(spec.toString());
    long passMs = (System.nanoTime() - started) / 1_000_000;
    assertEquals(List.of(), passed);
    // The same spec with every function wrong: the explanation run quotes each header prototype.
    started = System.nanoTime();
    List<Diagnostic> failed = check(spec.toString().replace("type: int}", "type: long}"));
    long failMs = (System.nanoTime() - started) / 1_000_000;
    assertEquals(n, failed.size());
    assertTrue(failed.get(0).format().contains("[ffmbind.abi.param-type]"), failed.get(0)::format);
    System.out.printf(
        "ABI check of %d functions: %d ms when it passes, %d ms with every function wrong%n",
        n, passMs, failMs);
  }

  @Test
  void aSpecWithoutHeadersIsNotChecked() {
    Diagnostics diagnostics = new Diagnostics();
    LibraryModel model =
        YamlSpecReader.read("t.yaml", SPEC.replace("headers: [t.h]\n", ""), diagnostics)
            .orElseThrow();
    assertEquals(
        AbiCheck.Outcome.NO_HEADERS,
        AbiCheck.check(model, AbiCheck.Options.defaults(Optional.empty()), diagnostics));
  }
}
