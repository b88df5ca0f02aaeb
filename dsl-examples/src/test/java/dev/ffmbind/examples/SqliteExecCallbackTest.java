package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ObjectHandles;
import dev.ffmbind.Ref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sqlite3_exec with a Java row callback: rows as String[], user data, abort and exceptions. */
class SqliteExecCallbackTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();
  private Sqlite3.Database db;
  private int handles;

  @BeforeEach
  void open() {
    handles = ObjectHandles.liveCount();
    Ref<Sqlite3.Database> ref = new Ref<>();
    SQLITE.open(":memory:", ref);
    db = ref.get();
    SQLITE.exec(
        db,
        "CREATE TABLE t (name TEXT, n INTEGER); INSERT INTO t VALUES ('a', 1), (NULL, 2), ('ü', 3)",
        null,
        null,
        null);
  }

  @AfterEach
  void close() {
    SQLITE.close(db);
    assertEquals(handles, ObjectHandles.liveCount());
  }

  @Test
  void rowsArriveAsStringArraysInTheListPassedAsUserData() {
    List<String[]> rows = new ArrayList<>();
    List<String[]> names = new ArrayList<>();
    SQLITE.exec(
        db,
        "SELECT name, n FROM t ORDER BY n",
        (data, columns, values, columnNames) -> {
          @SuppressWarnings("unchecked")
          List<String[]> list = (List<String[]>) data;
          list.add(values);
          names.add(columnNames);
          return 0;
        },
        rows,
        null);
    assertEquals(3, rows.size());
    assertArrayEquals(new String[] {"a", "1"}, rows.get(0));
    assertArrayEquals(new String[] {null, "2"}, rows.get(1));
    assertArrayEquals(new String[] {"ü", "3"}, rows.get(2));
    assertArrayEquals(new String[] {"name", "n"}, names.get(0));
  }

  @Test
  void aCallbackReturningNonZeroAbortsWithSqliteAbort() {
    List<String> seen = new ArrayList<>();
    Sqlite3.SqliteException e =
        assertThrows(
            Sqlite3.SqliteException.class,
            () ->
                SQLITE.exec(
                    db,
                    "SELECT name FROM t ORDER BY n",
                    (data, columns, values, columnNames) -> {
                      seen.add(values[0]);
                      return 1;
                    },
                    null,
                    null));
    assertEquals(4, e.code());
    assertEquals("SQLITE_ABORT", e.codeName());
    assertEquals(List.of("a"), seen, "the query stopped after the first row");
  }

  @Test
  void aThrowingCallbackAbortsTheQueryAndExecRethrowsTheSameException() {
    IllegalStateException thrown = new IllegalStateException("bad row");
    assertSame(
        thrown,
        assertThrows(
            IllegalStateException.class,
            () ->
                SQLITE.exec(
                    db,
                    "SELECT name FROM t",
                    (data, columns, values, columnNames) -> {
                      throw thrown;
                    },
                    null,
                    null)));
    // The connection is fine afterwards.
    List<String> rows = new ArrayList<>();
    SQLITE.exec(
        db,
        "SELECT count(*) FROM t",
        (data, columns, values, columnNames) -> {
          rows.add(values[0]);
          return 0;
        },
        null,
        null);
    assertEquals(List.of("3"), rows);
  }
}
