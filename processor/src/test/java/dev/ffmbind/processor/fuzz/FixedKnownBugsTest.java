package dev.ffmbind.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The reproducers of fixed {@link KnownBug} classes, kept as regression tests: each one, run
 * through javac with the processor as the fuzz oracle runs it, keeps the three properties and is
 * now either rejected with one located ffmbind error (its message id and position asserted) or
 * compiles without a warning. The generators produce these inputs again; docs/fuzzing.md lists
 * where each class was fixed.
 */
class FixedKnownBugsTest {

  // ---- YAML ----------------------------------------------------------------------------------

  @Test
  void nullableArrayWithoutLength() {
    assertYamlRejected(
        "fuzz.yaml:7:10: [ffmbind.array.size-unstated]",
        spec(
            """
        functions:
          - name: f
            params:
              - {name: a, type: "int*", nullable: true}
        """));
  }

  @Test
  void lengthLinkOnCallbackParam() {
    assertYamlRejected(
        "fuzz.yaml:10:10: [ffmbind.link.holder-kind]",
        linkOnCallback("{name: n, type: int}", "length_of: n"));
  }

  @Test
  void callbackBoundsRealArray() {
    assertYamlRejected(
        "fuzz.yaml:10:10: [ffmbind.link.holder-kind]",
        linkOnCallback("{name: a, type: \"int*\"}", "bounds: a"));
  }

  /** A function whose callback parameter carries a link to the parameter before it. */
  private static String linkOnCallback(String before, String link) {
    return spec(
        """
        callbacks:
          - {name: cb_fn}
        functions:
          - name: f
            params:
              - %s
              - {name: cb, type: cb_fn, lifetime: call, %s}
        """
            .formatted(before, link));
  }

  @Test
  void ownedStringFreeNotIdentifier() {
    assertYamlRejected(
        "fuzz.yaml:6:15: [ffmbind.ownership.free-name]",
        spec(
            """
        functions:
          - name: f
            returns: {type: "char*", ownership: owned, free: "not a name"}
        """));
  }

  @Test
  void statusCodeNameLineSeparator() {
    assertYamlRejected(
        "fuzz.yaml:7:10: [ffmbind.status.code-name]",
        spec(
            """
        status_tables:
          - name: st
            codes:
              - {name: "ST\\u2028LS", value: 0, success: true}
        functions:
          - {name: f, returns: int, errors: {status: st}}
        """));
  }

  @Test
  void statusCodeDocLineSeparator() {
    // The rest of that class, found again once its switch was gone: a code's doc (its
    // description) may hold the separators; in a string literal JavaPoet broke the line there.
    Compilation compilation =
        assertYamlAccepted(
            spec(
                """
        status_tables:
          - name: st
            codes:
              - {name: ST_0, value: 0, success: true, doc: "\\u2029 paragraph sep"}
              - {name: ST_1, value: 1, doc: "a\\u2028line \\"q\\" \\\\ \\t"}
        functions:
          - {name: f, returns: int, errors: {status: st}}
        """));
    String generated = generated(compilation, "fz/Fuzz.java");
    // The descriptions are cases of a switch on the code.
    assertTrue(generated.contains("case 0 -> \"\\u2029 paragraph sep\";"), generated);
    assertTrue(generated.contains("case 1 -> \"a\\u2028line \\\"q\\\" \\\\ \\t\";"), generated);
  }

  @Test
  void docUnicodeEscape() {
    String generated =
        generated(
            assertYamlAccepted(
                spec(
                    """
        functions:
          - {name: f, doc: "a \\\\uXYZW escape"}
        """)),
            "fz/Fuzz.java");
    assertTrue(generated.contains("a &#92;uXYZW escape"), generated);
  }

  @Test
  void docCommentEnd() {
    String generated =
        generated(
            assertYamlAccepted(
                spec(
                    """
        functions:
          - {name: f, doc: "ends */ here"}
        """)),
            "fz/Fuzz.java");
    assertTrue(generated.contains("ends *&#47; here"), generated);
  }

  @Test
  void docDeprecatedTag() {
    String generated =
        generated(
            assertYamlAccepted(
                spec(
                    """
        functions:
          - {name: f, doc: "@deprecated not really"}
        """)),
            "fz/Fuzz.java");
    assertTrue(generated.contains("&#64;deprecated not really"), generated);
  }

  @Test
  void nameOver64k() {
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.name.too-long]",
        spec("functions:\n  - {name: f, c_symbol: " + Names.longName(70_000) + "}\n"));
  }

  /**
   * Every declaration kind's names are class-file constants too: an enum value, a struct field and
   * a string constant of 70 000 characters once reached javac ({@code compiler.err.limit.string}).
   */
  @Test
  void declarationNamesOver64k() {
    String name = Names.longName(70_000);
    assertYamlRejected(
        "fuzz.yaml:7:10: [ffmbind.name.too-long]",
        spec(
            """
        enums:
          - c_name: e
            values:
              - {name: %s, value: 1}
        functions:
          - {name: f}
        """
                .formatted(name)));
    assertYamlRejected(
        "fuzz.yaml:7:10: [ffmbind.name.too-long]",
        spec(
            """
        structs:
          - c_name: s
            fields:
              - {name: %s, type: int}
        functions:
          - {name: f, params: [{name: v, type: "struct s"}]}
        """
                .formatted(name)));
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.name.too-long]",
        spec(
            """
        constants:
          - {name: C, value: "%s"}
        functions:
          - {name: f}
        """
                .formatted(name)));
  }

  @Test
  void javaNameVar() {
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.name.restricted]",
        spec(
            """
        callbacks:
          - {name: cb_fn, java_name: var}
        """));
  }

  @Test
  void packageJavaLang() {
    assertYamlRejected(
        "fuzz.yaml:1:1: [ffmbind.name.reserved-package]",
        "library: fuzz\npackage: java.lang\nclass: Fuzz\nfunctions:\n  - {name: f}\n");
  }

  @Test
  void duplicateCallbackJavaName() {
    assertYamlRejected(
        "fuzz.yaml:6:6: [ffmbind.name.duplicate-class]",
        spec(
            """
        callbacks:
          - {name: cb0_fn, java_name: Cb}
          - {name: cb1_fn, java_name: Cb}
        """));
  }

  @Test
  void functionNamedLinkerOrLookup() {
    for (String name : List.of("LINKER", "LOOKUP")) {
      assertYamlRejected(
          "fuzz.yaml:5:6: [ffmbind.name.generated-clash]",
          spec("functions:\n  - {name: " + name + "}\n"));
    }
  }

  @Test
  void objectMethodName() {
    for (String name :
        List.of("notify", "wait", "getClass", "hashCode", "toString", "clone", "finalize")) {
      assertYamlRejected(
          "fuzz.yaml:5:6: [ffmbind.name.generated-clash]",
          spec("functions:\n  - {name: " + name + "}\n"));
    }
  }

  @Test
  void paramShadowsType() {
    assertYamlRejected(
        "fuzz.yaml:6:15: [ffmbind.name.generated-clash]",
        spec(
            """
        functions:
          - name: f
            params: [{name: Downcalls, type: int}]
        """));
  }

  /**
   * Parameters named like the stub's own locals ({@code result$}, {@code size$}, ...): their
   * native-side locals once took exactly those names, and the stub did not compile.
   */
  @Test
  void paramNamedLikeStubLocal() {
    for (String name :
        List.of("result", "size", "scratch", "errno", "target", "callback", "upcall")) {
      assertYamlAccepted(
          spec(
              """
        functions:
          - name: f
            params:
              - {name: %s, type: "const char*"}
              - {name: n, type: "int*", direction: out}
            returns: {type: "char*", size: n}
            errors: null-errno
        """
                  .formatted(name)));
    }
  }

  @Test
  void nestedTypeNamedLikeBindingClass() {
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.name.duplicate-class]",
        spec(
            """
        opaque_types:
          - {c_name: thing, java_name: Fuzz}
        functions:
          - {name: f, returns: "thing*"}
        """));
  }

  @Test
  void negativeErrnoNarrowReturn() {
    for (String type : List.of("short", "int8_t", "uint16_t", "char", "int64_t")) {
      assertYamlAccepted(
          spec("functions:\n  - {name: f, returns: " + type + ", errors: negative-errno}\n"));
    }
  }

  @Test
  void onExceptionInfinite() {
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.callback.on-exception]",
        spec(
            """
        callbacks:
          - {name: cb_fn, returns: double, on_exception: 1e400}
        functions:
          - name: f
            params: [{name: cb, type: cb_fn, lifetime: call}]
        """));
    // A float overflows sooner than a double: 1e39 would be generated as Infinityf.
    assertYamlRejected(
        "fuzz.yaml:5:6: [ffmbind.callback.on-exception]",
        spec(
            """
        callbacks:
          - {name: cb_fn, returns: float, on_exception: 1e39}
        functions:
          - name: f
            params: [{name: cb, type: cb_fn, lifetime: call}]
        """));
    assertYamlAccepted(
        spec(
            """
        callbacks:
          - {name: cb_fn, returns: float, on_exception: -1e38}
        functions:
          - name: f
            params: [{name: cb, type: cb_fn, lifetime: call}]
        """));
  }

  // ---- annotations ---------------------------------------------------------------------------

  @Test
  void inheritedNatives() {
    assertAnnotationsRejected(
        "[ffmbind.method.inherited]",
        3,
        1,
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L extends Runnable {
          int getpid();
        }
        """);
  }

  @Test
  void abstractLoad() {
    assertAnnotationsRejected(
        "[ffmbind.name.generated-clash]",
        5,
        7,
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          int load();
        }
        """);
  }

  @Test
  void memberNamedLikeGenerated() {
    assertAnnotationsRejected(
        "[ffmbind.name.generated-clash]",
        5,
        7,
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          int LINKER();
        }
        """);
  }

  @Test
  void negativeErrnoNarrowReturnAnnotated() {
    assertAnnotationsAccepted(
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          @Errors(ErrorConvention.NEGATIVE_ERRNO) short f();
          @Errors(ErrorConvention.NEGATIVE_ERRNO) byte g();
          @Errors(ErrorConvention.NEGATIVE_ERRNO) long h();
        }
        """);
  }

  @Test
  void statusCodeDescriptionLineSeparatorAnnotated() {
    assertAnnotationsAccepted(
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary(value = "c", statusTables = @StatusTable(name = "st", codes = {
            @StatusCode(name = "ST_OK", value = 0, success = true,
                description = "a\\u2029b\\u2028c")}))
        public interface L {
          @Errors(value = ErrorConvention.STATUS, table = "st") int f();
        }
        """);
  }

  @Test
  void deprecatedMethod() {
    Compilation compilation =
        assertAnnotationsAccepted(
            """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          /** @deprecated old. */
          @Deprecated
          int getpid();
          /** @deprecated going. */
          @Deprecated(forRemoval = true, since = "1")
          int getppid();
        }
        """);
    // Deprecated as the interface method is, so overriding it does not warn.
    String generated = generated(compilation, "t/L_Ffm.java").replaceAll("\\s+", "");
    assertTrue(generated.contains("@Override@Deprecatedpublicintgetpid()"), generated);
    assertTrue(
        generated.contains(
            "@Override@Deprecated(forRemoval=true)"
                + "@SuppressWarnings(\"removal\")publicintgetppid()"),
        generated);
  }

  @Test
  void onExceptionInfiniteAnnotated() {
    assertAnnotationsRejected(
        "[ffmbind.callback.on-exception]",
        5,
        3,
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          @Callback("cb_fn")
          interface Cb0 { @OnException("1e400") double invoke(); }
          void f(@Lifetime(CallbackLifetime.CALL) Cb0 cb);
        }
        """);
  }

  @Test
  void invalidCallbackCTypeName() {
    assertAnnotationsRejected(
        "[ffmbind.type.name] @Callback on t.L.Cb0: 'a b' is not a C type" + " name",
        5,
        13,
        """
        package t;
        import dev.ffmbind.annotation.*;
        @NativeLibrary("c")
        public interface L {
          @Callback("a b")
          interface Cb0 { void invoke(); }
          void f0();
          void f1(@Lifetime(CallbackLifetime.CALL) Cb0 cb);
        }
        """);
  }

  @Test
  void invalidOpaqueCTypeName() {
    // Two functions use the handle class: still one error, on the annotation's value.
    assertAnnotationsRejected(
        "[ffmbind.type.name] @Opaque on t.L.H: '' is not a C type name",
        7,
        11,
        """
        package t;
        import dev.ffmbind.annotation.*;
        import dev.ffmbind.NativeHandle;
        import java.lang.foreign.MemorySegment;
        @NativeLibrary("c")
        public interface L {
          @Opaque("")
          final class H extends NativeHandle { public H(MemorySegment s) { super(s); } }
          void f0();
          void f1(H h);
          void f2(H h);
        }
        """);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String spec(String body) {
    return "library: fuzz\npackage: fz\nclass: Fuzz\n" + body;
  }

  /** Exactly one error, whose message starts with {@code /tmp/.../fuzz.yaml:line:col: [id]}. */
  private static void assertYamlRejected(String locatedId, String spec) {
    Oracle.Run run = Oracle.yamlRun(spec);
    assertEquals(List.of(), run.violation().stream().toList(), spec);
    List<String> errors =
        errors(run.compilation().orElseThrow()).stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertEquals(1, errors.size(), errors.toString());
    // The spec is a file in a temporary folder, and errors name it by its absolute path.
    String inSpec = errors.get(0).replaceFirst("^/\\S*/(?=" + Oracle.SPEC_FILE + ":)", "");
    assertTrue(inSpec.startsWith(locatedId), errors.get(0));
  }

  private static Compilation assertYamlAccepted(String spec) {
    Oracle.Run run = Oracle.yamlRun(spec);
    assertEquals(List.of(), run.violation().stream().toList(), spec);
    Compilation compilation = run.compilation().orElseThrow();
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), spec);
    assertEquals(List.of(), compilation.warnings(), spec);
    return compilation;
  }

  /** Exactly one error, at {@code line:column} of {@code t/L.java}, starting with the text. */
  private static void assertAnnotationsRejected(
      String text, long line, long column, String source) {
    Oracle.Run run = Oracle.annotationsRun(List.of(JavaFileObjects.forSourceString("t.L", source)));
    assertEquals(List.of(), run.violation().stream().toList(), source);
    List<Diagnostic<? extends JavaFileObject>> errors = errors(run.compilation().orElseThrow());
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getMessage(Locale.ROOT).startsWith(text), error.toString());
    assertEquals(
        List.of(line, column),
        List.of(error.getLineNumber(), error.getColumnNumber()),
        error.toString());
  }

  private static Compilation assertAnnotationsAccepted(String source) {
    Oracle.Run run = Oracle.annotationsRun(List.of(JavaFileObjects.forSourceString("t.L", source)));
    assertEquals(List.of(), run.violation().stream().toList(), source);
    Compilation compilation = run.compilation().orElseThrow();
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), source);
    assertEquals(List.of(), compilation.warnings(), source);
    return compilation;
  }

  private static List<Diagnostic<? extends JavaFileObject>> errors(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Kind.ERROR).toList();
  }

  private static String generated(Compilation compilation, String path) {
    try {
      return compilation
          .generatedSourceFile(path.replace(".java", "").replace('/', '.'))
          .orElseThrow()
          .getCharContent(false)
          .toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
