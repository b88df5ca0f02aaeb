package dev.ffmbind.processor.importer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.binding.Resolver;
import dev.ffmbind.processor.codegen.BindingGenerator;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.validation.Validator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header import of real headers (zlib, bzip2, SQLite, libuuid) and of the project's own C test
 * header: each draft is a valid spec as it stands, passes the ABI check, and its generated Java
 * compiles under {@code -Xlint:all -Werror}; a few zlib functions are called through the draft.
 * Import times are printed, not asserted.
 */
class HeaderImporterTest {

  @BeforeAll
  static void clang() {
    try {
      HeaderImporter.findClang(System.getenv());
    } catch (HeaderImporter.ImportException e) {
      Assumptions.abort("header import needs clang, which ./test.sh installs: " + e.getMessage());
    }
  }

  private record Imported(String yaml, LibraryModel model, Compilation compilation) {}

  private static Imported importAndCheck(String header, String library, String javaClass)
      throws Exception {
    Path system = Path.of("/usr/include").resolve(header);
    Assumptions.assumeTrue(
        Files.exists(system) || Files.exists(Path.of(header)),
        header + " is not installed; ./test.sh installs the -dev packages");
    long started = System.nanoTime();
    HeaderImporter.Result result =
        HeaderImporter.importHeader(
            HeaderImporter.Request.builder()
                .header(header)
                .library(library)
                .javaPackage("draft")
                .javaClass(javaClass)
                .build());
    long importMs = (System.nanoTime() - started) / 1_000_000;
    assertTrue(!result.summary().contains("error"), result.summary());

    Diagnostics diagnostics = new Diagnostics();
    Optional<LibraryModel> model = YamlSpecReader.read("draft.yaml", result.yaml(), diagnostics);
    assertTrue(model.isPresent(), diagnostics.all().toString());
    new Validator().validate(model.get(), diagnostics);
    assertEquals(List.of(), diagnostics.all(), "the draft is a valid spec as it stands");

    started = System.nanoTime();
    AbiCheck.Outcome outcome =
        AbiCheck.check(model.get(), AbiCheck.Options.defaults(Optional.empty()), diagnostics);
    long checkMs = (System.nanoTime() - started) / 1_000_000;
    assertEquals(List.of(), diagnostics.all(), "the draft passes the ABI check");
    assertEquals(AbiCheck.Outcome.PASSED, outcome);

    List<JavaFile> files = BindingGenerator.generate(Resolver.resolve(model.get()), "draft.yaml");
    List<JavaFileObject> sources =
        files.stream()
            .map(
                f ->
                    JavaFileObjects.forSourceString(
                        f.packageName() + "." + f.typeSpec().name(), f.toString()))
            .toList();
    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    System.out.printf(
        "import of %s: %d ms; ABI check of the draft (%d functions): %d ms%n",
        header, importMs, model.get().functions().size(), checkMs);
    return new Imported(result.yaml(), model.get(), compilation);
  }

  @Test
  void zlib() throws Exception {
    Imported z = importAndCheck("zlib.h", "z", "Zlib");
    // Header order, header spellings, literal macros, and review notes for what needs a human.
    assertThat(z.yaml()).contains("headers: [\"zlib.h\"]");
    assertTrue(z.yaml().indexOf("- name: zlibVersion") < z.yaml().indexOf("- name: deflate\n"));
    assertThat(z.yaml())
        .contains("      - {name: destLen, type: \"uLongf *\", java_type: MemorySegment}");
    assertThat(z.yaml()).contains("  uLong: \"unsigned long\"");
    assertThat(z.yaml()).contains("  - {name: Z_BEST_COMPRESSION, value: 9}");
    assertThat(z.yaml()).contains("  - {name: ZLIB_VERSION, value: \"");
    assertThat(z.yaml()).contains("REVIEW: is 'sourceLen' the length of 'source'?");
    assertThat(z.yaml()).contains("#   function gzprintf: variadic;");
    // gz_header's fields are all stateable: a struct. So is z_stream: its state points to a
    // struct zlib.h never defines and its zalloc is a function pointer, both stated as void*.
    assertThat(z.yaml()).contains("  - c_name: gz_header\n");
    assertThat(z.yaml()).contains("      - {name: extra_len, type: \"uInt\"}");
    assertTrue(z.model().struct("gz_header").isPresent());
    assertThat(z.yaml()).contains("  - c_name: z_stream\n");
    assertThat(z.yaml()).contains("      - {name: state, type: \"void *\"}");
    assertThat(z.yaml()).contains("      - {name: zalloc, type: \"void *\"}");
    assertThat(z.yaml()).contains("      - {name: avail_in, type: \"uInt\"}");
    assertEquals(14, z.model().struct("z_stream").orElseThrow().fields().size());
    assertTrue(z.model().opaqueType("z_stream").isEmpty());

    // Called end to end through the draft.
    Class<?> zlib = load(z.compilation(), "draft.Zlib");
    Object lib = zlib.getMethod("load").invoke(null);
    Object version = zlib.getMethod("zlibVersion").invoke(lib);
    Object bound = zlib.getMethod("compressBound", long.class).invoke(lib, 1000L);
    assertThat((String) version).startsWith("1.");
    assertTrue((long) bound > 1000L, bound::toString);
  }

  @Test
  void bzip2() throws Exception {
    Imported bz = importAndCheck("bzlib.h", "bz2", "Bzip2");
    assertThat(bz.yaml()).contains("- name: BZ2_bzlibVersion");
    assertThat(bz.yaml()).contains("  - {name: BZ_OK, value: 0}");
  }

  @Test
  void sqlite() throws Exception {
    Imported sqlite = importAndCheck("sqlite3.h", "sqlite3", "Sqlite");
    assertThat(sqlite.yaml()).contains("REVIEW: destructor: sqlite3_close?");
    assertThat(sqlite.yaml()).contains("  - {name: SQLITE_OK, value: 0}");
    assertThat(sqlite.yaml()).contains("      - {name: ppDb, type: \"sqlite3 **\"}");
    assertTrue(sqlite.model().functions().size() > 150, "most of SQLite's API is importable");
  }

  @Test
  void uuid() throws Exception {
    Imported uuid = importAndCheck("uuid/uuid.h", "uuid", "Uuid");
    assertThat(uuid.yaml()).contains("headers: [\"uuid/uuid.h\"]");
    assertThat(uuid.yaml()).contains("  uuid_t: \"unsigned char[16]\"");
  }

  @Test
  void theProjectsOwnTestHeader() throws Exception {
    Path header = Path.of("../integration-tests/src/main/c/ffmbindtest.h").toAbsolutePath();
    Imported own = importAndCheck(header.normalize().toString(), "ffmbindtest", "FfmbindTest");
    assertThat(own.yaml()).contains("header_include_dirs: [");
  }

  @Test
  void structsWithFieldsTheSpecCanStateAreStructsTheOthersOpaqueWithTheReason(@TempDir Path dir)
      throws Exception {
    Path h = dir.resolve("shapes.h");
    Files.writeString(
        h,
        """
        #include <stdint.h>
        struct point { int x; long y; };
        typedef struct { struct point from; struct point to[2]; char name[8]; } segment;
        union value { int i; double d; };
        struct node { struct node *next; int v; };
        struct flags { unsigned a : 1; unsigned b : 3; };
        struct blob { int n; unsigned char data[]; };
        struct wrapped { union { int i; float f; }; int tag; };
        int point_sum(struct point p);
        double segment_length(const segment *s);
        int value_int(union value *v);
        int node_count(const struct node *n);
        int flags_get(struct flags *f);
        int blob_len(struct blob *b);
        int wrapped_tag(struct wrapped *w);
        """);
    Imported imported = importAndCheck(h.toString(), "shapes", "Shapes");
    String y = imported.yaml();
    assertThat(y).contains("  - c_name: point\n    fields:\n      - {name: x, type: \"int\"}\n");
    assertThat(y).contains("      - {name: to, type: \"struct point[2]\"}");
    assertThat(y).contains("      - {name: name, type: \"char[8]\"}");
    assertThat(y).contains("unions:\n  - c_name: value\n");
    assertThat(y).contains("      - {name: next, type: \"struct node *\"}");
    assertThat(y).contains("REVIEW: opaque (pointers only): field 'a' is a bitfield");
    assertThat(y).contains("REVIEW: opaque (pointers only): field 'data' is a flexible array");
    assertThat(y).contains("REVIEW: opaque (pointers only): it defines a struct or union inside");
    assertThat(y).contains("- name: point_sum"); // a struct by value is now a parameter
    for (String s : List.of("point", "segment", "value", "node")) {
      assertTrue(imported.model().struct(s).isPresent(), s + " is a struct: " + y);
    }
    for (String s : List.of("flags", "blob", "wrapped")) {
      assertTrue(imported.model().opaqueType(s).isPresent(), s + " stays opaque: " + y);
    }
  }

  @Test
  void aHeaderThatIsNotThereIsOneClearError() {
    HeaderImporter.ImportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HeaderImporter.ImportException.class,
            () ->
                HeaderImporter.importHeader(
                    HeaderImporter.Request.builder().header("no/such/header.h").build()));
    assertThat(e.getMessage()).startsWith("header 'no/such/header.h' was not found");
  }

  /** A class of the compilation, loaded with the others it generated. */
  private static Class<?> load(Compilation compilation, String name) throws Exception {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        String binary =
            path.substring(path.indexOf(StandardLocation.CLASS_OUTPUT.getName()) + 1)
                .replaceFirst("^[^/]*/", "");
        try (InputStream in = f.openInputStream()) {
          classes.put(binary.replace(".class", "").replace('/', '.'), in.readAllBytes());
        }
      }
    }
    ClassLoader loader =
        new ClassLoader(HeaderImporterTest.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String n) throws ClassNotFoundException {
            byte[] bytes = classes.get(n);
            if (bytes == null) {
              throw new ClassNotFoundException(n);
            }
            return defineClass(n, bytes, 0, bytes.length);
          }
        };
    return Class.forName(name, true, loader);
  }
}
