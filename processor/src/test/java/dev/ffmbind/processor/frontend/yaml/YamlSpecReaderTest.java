package dev.ffmbind.processor.frontend.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlSpecReaderTest {

  private static final String HEAD =
      """
      library: c
      package: p
      class: C
      """;

  private static String resource(String name) throws IOException {
    try (InputStream in = YamlSpecReaderTest.class.getResourceAsStream("/yaml/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Reads a spec and returns its model together with every diagnostic, as the CLI prints them. */
  private record Read(Optional<LibraryModel> model, List<String> messages) {}

  private static Read read(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<LibraryModel> model = YamlSpecReader.read("t.yaml", yaml, diagnostics);
    return new Read(model, diagnostics.all().stream().map(Diagnostic::format).toList());
  }

  private static List<String> errors(String yaml) {
    return read(yaml).messages();
  }

  private static YamlRef at(int line, int column) {
    return new YamlRef("t.yaml", line, column);
  }

  private static CTypeExpr c(String spelling) {
    return CTypeExpr.parse(spelling).orElseThrow();
  }

  // --- the full, valid spec -------------------------------------------------------------------

  @Test
  void readsTheFullExample() throws IOException {
    Read r = read(resource("sqlite3.yaml"));
    assertEquals(List.of(), r.messages());
    LibraryModel m = r.model().orElseThrow();

    JavaClassName binding = JavaClassName.of("com.example.sqlite", "Sqlite3");
    assertEquals(at(2, 1), m.ref());
    assertEquals(binding, m.bindingClass());
    assertEquals(Optional.empty(), m.implementedInterface());
    assertEquals("sqlite3", m.library());
    assertEquals(List.of("libsqlite3.so.0"), m.alternatives());
    assertEquals("UTF-8", m.charset());
    assertEquals("SQLite, the parts the demo uses.", m.doc());
    assertEquals(Map.of("uLong", "unsigned long", "Bytef", "unsigned char"), m.typedefs());

    assertEquals(
        List.of(
            new OpaqueType(
                at(12, 5),
                "sqlite3",
                binding.nested("Database"),
                true,
                "An open database connection.",
                Optional.empty()),
            new OpaqueType(
                at(15, 5),
                "sqlite3_stmt",
                binding.nested("Sqlite3Stmt"),
                true,
                "",
                Optional.empty())),
        m.opaqueTypes());

    assertEquals(
        List.of(
            new StatusTableModel(
                at(17, 5),
                "sqlite",
                binding.nested("SqliteException"),
                List.of(
                    new StatusCodeModel(at(21, 10), "SQLITE_OK", 0, true, "Successful result"),
                    new StatusCodeModel(at(22, 10), "SQLITE_ERROR", 1, false, "Generic error"),
                    new StatusCodeModel(at(23, 9), "SQLITE_ROW", 100, true, "")),
                Optional.of("sqlite3_errmsg"))),
        m.statusTables());

    assertEquals(
        List.of("open", "sqlite3_errmsg", "crc32", "fill", "strdup", "read", "getline_owned"),
        m.functions().stream().map(FunctionModel::javaName).toList());
    JavaClassName database = binding.nested("Database");

    FunctionModel open = m.functions().get(0);
    assertEquals(at(27, 5), open.ref());
    assertEquals("sqlite3_open", open.cSymbol());
    assertEquals("Opens a database.", open.doc());
    assertEquals(
        List.of(
            ParamModel.builder(at(31, 10), "filename", c("const char*"), new JavaType.Str())
                .build(),
            ParamModel.builder(at(32, 10), "db", c("sqlite3**"), new JavaType.HandleRef(database))
                .direction(Direction.OUT)
                .build()),
        open.params());
    assertEquals(at(33, 14), open.returns().ref());
    assertEquals(c("int"), open.returns().cType());
    assertEquals(new JavaType.Scalar(Primitive.INT), open.returns().javaType());
    assertEquals(Ownership.BORROWED, open.returns().ownership());
    assertEquals(ErrorModel.status("sqlite"), open.errors());
    assertFalse(open.retryOnEintr());
    assertFalse(open.critical());

    FunctionModel errmsg = m.functions().get(1);
    assertEquals("sqlite3_errmsg", errmsg.cSymbol()); // c_symbol defaults to name
    assertEquals(new JavaType.Handle(database), errmsg.params().get(0).javaType());
    assertEquals(Direction.IN, errmsg.params().get(0).direction());
    assertEquals(new JavaType.Str(), errmsg.returns().javaType());
    assertEquals(ErrorModel.NONE, errmsg.errors());

    FunctionModel crc32 = m.functions().get(2);
    ParamModel crc = crc32.params().get(0);
    assertEquals(c("uLong"), crc.cType()); // typedefs are not expanded in the model
    assertEquals("uLong", crc.cType().base());
    assertEquals(new JavaType.Scalar(Primitive.LONG), crc.javaType()); // ... but decide the default
    ParamModel buf = crc32.params().get(1);
    assertEquals(
        ParamModel.builder(
                at(42, 10), "buf", c("const Bytef*"), new JavaType.PrimitiveArray(Primitive.BYTE))
            .nullable(true)
            .build(),
        buf);
    ParamModel len = crc32.params().get(2);
    assertEquals(Optional.of("buf"), len.lengthOf());
    assertFalse(len.isInJavaSignature());
    assertEquals(
        new JavaType.Scalar(Primitive.LONG), len.javaType()); // unsigned int widens to long
    assertEquals(new JavaType.Scalar(Primitive.LONG), crc32.returns().javaType());
    assertTrue(crc32.critical());

    FunctionModel fill = m.functions().get(3);
    assertEquals(
        List.of(
            ParamModel.builder(at(48, 10), "buf", c("uint8_t*"), new JavaType.Buffer())
                .direction(Direction.INOUT)
                .build(),
            ParamModel.builder(at(49, 10), "n", c("int"), new JavaType.Scalar(Primitive.INT))
                .boundsOf("buf")
                .build(),
            ParamModel.builder(at(50, 10), "s", c("const char*"), new JavaType.Str())
                .charset("ISO-8859-1")
                .build()),
        fill.params());
    assertTrue(fill.returns().cType().isVoid()); // no 'returns': void
    assertEquals(new JavaType.Void(), fill.returns().javaType());
    assertEquals(fill.ref(), fill.returns().ref());

    FunctionModel strdup = m.functions().get(4);
    assertEquals(at(54, 15), strdup.returns().ref());
    assertEquals(c("char*"), strdup.returns().cType());
    assertEquals(new JavaType.Str(), strdup.returns().javaType());
    assertEquals(Ownership.owned("free"), strdup.returns().ownership());
    assertEquals(Optional.of("UTF-8"), strdup.returns().charset());
    assertEquals(ErrorModel.of(ErrorModel.Kind.NULL_ERRNO), strdup.errors());

    FunctionModel readFn = m.functions().get(5);
    assertEquals(new JavaType.Segment(), readFn.params().get(1).javaType());
    assertEquals(Direction.OUT, readFn.params().get(1).direction());
    assertEquals(new JavaType.Scalar(Primitive.LONG), readFn.params().get(2).javaType());
    assertEquals(new JavaType.Scalar(Primitive.LONG), readFn.returns().javaType());
    assertEquals(ErrorModel.of(ErrorModel.Kind.MINUS_ONE_ERRNO), readFn.errors());
    assertTrue(readFn.retryOnEintr());

    FunctionModel getline = m.functions().get(6);
    assertEquals("my_getline", getline.cSymbol());
    assertEquals(List.of(), getline.params());
    assertEquals(Ownership.owned("free"), getline.returns().ownership()); // 'free' is the default
    assertEquals(Optional.empty(), getline.returns().charset());
  }

  @Test
  void theExampleInTheDocsIsValid() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "dsl.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    String yaml = doc.substring(start, doc.indexOf("```", start));
    assertTrue(yaml.contains("functions:"), yaml);
    Diagnostics diagnostics = new Diagnostics();
    LibraryModel m = YamlSpecReader.read("dsl.md", yaml, diagnostics).orElseThrow();
    new Validator().validate(m, diagnostics); // the docs promise a spec with no problem at all
    assertEquals(List.of(), diagnostics.all().stream().map(Diagnostic::format).toList());
    assertEquals(
        List.of("open", "sqlite3_errmsg", "crc32", "strdup", "read"),
        m.functions().stream().map(FunctionModel::javaName).toList());
  }

  @Test
  void defaultsWhatIsLeftOut() {
    Read r =
        read(
            HEAD
                + """
        status_tables:
          - name: z_status
            codes: [{name: Z_OK, value: 0, success: true}]
        """);
    assertEquals(List.of(), r.messages());
    LibraryModel m = r.model().orElseThrow();
    assertEquals("UTF-8", m.charset());
    assertEquals("", m.doc());
    assertEquals(List.of(), m.alternatives());
    assertEquals(List.of(), m.functions());
    assertEquals(Map.of(), m.typedefs());
    StatusTableModel t = m.statusTables().get(0);
    assertEquals(JavaClassName.of("p", "C", "ZStatusException"), t.exceptionClass());
    assertEquals(Optional.empty(), t.messageFunction());
    assertEquals(List.of(new StatusCodeModel(at(6, 14), "Z_OK", 0, true, "")), t.codes());
  }

  @Test
  void javaTypeOverridesTheDefault() {
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: f
            params:
              - {name: a, type: "unsigned int", java_type: int}
              - {name: b, type: "uint8_t*", java_type: "byte[]"}
              - {name: c, type: "char*", java_type: String}
            returns: {type: "char*", java_type: MemorySegment}
        """);
    assertEquals(List.of(), r.messages());
    FunctionModel f = r.model().orElseThrow().functions().get(0);
    assertEquals(
        List.of(
            new JavaType.Scalar(Primitive.INT),
            new JavaType.PrimitiveArray(Primitive.BYTE),
            new JavaType.Str()),
        f.params().stream().map(ParamModel::javaType).toList());
    assertEquals(
        List.of(Direction.IN, Direction.INOUT, Direction.IN),
        f.params().stream().map(ParamModel::direction).toList());
    assertEquals(new JavaType.Segment(), f.returns().javaType());
  }

  @Test
  void typesWithoutADefaultBecomeMemorySegmentForTheValidatorToReport() {
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: f
            params:
              - {name: a, type: "widget*"}
              - {name: b, type: "int**"}
            returns: widget
        """);
    assertEquals(List.of(), r.messages());
    FunctionModel f = r.model().orElseThrow().functions().get(0);
    assertEquals(new JavaType.Segment(), f.params().get(0).javaType());
    assertEquals(new JavaType.Segment(), f.params().get(1).javaType());
    assertEquals(new JavaType.Segment(), f.returns().javaType());
  }

  // --- one test per diagnostic ----------------------------------------------------------------

  @Test
  void malformedYamlIsReportedAtTheProblem() {
    Read r =
        read(
            """
        library: c
        package: p
          class: C
        """);
    assertEquals(
        List.of(
            "t.yaml:3:8: error: [ffmbind.yaml.syntax] malformed YAML: mapping values are not allowed here"),
        r.messages());
    assertEquals(Optional.empty(), r.model());
  }

  @Test
  void malformedYamlNamesWhereTheConstructStarted() {
    assertEquals(
        List.of(
            "t.yaml:3:1: error: [ffmbind.yaml.syntax] malformed YAML: expected ',' or ']', but got"
                + " <stream end> (while parsing a flow sequence at 2:15)"),
        errors(
            """
            library: c
            alternatives: [a, b
            """));
  }

  @Test
  void duplicateKey() {
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: getpid
            returns: int
            returns: long
        """);
    assertEquals(
        List.of(
            "t.yaml:7:5: error: [ffmbind.yaml.duplicate-key] key 'returns' appears twice in function 'getpid'"),
        r.messages());
    // the first one counts
    assertEquals(c("int"), r.model().orElseThrow().functions().get(0).returns().cType());
  }

  @Test
  void unknownKeyWithSuggestion() {
    assertEquals(
        List.of(
            "t.yaml:6:5: error: [ffmbind.yaml.unknown-key] unknown key 'c_symbl' in function 'open';"
                + " did you mean 'c_symbol'?"),
        errors(
            HEAD
                + """
            functions:
              - name: open
                c_symbl: sqlite3_open
            """));
  }

  @Test
  void unknownKeyWithoutCloseMatch() {
    assertEquals(
        List.of(
            "t.yaml:4:1: error: [ffmbind.yaml.unknown-key] unknown key 'vendor' in the binding spec"),
        errors(HEAD + "vendor: acme\n"));
  }

  @Test
  void unknownKeyInAParameterSuggestsTheParameterKey() {
    assertEquals(
        List.of(
            "t.yaml:7:19: error: [ffmbind.yaml.unknown-key] unknown key 'lenght_of' in parameter 'n'"
                + " of function 'f'; did you mean 'length_of'?"),
        errors(
            HEAD
                + """
            functions:
              - name: f
                params:
                  - {name: n, lenght_of: buf, type: int}
            """));
  }

  @Test
  void missingRequiredKeyIsReportedAtTheEnclosingMap() {
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: open
            params:
              - {name: path}
          - name: close
        """);
    assertEquals(
        List.of(
            "t.yaml:7:10: error: [ffmbind.yaml.missing-key] parameter 'path' of function 'open'"
                + " is missing the required key 'type'"),
        r.messages());
    // the broken function is left out, the rest is kept
    assertEquals(
        List.of("close"),
        r.model().orElseThrow().functions().stream().map(FunctionModel::javaName).toList());
  }

  @Test
  void missingKeysOfTheSpecAreReportedAtTheRoot() {
    Read r =
        read(
            """
        # no package, no class
        library: c
        functions: []
        """);
    assertEquals(
        List.of(
            "t.yaml:2:1: error: [ffmbind.yaml.missing-key] the binding spec is missing the required key 'package'",
            "t.yaml:2:1: error: [ffmbind.yaml.missing-key] the binding spec is missing the required key 'class'"),
        r.messages());
    assertEquals(Optional.empty(), r.model());
  }

  @Test
  void unnamedListEntriesAreNamedByPath() {
    assertEquals(
        List.of(
            "t.yaml:5:5: error: [ffmbind.yaml.missing-key] functions[0] is missing the required key 'name'"),
        errors(
            HEAD
                + """
            functions:
              - c_symbol: getpid
            """));
  }

  @Test
  void wrongType() {
    assertEquals(
        List.of(
            "t.yaml:6:13: error: [ffmbind.yaml.wrong-type] 'params' must be a list, but is a string",
            "t.yaml:7:15: error: [ffmbind.yaml.wrong-type] 'critical' must be true or false, but is a string"),
        errors(
            HEAD
                + """
            functions:
              - name: open
                params: filename
                critical: yes
            """));
  }

  @Test
  void wrongTypeOfAListEntry() {
    assertEquals(
        List.of(
            "t.yaml:6:14: error: [ffmbind.yaml.wrong-type] 'params[0]' must be a map, but is a string",
            "t.yaml:8:3: error: [ffmbind.yaml.wrong-type] 'codes[0]' must be a map, but is an integer"),
        errors(
            HEAD
                + """
            functions:
              - name: open
                params: [filename]
            status_tables: [{name: s, codes: [
              0]}]
            """));
  }

  @Test
  void badEnumValueWithSuggestion() {
    assertEquals(
        List.of(
            "t.yaml:7:50: error: [ffmbind.yaml.bad-value] 'direction' must be one of in, out, inout,"
                + " but is 'outt'; did you mean 'out'?"),
        errors(
            HEAD
                + """
            functions:
              - name: open
                params:
                  - {name: db, type: "sqlite3**", direction: outt}
            opaque_types: [{c_name: sqlite3}]
            """));
  }

  @Test
  void badErrorConventionWithSuggestion() {
    assertEquals(
        List.of(
            "t.yaml:6:13: error: [ffmbind.yaml.bad-value] 'errors' must be one of none, minus-one-errno,"
                + " null-errno, negative-errno, nonzero or {status: <table name>}, but is 'minus_one_errno';"
                + " did you mean 'minus-one-errno'?"),
        errors(
            HEAD
                + """
            functions:
              - name: open
                errors: minus_one_errno
            """));
  }

  @Test
  void aStatusTableNameAsErrorsShowsTheMapForm() {
    assertEquals(
        List.of(
            "t.yaml:8:13: error: [ffmbind.yaml.bad-value] 'errors' must be one of none, minus-one-errno,"
                + " null-errno, negative-errno, nonzero or {status: <table name>}, but is 'sqlite';"
                + " to use a status table write '{status: sqlite}'"),
        errors(
            HEAD
                + """
            status_tables: [{name: sqlite, codes: [{name: OK, value: 0, success: true}]}]
            functions:
              - name: open
                returns: int
                errors: sqlite
            """));
  }

  @Test
  void badJavaType() {
    assertEquals(
        List.of(
            "t.yaml:7:50: error: [ffmbind.yaml.bad-value] 'java_type' must be one of boolean, byte, short,"
                + " char, int, long, float, double, String, byte[], short[], int[], long[], float[], double[],"
                + " ByteBuffer, MemorySegment, String[], Ref<String>, Ref<Long>, but is 'Bytebuffer';"
                + " did you mean 'ByteBuffer'?"),
        errors(
            HEAD
                + """
            functions:
              - name: fill
                params:
                  - {name: buf, type: "uint8_t*", java_type: Bytebuffer}
            """));
  }

  @Test
  void unparsableCTypeSkipsTheFunction() {
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: f
            params:
              - {name: a, type: "char[]"}
          - name: g
            returns: unsigned double
        """);
    assertEquals(
        List.of(
            "t.yaml:7:25: error: [ffmbind.type.syntax] 'char[]' is not a C type ffmbind understands; write it as C does,"
                + " e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'",
            "t.yaml:9:14: error: [ffmbind.type.syntax] 'unsigned double' is not a C type ffmbind understands; write it"
                + " as C does, e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'"),
        r.messages());
    assertEquals(List.of(), r.model().orElseThrow().functions());
  }

  @Test
  void unparsableTypedefIsReportedOnceAndLeftOut() {
    Read r =
        read(
            HEAD
                + """
        typedefs:
          weird: long double*x
          fine: int
        functions:
          - {name: f, returns: weird}
          - {name: g, params: [{name: w, type: "weird*"}]}
          - {name: h, returns: fine}
        """);
    assertEquals(
        List.of(
            "t.yaml:5:10: error: [ffmbind.type.syntax] 'long double*x' is not a C type ffmbind"
                + " understands; write it as C does, e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'"),
        r.messages());
    // nothing left for the validator to report again, without a location
    LibraryModel m = r.model().orElseThrow();
    assertEquals(Map.of("fine", "int"), m.typedefs());
    assertEquals(List.of("h"), m.functions().stream().map(FunctionModel::javaName).toList());
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    // YAML 1.1 (Jackson) reads yes/no/on/off as booleans; specs follow YAML 1.2.
    Read r =
        read(
            HEAD
                + """
        functions:
          - name: off
            params: [{name: n, type: int}, {name: y, type: int}]
            critical: on
        """);
    assertEquals(
        List.of(
            "t.yaml:7:15: error: [ffmbind.yaml.wrong-type] 'critical' must be true or false, but is a string"),
        r.messages());
    FunctionModel f = r.model().orElseThrow().functions().get(0);
    assertEquals("off", f.javaName());
    assertEquals(List.of("n", "y"), f.params().stream().map(ParamModel::name).toList());
  }

  @Test
  void emptyDocument() {
    String expected =
        "t.yaml:1:1: error: [ffmbind.yaml.empty] the binding spec is empty; it must be a map with at"
            + " least the keys 'library', 'package' and 'class'";
    assertEquals(List.of(expected), errors(""));
    assertEquals(List.of(expected), errors("# nothing here yet\n"));
    assertEquals(Optional.empty(), read("").model());
  }

  @Test
  void seedFormatListRootIsRejected() throws IOException {
    Read r = read(resource("seed-format.yaml"));
    assertEquals(
        List.of(
            "t.yaml:2:1: error: [ffmbind.yaml.root-not-map] the binding spec must be a map with the keys"
                + " 'library', 'package', 'class' and 'functions', but it is a list; a bare list of functions (the seed"
                + " format) is not accepted: put the list under 'functions:' next to 'library', 'package' and 'class'"),
        r.messages());
    assertEquals(Optional.empty(), r.model());
  }

  @Test
  void scalarRoot() {
    assertEquals(
        List.of(
            "t.yaml:1:1: error: [ffmbind.yaml.root-not-map] the binding spec must be a map with the keys"
                + " 'library', 'package', 'class' and 'functions', but it is a string"),
        errors("sqlite3\n"));
  }

  @Test
  void secondDocument() {
    assertEquals(
        List.of(
            "t.yaml:5:1: error: [ffmbind.yaml.multiple-documents] a binding spec is a single YAML"
                + " document, but a second one starts here; remove the '---' before it or move it to its own spec file"),
        errors(HEAD + "---\nlibrary: z\n"));
  }

  @Test
  void aliasesAreRejected() {
    assertEquals(
        List.of(
            "t.yaml:6:24: error: [ffmbind.yaml.alias] YAML aliases ('*t') are not supported in binding"
                + " specs; write the value out"),
        errors(
            HEAD
                + """
            functions:
              - {name: f, returns: &t int}
              - {name: g, returns: *t}
            """));
  }

  @Test
  void freeWithoutOwnership() {
    assertEquals(
        List.of(
            "t.yaml:5:40: error: [ffmbind.yaml.free-not-owned] 'free' only applies to an owned return"
                + " value; add 'ownership: owned' or remove 'free'"),
        errors(
            HEAD
                + """
            functions:
              - {name: f, returns: {type: "char*", free: sqlite3_free}}
            """));
  }

  @Test
  void freeWithoutOwnershipOnParameter() {
    assertEquals(
        List.of(
            "t.yaml:6:42: error: [ffmbind.yaml.free-not-owned] 'free' only applies to an owned"
                + " out-string parameter (char**); add 'ownership: owned' or remove 'free'"),
        errors(
            HEAD
                + """
            functions:
              - name: f
                params: [{name: msg, type: "char**", free: sqlite3_free}]
            """));
  }

  @Test
  void integerOutOfRange() {
    assertEquals(
        List.of(
            "t.yaml:5:42: error: [ffmbind.yaml.wrong-type] 'value' must be a 64-bit integer, but is an"
                + " integer out of that range"),
        errors(
            HEAD
                + """
            status_tables:
              - {name: s, codes: [{name: BIG, value: 99999999999999999999, success: true}]}
            """));
  }

  @Test
  void reportsEveryProblemInDocumentOrder() {
    Read r =
        read(
            """
        library: c
        pakage: p
        class: C
        functions:
          - name: f
            params:
              - {name: a, type: int, nullable: maybe}
            retruns: int
          - name: f2
            errors: {status: s, extra: 1}
        """);
    assertEquals(
        List.of(
            "t.yaml:1:1: error: [ffmbind.yaml.missing-key] the binding spec is missing the required key 'package'",
            "t.yaml:2:1: error: [ffmbind.yaml.unknown-key] unknown key 'pakage' in the binding spec; did you mean 'package'?",
            "t.yaml:7:40: error: [ffmbind.yaml.wrong-type] 'nullable' must be true or false, but is a string",
            "t.yaml:8:5: error: [ffmbind.yaml.unknown-key] unknown key 'retruns' in function 'f'; did you mean 'returns'?",
            "t.yaml:10:25: error: [ffmbind.yaml.unknown-key] unknown key 'extra' in the errors of function 'f2'"),
        r.messages());
  }

  // --- bytes ----------------------------------------------------------------------------------

  private static List<String> errors(byte[]... parts) {
    var bytes = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<LibraryModel> model = YamlSpecReader.read("t.yaml", bytes.toByteArray(), diagnostics);
    assertEquals(Optional.empty(), model);
    return diagnostics.all().stream().map(Diagnostic::format).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheFirstBadByte() {
    // A Latin-1 e-acute (0xE9), as an editor set to ISO-8859-1 would save it.
    assertEquals(
        List.of(
            "t.yaml:4:10: error: [ffmbind.spec.unreadable] binding spec 't.yaml' could not be"
                + " read: it is not valid UTF-8 (byte 0xE9)"),
        errors(utf8(HEAD + "doc: \"caf"), bytes(0xE9), utf8("\"\n")));
  }

  @Test
  void theColumnOfABadByteCountsCharactersAndLinesEndAsInYaml() {
    // Two-byte characters count once; CR LF is one line end, a lone CR is one too.
    assertEquals(
        List.of(
            "t.yaml:5:9: error: [ffmbind.spec.unreadable] binding spec 't.yaml' could not be"
                + " read: it is not valid UTF-8 (byte 0xFF)"),
        errors(
            utf8("library: c\r\npackage: p\rclass: C\n\ndoc: \"\u00f1\u00e9"),
            bytes(0xFF),
            utf8("\"\n")));
  }

  @Test
  void aCharacterCutShortIsReportedWithItsBytes() {
    assertEquals(
        List.of(
            "t.yaml:4:6: error: [ffmbind.spec.unreadable] binding spec 't.yaml' could not be"
                + " read: it is not valid UTF-8 (bytes 0xE2 0x82)"),
        errors(utf8(HEAD + "doc: "), bytes(0xE2, 0x82)));
  }

  @Test
  void utf8BytesReadAsTheirText() throws IOException {
    String text = resource("sqlite3.yaml") + "# \u00e9\u20ac\ud83d\ude00\n";
    Diagnostics fromBytes = new Diagnostics();
    assertEquals(read(text).model(), YamlSpecReader.read("t.yaml", utf8(text), fromBytes));
    assertEquals(List.of(), fromBytes.all());
  }

  @Test
  void yamlRefDescribesFileLineColumn() {
    assertEquals("specs/z.yaml:12:5", new YamlRef("specs/z.yaml", 12, 5).describe());
  }
}
