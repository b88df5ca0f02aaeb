package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.Ref;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sqlite3_db_config, variadic with an int and an int* out after the option: switching foreign keys
 * on and off, seen by SQLite itself (PRAGMA foreign_keys and a rejected insert).
 */
class SqliteDbConfigTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();
  private static final int SQLITE_DBCONFIG_ENABLE_FKEY = 1002;
  private Sqlite3.Database db;

  @BeforeEach
  void open() {
    Ref<Sqlite3.Database> ref = new Ref<>();
    SQLITE.open(":memory:", ref);
    db = ref.get();
    SQLITE.exec(
        db,
        "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id))",
        null,
        null,
        null);
  }

  @AfterEach
  void close() {
    SQLITE.close(db);
  }

  private int foreignKeysPragma() {
    Ref<Sqlite3.Statement> stmt = new Ref<>();
    SQLITE.prepare(db, "PRAGMA foreign_keys", -1, stmt, null);
    try (Sqlite3.Statement s = stmt.get()) {
      SQLITE.step(s);
      return SQLITE.columnInt(s, 0);
    }
  }

  @Test
  void enablesQueriesAndDisablesForeignKeys() {
    int[] state = {-5};
    SQLITE.dbConfigFlag(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, state);
    assertEquals(1, state[0]);
    assertEquals(1, foreignKeysPragma());
    assertThrows(
        Sqlite3.SqliteException.class,
        () -> SQLITE.exec(db, "INSERT INTO c VALUES (99)", null, null, null));

    state[0] = -5;
    SQLITE.dbConfigFlag(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, state);
    assertEquals(1, state[0]);

    SQLITE.dbConfigFlag(db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, state);
    assertEquals(0, state[0]);
    assertEquals(0, foreignKeysPragma());
    SQLITE.exec(db, "INSERT INTO c VALUES (99)", null, null, null);
  }
}
