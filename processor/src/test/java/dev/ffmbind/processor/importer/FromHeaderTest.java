package dev.ffmbind.processor.importer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.binding.Resolver;
import dev.ffmbind.processor.codegen.BindingGenerator;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.HeaderLookup;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.StructModel;
import dev.ffmbind.processor.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code from_header:}: declarations named in a spec and taken from its headers give the model (and
 * the generated Java) the written-out declarations give, pass the validator and the ABI check, keep
 * the spec's semantics (resident, docs, java_type), and a name the headers lack is one located
 * error. Uses the project's C test header structs.h and the real zlib.h and sqlite3.h.
 */
class FromHeaderTest {

  private static final Path C_DIR = Path.of("../integration-tests/src/main/c").toAbsolutePath();

  @BeforeAll
  static void clang() {
    try {
      HeaderImporter.findClang(System.getenv());
    } catch (HeaderImporter.ImportException e) {
      Assumptions.abort("from_header needs clang, which ./test.sh installs: " + e.getMessage());
    }
  }

  private static Optional<LibraryModel> read(String yaml, Diagnostics diagnostics) {
    return YamlSpecReader.read(
        "spec.yaml",
        yaml,
        diagnostics,
        new HeaderDeclarations(
            new AbiCheck.Options(
                Optional.empty(), List.of(C_DIR.toString()), System.getenv(), true)));
  }

  /** Reads, validates and ABI-checks a spec that must be clean; returns its model. */
  private static LibraryModel valid(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    long started = System.nanoTime();
    Optional<LibraryModel> model = read(yaml, diagnostics);
    long readMs = (System.nanoTime() - started) / 1_000_000;
    assertTrue(model.isPresent(), diagnostics.all().toString());
    new Validator().validate(model.get(), diagnostics);
    assertEquals(List.of(), diagnostics.all());
    AbiCheck.Outcome outcome =
        AbiCheck.check(
            model.get(),
            new AbiCheck.Options(
                Optional.empty(), List.of(C_DIR.toString()), System.getenv(), true),
            diagnostics);
    assertEquals(List.of(), diagnostics.all(), "the ABI check passes");
    assertEquals(AbiCheck.Outcome.PASSED, outcome);
    // Read again: the lookup is cached in the JVM, clang does not run again.
    started = System.nanoTime();
    read(yaml, new Diagnostics());
    long againMs = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "from_header: %s read in %d ms (with its header lookup), again in %d ms%n",
        yaml.lines().filter(l -> l.startsWith("from_header") || l.startsWith("headers")).toList(),
        readMs,
        againMs);
    return model.get();
  }

  private static String generated(LibraryModel model) {
    return BindingGenerator.generate(Resolver.resolve(model), "spec.yaml").stream()
        .map(JavaFile::toString)
        .collect(Collectors.joining("\n"));
  }

  private static List<String> errors(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    read(yaml, diagnostics);
    return diagnostics.all().stream().map(Diagnostic::format).toList();
  }

  private static final String STRUCTS_HEAD =
      """
      library: ffmbindstructs
      package: t
      class: S
      headers: [structs.h]
      """;

  private static final String STRUCTS_FUNCTIONS =
      """
      functions:
        - name: recordSum
          c_symbol: record_sum
          params: [{name: r, type: "const struct record*"}]
          returns: double
        - name: swapSmall
          c_symbol: swap_small
          params: [{name: v, type: struct small_ints}]
          returns: struct small_ints
      """;

  @Test
  void namesGiveTheModelTheWrittenOutDeclarationsGive() {
    LibraryModel taken =
        valid(STRUCTS_HEAD + "from_header: [record, small_ints]\n" + STRUCTS_FUNCTIONS);
    // What the header says, written out in the header's spellings and order (what a definition
    // uses comes first): the same generated Java.
    LibraryModel written =
        valid(
            STRUCTS_HEAD
                + """
                enums:
                  - c_name: shape_kind
                    values:
                      - {name: SHAPE_POINT, value: 0}
                      - {name: SHAPE_LINE, value: 1}
                structs:
                  - c_name: two_doubles
                    fields:
                      - {name: x, type: "double"}
                      - {name: y, type: "double"}
                  - c_name: small_ints
                    fields:
                      - {name: a, type: "int"}
                      - {name: b, type: "int"}
                  - c_name: record
                    fields:
                      - {name: tag, type: "unsigned char"}
                      - {name: kind, type: "shape_kind"}
                      - {name: origin, type: "struct two_doubles"}
                      - {name: pairs, type: "struct small_ints[2]"}
                      - {name: weights, type: "unsigned int[3]"}
                      - {name: id, type: "uint16_t"}
                      - {name: on, type: "_Bool"}
                      - {name: label, type: "const char *"}
                      - {name: visit, type: "void *"}
                      - {name: value, type: "union value"}
                      - {name: code, type: "char[5]"}
                unions:
                  - c_name: value
                    fields:
                      - {name: i, type: "int"}
                      - {name: d, type: "double"}
                      - {name: small, type: "char[12]"}
                """
                + STRUCTS_FUNCTIONS);
    assertEquals(generated(written), generated(taken));
    StructModel record = taken.struct("record").orElseThrow();
    assertEquals(11, record.fields().size());
    assertEquals("struct small_ints[2]", record.fields().get(3).spelling());
  }

  @Test
  void zStreamIsTakenFromZlibWithTheSpecsSemantics() {
    Assumptions.assumeTrue(Files.exists(Path.of("/usr/include/zlib.h")), "zlib.h is installed");
    LibraryModel z =
        valid(
            """
            library: z
            package: t
            class: Z
            headers: [zlib.h]
            from_header: [z_stream, Z_OK, Z_FINISH, Z_BEST_COMPRESSION, ZLIB_VERSION]
            structs:
              - c_name: z_stream
                resident: true
                doc: zlib's stream state.
                fields:
                  - {name: msg, doc: "last error message, NULL if no error"}
                  - {name: avail_in, type: "unsigned int", doc: "bytes available at next_in"}
            functions:
              - name: deflateEnd
                params: [{name: strm, type: "z_stream*"}]
                returns: int
            """);
    StructModel stream = z.struct("z_stream").orElseThrow();
    assertTrue(stream.resident());
    assertEquals("zlib's stream state.", stream.doc());
    assertEquals(
        List.of(
            "next_in",
            "avail_in",
            "total_in",
            "next_out",
            "avail_out",
            "total_out",
            "msg",
            "state",
            "zalloc",
            "zfree",
            "opaque",
            "data_type",
            "adler",
            "reserved"),
        stream.fields().stream().map(StructModel.Field::name).toList());
    assertEquals("last error message, NULL if no error", stream.fields().get(6).doc());
    // A type the spec writes on a field wins, and the ABI check proves it.
    assertEquals("unsigned int", stream.fields().get(1).spelling());
    assertEquals("uLong", stream.fields().get(2).spelling());
    assertEquals("void *", stream.fields().get(7).spelling()); // struct internal_state *
    assertEquals("void *", stream.fields().get(8).spelling()); // alloc_func
    assertThat(z.typedefs()).containsEntry("uLong", "unsigned long");
    Map<String, Object> constants =
        z.constants().stream().collect(Collectors.toMap(ConstantModel::name, c -> c.value()));
    assertThat(constants.toString()).contains("Z_OK=");
    assertThat(constants.keySet())
        .containsExactly("Z_OK", "Z_FINISH", "Z_BEST_COMPRESSION", "ZLIB_VERSION");
    assertThat(generated(z)).contains("class ZStreamView");
  }

  @Test
  void sqliteConstantsAndHandleByName() {
    Assumptions.assumeTrue(
        Files.exists(Path.of("/usr/include/sqlite3.h")), "sqlite3.h is installed");
    LibraryModel s =
        valid(
            """
            library: sqlite3
            package: t
            class: Sq
            headers: [sqlite3.h]
            from_header: [sqlite3, SQLITE_OK, SQLITE_ROW, SQLITE_DONE, SQLITE_UTF8, SQLITE_VERSION]
            functions:
              - name: sqlite3_libversion
                params: []
                returns: const char*
            """);
    assertTrue(s.opaqueType("sqlite3").isPresent());
    assertThat(s.constants().stream().map(c -> c.name() + "=" + value(c)).toList())
        .containsExactly(
            "SQLITE_OK=0",
            "SQLITE_ROW=100",
            "SQLITE_DONE=101",
            "SQLITE_UTF8=1",
            "SQLITE_VERSION=" + value(s.constants().get(4)));
    assertThat(value(s.constants().get(4))).matches("\\d+\\.\\d+\\.\\d+");
  }

  private static String value(ConstantModel c) {
    return switch (c.value()) {
      case ConstantModel.IntegerValue i -> Long.toString(i.value());
      case ConstantModel.FloatingValue f -> Double.toString(f.value());
      case ConstantModel.StringValue t -> t.value();
    };
  }

  @Test
  void aNameTheHeadersLackIsOneLocatedError() {
    assertEquals(
        List.of(
            "spec.yaml:5:27: error: [ffmbind.header.missing] 'no_such_struct' is named in"
                + " from_header, but the headers do not declare it (searched structs.h (also in "
                + C_DIR
                + ")); write it out in its section or fix the name"),
        errors(STRUCTS_HEAD + "from_header: [small_ints, no_such_struct]\n"));
  }

  @Test
  void withoutHeadersOrAReaderTheErrorIsAtTheKey() {
    assertEquals(
        List.of(
            "spec.yaml:4:1: error: [ffmbind.header.unavailable] the declarations named in"
                + " from_header cannot be taken from its headers: the spec names no headers; add"
                + " 'headers:' with the C headers that declare them"),
        errors("library: x\npackage: t\nclass: S\nfrom_header: [small_ints]\n"));
    assertThat(errors(STRUCTS_HEAD.replace("structs.h", "nosuch.h") + "from_header: [x]\n"))
        .containsExactly(
            "spec.yaml:5:1: error: [ffmbind.header.unavailable] the declarations named in"
                + " from_header cannot be taken from nosuch.h: clang could not read the headers:"
                + " fatal error: 'nosuch.h' file not found");
    Diagnostics d = new Diagnostics();
    YamlSpecReader.read("spec.yaml", STRUCTS_HEAD + "from_header: [x]\n", d, HeaderLookup.NONE);
    assertThat(d.all().get(0).format())
        .contains("spec.yaml:5:1: error: [ffmbind.header.unavailable]");
  }

  @Test
  void aStructWhoseFieldsCannotBeStatedAndAnUnknownFieldAreLocated(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("bits.h"),
        "struct flags { unsigned a : 1; unsigned b : 3; };\n#define F(x) x\n");
    String head =
        "library: x\npackage: t\nclass: S\nheaders: [bits.h]\nheader_include_dirs: [\""
            + dir
            + "\"]\n";
    assertThat(errors(head + "from_header: [flags, F]\n"))
        .containsExactly(
            "spec.yaml:6:15: error: [ffmbind.header.cannot-take] 'flags' is named in from_header,"
                + " but in bits.h (also in "
                + dir
                + ", "
                + C_DIR
                + ") its fields cannot all be stated (field 'a' is a bitfield); name it in"
                + " opaque_types",
            "spec.yaml:6:22: error: [ffmbind.header.missing] 'F' is named in from_header, but the"
                + " headers do not declare it (searched bits.h (also in "
                + dir
                + ", "
                + C_DIR
                + ")); write it out in its section or fix the name");
    assertThat(
            errors(
                STRUCTS_HEAD
                    + """
                    from_header: [small_ints]
                    structs:
                      - c_name: small_ints
                        fields:
                          - {name: c, doc: "not there"}
                    """))
        .containsExactly(
            "spec.yaml:9:10: error: [ffmbind.header.unknown-field] field 'c' is not a field of"
                + " 'small_ints' in the header (it has a, b); fields of a struct named in"
                + " from_header only add to the header's");
  }
}
