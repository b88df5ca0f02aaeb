package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.Positions;
import dev.ffmbind.Ref;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite's pointers to pointers: {@code sqlite3_exec}'s {@code char** errmsg}, copied and freed
 * with {@code sqlite3_free} (SQLite's own allocation counter proves it is freed), and {@code
 * sqlite3_prepare_v2}'s {@code const char** pzTail}, received as a position in the SQL.
 */
class SqlitePointersTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();
  private Sqlite3.Database db;

  @BeforeEach
  void open() {
    Ref<Sqlite3.Database> ref = new Ref<>();
    SQLITE.open(":memory:", ref);
    db = ref.get();
  }

  @AfterEach
  void close() {
    SQLITE.close(db);
  }

  @Test
  void execReportsItsMessageThroughErrmsgAndItIsFreed() {
    SQLITE.exec(db, "CREATE TABLE t (x)", null, null, null);
    Ref<String> errmsg = new Ref<>();
    // Warm up: the connection keeps its last error message, and SQLite its caches.
    assertThrows(
        Sqlite3.SqliteException.class, () -> SQLITE.exec(db, "SELEC x FROM t", null, null, errmsg));
    long before = SQLITE.memoryUsed();
    for (int i = 0; i < 100; i++) {
      Ref<String> message = new Ref<>();
      assertThrows(
          Sqlite3.SqliteException.class,
          () -> SQLITE.exec(db, "SELEC x FROM t", null, null, message));
      assertNotNull(message.get());
      assertTrue(message.get().contains("syntax error"), message.get());
    }
    assertEquals(before, SQLITE.memoryUsed());
    SQLITE.exec(db, "INSERT INTO t VALUES (1)", null, null, errmsg);
    assertNull(errmsg.get());
  }

  /**
   * A row callback that throws aborts exec, and SQLite writes an owned "query aborted" message: the
   * caller gets the callback's own exception, and that message is still freed (a call during which
   * a callback threw copies nothing else back).
   */
  @Test
  void anOwnedMessageIsFreedAlsoWhenTheRowCallbackThrows() {
    SQLITE.exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", null, null, null);
    Sqlite3.RowCallback throwing =
        (data, columns, values, names) -> {
          throw new IllegalStateException("no rows wanted");
        };
    Ref<String> warmUp = new Ref<>();
    assertThrows(
        IllegalStateException.class,
        () -> SQLITE.exec(db, "SELECT x FROM t", throwing, null, warmUp));
    long before = SQLITE.memoryUsed();
    for (int i = 0; i < 100; i++) {
      Ref<String> message = new Ref<>();
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () -> SQLITE.exec(db, "SELECT x FROM t", throwing, null, message));
      assertEquals("no rows wanted", thrown.getMessage());
    }
    assertEquals(before, SQLITE.memoryUsed());
  }

  @Test
  void prepareGivesTheTailAsAPositionInTheSql() {
    String sql = "SELECT 'größe'; SELECT 2";
    Ref<Sqlite3.Statement> stmt = new Ref<>();
    Ref<Long> tail = new Ref<>();
    SQLITE.prepare(db, sql, -1, stmt, tail);
    stmt.get().close();
    // The offset counts UTF-8 bytes: 'ö' and 'ß' take two each.
    int index = Positions.charIndex(sql, tail.get());
    assertEquals(sql.indexOf(';') + 1, index);
    assertEquals(index + 2, tail.get());
    assertEquals(" SELECT 2", sql.substring(index));
  }
}
