package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ObjectHandles;
import dev.ffmbind.Ref;
import dev.ffmbind.internal.Upcalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers set on a connection ({@code lifetime: handle}): a progress handler that aborts a long
 * query by throwing, whose exception {@code sqlite3_step}'s caller receives, and a busy handler on
 * a second connection.
 */
class SqliteHandlersTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();
  private static final String LONG_QUERY =
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
          + " SELECT count(*) FROM n";

  private int handles;
  private int scopes;

  @BeforeEach
  void baseline() {
    handles = ObjectHandles.liveCount();
    scopes = Upcalls.handleScopeCount();
  }

  @AfterEach
  void released() {
    assertEquals(handles, ObjectHandles.liveCount(), "closing the connection releases handlers");
    assertEquals(scopes, Upcalls.handleScopeCount());
  }

  private static Sqlite3.Database open(String file) {
    Ref<Sqlite3.Database> ref = new Ref<>();
    SQLITE.open(file, ref);
    return ref.get();
  }

  @Test
  void aProgressHandlerThatThrowsAbortsTheQueryAndStepRethrowsIt() {
    IllegalStateException cancelled = new IllegalStateException("cancelled by the user");
    AtomicInteger calls = new AtomicInteger();
    try (Sqlite3.Database db = open(":memory:")) {
      SQLITE.progressHandler(
          db,
          1000,
          data -> {
            if (calls.incrementAndGet() == ((AtomicInteger) data).get()) {
              throw cancelled;
            }
            return 0;
          },
          new AtomicInteger(50));
      Ref<Sqlite3.Statement> stmt = new Ref<>();
      SQLITE.prepare(db, LONG_QUERY, -1, stmt, null);
      Sqlite3.Statement interrupted = stmt.get();
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> SQLITE.step(interrupted));
      assertSame(cancelled, e, "step's caller gets the handler's own exception");
      Sqlite3.SqliteException status = (Sqlite3.SqliteException) e.getSuppressed()[0];
      assertEquals(9, status.code(), "with SQLITE_INTERRUPT attached");
      assertEquals(50, calls.get(), "not called again once it threw");
      // sqlite3_finalize reports the statement's last error again; it frees it all the same.
      assertEquals(9, assertThrows(Sqlite3.SqliteException.class, interrupted::close).code());
      // Removed: the same query now runs to its end (a shorter one, to keep the test fast).
      SQLITE.progressHandler(db, 0, null, null);
      SQLITE.prepare(db, LONG_QUERY.replace("100000000", "1000"), -1, stmt, null);
      try (Sqlite3.Statement s = stmt.get()) {
        assertEquals(100, SQLITE.step(s));
        assertEquals(1000, SQLITE.columnInt(s, 0));
      }
    }
  }

  @Test
  void aBusyHandlerOnASecondConnection(@TempDir Path dir) throws Exception {
    String file = dir.resolve("busy.db").toString();
    AtomicInteger busyCalls = new AtomicInteger();
    try (Sqlite3.Database first = open(file);
        Sqlite3.Database second = open(file)) {
      SQLITE.exec(first, "CREATE TABLE t (x INTEGER)", null, null, null);
      SQLITE.busyHandler(
          second,
          (data, count) -> {
            busyCalls.incrementAndGet();
            assertSame("second", data);
            return count < 3 ? 1 : 0; // retry three times, then give up
          },
          "second");
      SQLITE.exec(first, "BEGIN EXCLUSIVE; INSERT INTO t VALUES (1)", null, null, null);
      Sqlite3.SqliteException busy =
          assertThrows(
              Sqlite3.SqliteException.class,
              () -> SQLITE.exec(second, "INSERT INTO t VALUES (2)", null, null, null));
      assertEquals(5, busy.code(), "SQLITE_BUSY once the handler gave up");
      assertEquals(4, busyCalls.get());
      SQLITE.exec(first, "COMMIT", null, null, null);
      SQLITE.exec(second, "INSERT INTO t VALUES (2)", null, null, null);
      assertEquals(4, busyCalls.get(), "no lock, no call");
    }
    assertTrue(Files.exists(Path.of(file)));
  }
}
