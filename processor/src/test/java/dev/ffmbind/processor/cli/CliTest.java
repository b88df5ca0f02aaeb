package dev.ffmbind.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path tmp;

  private record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status;
    try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
        var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = FfmbindCli.run(args, o, e);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String sqlite3Spec() throws URISyntaxException {
    return Path.of(CliTest.class.getResource("/yaml/sqlite3.yaml").toURI()).toString();
  }

  private Path spec(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  // --- usage ----------------------------------------------------------------------------------

  @Test
  void noSpecIsAUsageError() {
    Run r = run();
    assertEquals(2, r.status());
    assertEquals(
        List.of(
            "ffmbind: error: no binding spec given",
            "usage: java -jar ffmbind-processor.jar [-d DIR] spec.yaml..."),
        r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("-x", "a.yaml");
    assertEquals(2, r.status());
    assertEquals("ffmbind: error: unknown option '-x'", r.errLines().get(0));
  }

  @Test
  void directoryOptionNeedsAnArgument() {
    Run r = run("a.yaml", "-d");
    assertEquals(2, r.status());
    assertEquals("ffmbind: error: option -d needs a directory", r.errLines().get(0));
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    Run r = run("--help");
    assertEquals(0, r.status());
    assertTrue(
        r.out().startsWith("usage: java -jar ffmbind-processor.jar [-d DIR] spec.yaml...\n"),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonSchemaOptionPrintsTheSchemaOfSpecs() {
    Run r = run("--json-schema");
    assertEquals(0, r.status());
    assertEquals(dev.ffmbind.processor.schema.SpecJsonSchema.generate(), r.out());
    assertTrue(r.out().contains("\"functions\""), r.out());
    assertEquals("", r.err());
  }

  // --- errors ---------------------------------------------------------------------------------

  @Test
  void yamlErrorsAreLocatedAndExitOne() throws Exception {
    Path p =
        spec(
            "bad.yaml",
            """
        library: c
        package: p
        class: C
        functions:
          - name: open
            c_symbl: sqlite3_open
        """);
    Run r = run(p.toString());
    assertEquals(1, r.status());
    assertEquals(
        List.of(
            p
                + ":6:5: error: [ffmbind.yaml.unknown-key] unknown key 'c_symbl' in function 'open';"
                + " did you mean 'c_symbol'?"),
        r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void validatorErrorsAreReportedInDocumentOrderWithTheYamlOnes() throws Exception {
    Path p =
        spec(
            "bad.yaml",
            """
        library: c
        package: p
        class: C
        functions:
          - name: f
            params:
              - {name: w, type: "widget*"}
          - name: g
            critical: yes
        """);
    Run r = run(p.toString());
    assertEquals(1, r.status());
    List<String> lines = r.errLines();
    assertEquals(2, lines.size(), r.err());
    // from the validator, at the parameter
    assertTrue(
        lines.get(0).startsWith(p + ":7:10: error: [ffmbind.type.unknown] unknown C type 'widget'"),
        r.err());
    // from the reader
    assertEquals(
        p
            + ":9:15: error: [ffmbind.yaml.wrong-type] 'critical' must be true or false, but is a string",
        lines.get(1));
  }

  @Test
  void missingSpecFile() {
    Path p = tmp.resolve("nope.yaml");
    Run r = run(p.toString());
    assertEquals(1, r.status());
    assertEquals(
        List.of(
            p
                + ": error: [ffmbind.spec.unreadable] binding spec '"
                + p
                + "' could not be read: no such file"),
        r.errLines());
  }

  @Test
  void aSpecThatIsNotUtf8IsReportedAtTheBadByte() throws Exception {
    Path p = tmp.resolve("latin1.yaml");
    Files.write(
        p,
        "library: c\npackage: p\nclass: C\ndoc: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run(p.toString());
    assertEquals(1, r.status());
    assertEquals(
        List.of(
            p
                + ":4:9: error: [ffmbind.spec.unreadable] binding spec '"
                + p
                + "' could not be read: it is not valid UTF-8 (byte 0xE9)"),
        r.errLines());
  }

  // --- generation -----------------------------------------------------------------------------

  @Test
  void goodSpecPrintsTheGeneratedSource() throws Exception {
    Run r = run(sqlite3Spec());
    assertEquals("", r.err());
    assertEquals(0, r.status());
    assertTrue(r.out().contains("package com.example.sqlite;"), r.out());
    assertTrue(r.out().contains("public final class Sqlite3 {"), r.out());
    assertTrue(r.out().contains("from sqlite3.yaml"), r.out());
  }

  @Test
  void directoryOptionWritesPackageFolders() throws Exception {
    Path dir = tmp.resolve("gen");
    Run r = run("-d", dir.toString(), sqlite3Spec());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    Path file = dir.resolve("com/example/sqlite/Sqlite3.java");
    assertTrue(Files.isRegularFile(file), "missing " + file);
    assertEquals(run(sqlite3Spec()).out(), Files.readString(file));
  }

  @Test
  void aBadSpecDoesNotStopAGoodOne() throws Exception {
    Path bad = spec("bad.yaml", "- name: getpid\n");
    Run r = run(bad.toString(), sqlite3Spec());
    assertEquals(1, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(
        r.errLines().get(0).startsWith(bad + ":1:1: error: [ffmbind.yaml.root-not-map]"), r.err());
    assertTrue(r.out().contains("public final class Sqlite3 {"), r.out());
  }
}
