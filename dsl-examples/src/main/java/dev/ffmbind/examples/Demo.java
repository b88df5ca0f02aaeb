package dev.ffmbind.examples;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.Ref;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Uses the three example bindings: an in-memory SQLite database, a zlib round trip and a few libc
 * calls, plus two deliberate failures to show ffmbind's exceptions. Run it with {@code ./demo.sh}.
 */
public final class Demo {

  private Demo() {}

  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  /** Runs the demo, printing to {@code out}. */
  public static void run(PrintStream out) throws IOException {
    sqlite(out);
    zlib(out);
    libc(out);
  }

  static void sqlite(PrintStream out) {
    Sqlite3 sqlite = Sqlite3.load();
    out.println("== SQLite " + sqlite.libversion() + " ==");
    Ref<Sqlite3.Database> ref = new Ref<>();
    sqlite.open(":memory:", ref);
    // Owned handles: try-with-resources calls sqlite3_close / sqlite3_finalize exactly once.
    try (Sqlite3.Database db = ref.get()) {
      sqlite.exec(db, "CREATE TABLE lang (name TEXT NOT NULL, year INTEGER)", null, null, null);
      sqlite.exec(
          db,
          "INSERT INTO lang VALUES ('C', 1972), ('Java', 1995), ('Zig', 2016),"
              + " ('Straße ✓', 2025)",
          null,
          null,
          null);
      out.println("inserted " + sqlite.changes(db) + " rows");

      Ref<Sqlite3.Statement> stmtRef = new Ref<>();
      sqlite.prepare(db, "SELECT name, year FROM lang ORDER BY year", -1, stmtRef, null);
      try (Sqlite3.Statement stmt = stmtRef.get()) {
        while (sqlite.step(stmt) == 100 /* SQLITE_ROW */) {
          out.printf("  %-10s %d%n", sqlite.columnText(stmt, 0), sqlite.columnInt(stmt, 1));
        }
      }

      // The same query through a row callback: sqlite3_exec calls Java for each row, and the
      // list travels through C as user data.
      List<String> rows = new ArrayList<>();
      sqlite.exec(
          db,
          "SELECT name, year FROM lang WHERE year < 2000 ORDER BY year",
          (data, columns, values, names) -> {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) data;
            list.add(names[0] + "=" + values[0] + ", " + names[1] + "=" + values[1]);
            return 0; // non-zero would abort the query with SQLITE_ABORT
          },
          rows,
          null);
      out.println("rows through a callback: " + rows);

      try {
        sqlite.exec(db, "SELEC name FROM lang", null, null, null);
      } catch (Sqlite3.SqliteException e) {
        out.println("bad SQL, as expected: " + e.getMessage());
      }
    }
    // The database is closed now; using the handle fails in Java, before SQLite sees freed memory.
    try {
      sqlite.changes(ref.get());
    } catch (IllegalStateException e) {
      out.println("closed handle, as expected: " + e.getMessage());
    }
  }

  static void zlib(PrintStream out) {
    Zlib zlib = Zlib.load();
    out.println("== zlib " + zlib.zlibVersion() + " ==");
    byte[] input =
        "ffmbind binds C to Java at compile time. ".repeat(50).getBytes(StandardCharsets.UTF_8);
    byte[] compressed = new byte[(int) zlib.compressBound(input.length)];
    long[] compressedLen = {compressed.length};
    zlib.compress2(compressed, compressedLen, input, 9);
    out.println("compressed " + input.length + " bytes to " + compressedLen[0] + " bytes");

    byte[] restored = new byte[input.length];
    long[] restoredLen = {restored.length};
    zlib.uncompress(restored, restoredLen, Arrays.copyOf(compressed, (int) compressedLen[0]));
    out.println(
        "uncompressed back to "
            + restoredLen[0]
            + " bytes, identical: "
            + Arrays.equals(input, restored));
    out.printf(
        "crc32 = %08x (java.util.zip.CRC32 agrees: %b)%n",
        zlib.crc32(0, input), zlib.crc32(0, input) == javaCrc32(input));

    try {
      long[] len = {restored.length};
      zlib.uncompress(restored, len, new byte[] {1, 2, 3, 4});
    } catch (Zlib.ZlibException e) {
      out.println("corrupt input, as expected: " + e.getMessage());
    }
  }

  static void libc(PrintStream out) throws IOException {
    Libc libc = Libc.load();
    out.println("== libc ==");
    out.println(
        "pid " + libc.getpid() + " (ProcessHandle says " + ProcessHandle.current().pid() + ")");
    out.println("strlen(\"héllo\") = " + libc.strlen("héllo") + " bytes of UTF-8");

    Path file = Files.createTempFile("ffmbind-demo", ".txt");
    try {
      byte[] text = "written by write(2), read by read(2)\n".getBytes(StandardCharsets.UTF_8);
      int fd = libc.open(file.toString(), 01 | 01000 /* O_WRONLY | O_TRUNC */, 0);
      long written = libc.write(fd, text);
      libc.close(fd);

      fd = libc.open(file.toString(), 0 /* O_RDONLY */, 0);
      byte[] buf = new byte[256];
      long n = libc.read(fd, buf, buf.length);
      libc.close(fd);
      out.print(
          "wrote "
              + written
              + " bytes, read "
              + n
              + ": "
              + new String(buf, 0, (int) n, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(file);
    }

    try {
      libc.open("/nope/missing", 0, 0);
    } catch (ErrnoException.NotFound e) {
      out.println("missing file, as expected: " + e.getMessage());
    }
    out.println("strerror(13) = " + libc.strerror(13));
  }

  private static long javaCrc32(byte[] data) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
