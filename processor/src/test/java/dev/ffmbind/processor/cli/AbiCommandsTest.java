package dev.ffmbind.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's {@code check-abi} and {@code import-header} commands. */
class AbiCommandsTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FfmbindCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final Path EXAMPLES =
      Path.of("../dsl-examples/src/main/resources/dev/ffmbind/examples");

  @Test
  void theExampleSpecsPassTheCheck() {
    Assumptions.assumeTrue(Files.exists(Path.of("/usr/include/zlib.h")), "zlib.h not installed");
    Run r =
        run(
            "check-abi",
            EXAMPLES.resolve("zlib.yaml").toString(),
            EXAMPLES.resolve("libc.yaml").toString(),
            EXAMPLES.resolve("sqlite3.yaml").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(
        3, r.err().lines().filter(l -> l.contains("the ABI check passed")).count(), r.err());
  }

  @Test
  void aWrongSpecIsReportedAtItsLineAndFails() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/usr/include/zlib.h")), "zlib.h not installed");
    String spec =
        Files.readString(EXAMPLES.resolve("zlib.yaml"))
            .replace(
                "{name: destLen, type: \"uLongf*\"", "{name: destLen, type: \"unsigned int*\"");
    Path file = dir.resolve("zlib.yaml");
    Files.writeString(file, spec);
    Run r = run("check-abi", file.toString());
    assertEquals(1, r.status());
    int line = 1 + (int) spec.lines().takeWhile(l -> !l.contains("unsigned int*")).count();
    String expected =
        file
            + ":"
            + line
            + ":10: error: [ffmbind.abi.param-type] compress2: parameter 'destLen' is 'unsigned"
            + " int*' in the spec, but zlib.h declares 'uLongf *' (unsigned long*)";
    assertTrue(r.err().contains(expected), r.err());
  }

  @Test
  void printSourceShowsTheClaims() {
    Assumptions.assumeTrue(Files.exists(Path.of("/usr/include/zlib.h")), "zlib.h not installed");
    Run r = run("check-abi", "--print-source", EXAMPLES.resolve("zlib.yaml").toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("#include <zlib.h>"), r.out());
    assertTrue(
        r.out()
            .contains(
                "_Static_assert(__builtin_types_compatible_p(__typeof__(&compressBound),"
                    + " unsigned long (*)(unsigned long)), \"ffmbind: compressBound\");"),
        r.out());
  }

  @Test
  void usageErrors() {
    assertEquals(FfmbindCli.USAGE, run("check-abi").status());
    assertEquals(FfmbindCli.USAGE, run("check-abi", "--nope", "a.yaml").status());
    assertEquals(FfmbindCli.USAGE, run("import-header").status());
    assertEquals(FfmbindCli.USAGE, run("import-header", "a.h", "b.h").status());
    Run r = run("import-header", "-o");
    assertEquals(FfmbindCli.USAGE, r.status());
    assertTrue(r.err().startsWith("ffmbind: error: option -o needs a value"), r.err());
  }

  @Test
  void importHeaderWritesADraftThatPassesTheCheck() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/usr/include/uuid/uuid.h")), "uuid-dev missing");
    Path out = dir.resolve("uuid.yaml");
    Run r = run("import-header", "--package", "draft", "-o", out.toString(), "uuid/uuid.h");
    Assumptions.assumeFalse(r.err().contains("needs clang"), "clang is not installed");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().startsWith("ffmbind: imported uuid/uuid.h: "), r.err());
    assertTrue(Files.readString(out).contains("- name: uuid_generate\n"));
    Run check = run("check-abi", out.toString());
    assertEquals(0, check.status(), check.err());
  }
}
