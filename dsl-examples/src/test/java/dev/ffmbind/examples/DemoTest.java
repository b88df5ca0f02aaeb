package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the demo so {@code mvn verify} proves it works, not only that it compiles. */
class DemoTest {

  @Test
  void demoRuns() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {
          "inserted 4 rows",
          "  Straße ✓   2025",
          "rows through a callback: [name=C, year=1972, name=Java, year=1995]",
          "failed: SQLITE_ERROR (near \"SELEC\": syntax error)",
          "closed handle, as expected: sqlite3_changes: parameter 'db': Database@0x",
          "identical: true",
          "java.util.zip.CRC32 agrees: true",
          "failed: Z_DATA_ERROR (data error)",
          "open(\"/nope/missing\", 0, 0) failed: ENOENT (No such file or directory)",
          "strerror(13) = Permission denied"
        }) {
      assertTrue(out.contains(expected), "missing '" + expected + "' in:\n" + out);
    }
  }
}
