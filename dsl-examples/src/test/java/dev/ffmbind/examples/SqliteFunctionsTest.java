package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ObjectHandles;
import dev.ffmbind.Ref;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL functions implemented in Java through {@code sqlite3_create_function_v2}: a scalar function
 * and an aggregate used from SQL, their callbacks found through {@code sqlite3_user_data(ctx)}, the
 * user data released by {@code xDestroy} exactly once, and an exception thrown in {@code xFunc}
 * reaching {@code sqlite3_step}'s caller while SQLite sees the function fail.
 */
class SqliteFunctionsTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();
  private static final int UTF8 = 1;
  private static final int SQLITE_INTEGER = 1;
  private static final int SQLITE_NULL = 5;

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
        "CREATE TABLE t (g TEXT, x INTEGER, s TEXT);"
            + " INSERT INTO t VALUES ('a', 5, 'héllo'), ('a', 1, 'ab'), ('a', 3, NULL),"
            + " ('b', 10, 'x'), ('b', 20, '')",
        null,
        null,
        null);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
    assertEquals(handles, ObjectHandles.liveCount(), "xDestroy released every function");
  }

  /** The rows of a query as strings (SQL NULL as "NULL"), through prepare/step/column. */
  private List<String> rows(String sql) {
    List<String> rows = new ArrayList<>();
    Ref<Sqlite3.Statement> stmt = new Ref<>();
    SQLITE.prepare(db, sql, -1, stmt, null);
    try (Sqlite3.Statement s = stmt.get()) {
      while (SQLITE.step(s) == 100) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < SQLITE.columnCount(s); i++) {
          String text = SQLITE.columnText(s, i);
          row.append(i == 0 ? "" : "|").append(text == null ? "NULL" : text);
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  @Test
  void aScalarFunctionInJavaIsCalledFromSql() {
    AtomicInteger destroyed = new AtomicInteger();
    Object app = new Object();
    SQLITE.createFunction(
        db,
        "jlength",
        1,
        UTF8,
        app,
        (ctx, argc, argv) -> {
          assertEquals(1, argc);
          assertEquals(1, argv.length);
          if (SQLITE.valueType(argv[0]) == SQLITE_NULL) {
            SQLITE.resultNull(ctx);
          } else {
            String s = SQLITE.valueText(argv[0]);
            SQLITE.resultInt64(ctx, s.codePointCount(0, s.length()));
          }
        },
        null,
        null,
        data -> {
          assertSame(app, data, "xDestroy receives pApp");
          destroyed.incrementAndGet();
        });
    assertEquals(
        List.of("héllo|5", "ab|2", "NULL|NULL", "x|1", "|0"),
        rows("SELECT s, jlength(s) FROM t ORDER BY rowid"));
    assertEquals(0, destroyed.get(), "not released while the function exists");
    db.close();
    db = null;
    assertEquals(1, destroyed.get(), "released once when the connection closed");
  }

  @Test
  void anAggregateKeepsJavaStateKeyedByItsAggregateContext() {
    Map<Long, List<Long>> groups = new HashMap<>();
    SQLITE.createFunction(
        db,
        "jmedian",
        1,
        UTF8,
        groups,
        null,
        (ctx, argc, argv) -> {
          // The same memory for every row of a group: its address keys the Java state.
          MemorySegment key = SQLITE.aggregateContext(ctx, 1);
          if (SQLITE.valueType(argv[0]) == SQLITE_INTEGER) {
            groups
                .computeIfAbsent(key.address(), k -> new ArrayList<>())
                .add(SQLITE.valueInt64(argv[0]));
          }
        },
        ctx -> {
          MemorySegment key = SQLITE.aggregateContext(ctx, 0);
          List<Long> values = key.address() == 0 ? null : groups.remove(key.address());
          if (values == null || values.isEmpty()) {
            SQLITE.resultNull(ctx);
            return;
          }
          values.sort(null);
          int n = values.size();
          double median =
              n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
          SQLITE.resultDouble(ctx, median);
        },
        null);
    assertEquals(
        List.of("a|3.0", "b|15.0"), rows("SELECT g, jmedian(x) FROM t GROUP BY g ORDER BY g"));
    assertEquals(List.of("NULL"), rows("SELECT jmedian(x) FROM t WHERE x > 100"));
    assertTrue(groups.isEmpty(), "xFinal removed every group's state");
  }

  @Test
  void replacingAFunctionReleasesTheOldOneExactlyOnce() {
    List<String> destroyed = new ArrayList<>();
    for (String version : List.of("one", "two")) {
      SQLITE.createFunction(
          db,
          "version",
          0,
          UTF8,
          version,
          (ctx, argc, argv) -> SQLITE.resultInt64(ctx, version.length()),
          null,
          null,
          data -> destroyed.add((String) data));
    }
    assertEquals(List.of("one"), destroyed, "replacing the function dropped the first one");
    assertEquals(List.of("3"), rows("SELECT version()"));
    // Another function's callbacks are found through its own pApp.
    SQLITE.createFunction(
        db,
        "seven",
        0,
        UTF8,
        null,
        (ctx, argc, argv) -> SQLITE.resultInt64(ctx, 7),
        null,
        null,
        null);
    assertEquals(List.of("3|7"), rows("SELECT version(), seven()"));
    db.close();
    db = null;
    assertEquals(List.of("one", "two"), destroyed);
  }

  @Test
  void anExceptionInTheFunctionReachesStepsCallerAndSqliteSeesAnError() {
    IllegalArgumentException thrown = new IllegalArgumentException("not a valid input");
    AtomicInteger calls = new AtomicInteger();
    SQLITE.createFunction(
        db,
        "jcheck",
        1,
        UTF8,
        null,
        (ctx, argc, argv) -> {
          calls.incrementAndGet();
          if (SQLITE.valueInt64(argv[0]) > 3) {
            throw thrown;
          }
          SQLITE.resultInt64(ctx, 1);
        },
        null,
        null,
        null);
    Ref<Sqlite3.Statement> stmt = new Ref<>();
    SQLITE.prepare(db, "SELECT jcheck(x) FROM t ORDER BY rowid", -1, stmt, null);
    try (Sqlite3.Statement s = stmt.get()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SQLITE.step(s));
      assertSame(thrown, e, "step's caller gets the function's own exception");
      Sqlite3.SqliteException status = (Sqlite3.SqliteException) e.getSuppressed()[0];
      assertEquals(1, status.code(), "SQLite saw the function fail: SQLITE_ERROR");
      assertEquals(1, calls.get());
      assertThrows(Sqlite3.SqliteException.class, s::close);
    }
    // The connection stays usable, and an aggregate whose step throws fails the same way.
    assertEquals(List.of("1"), rows("SELECT jcheck(1)"));
    IllegalStateException stepFailed = new IllegalStateException("step failed");
    SQLITE.createFunction(
        db,
        "jfail",
        1,
        UTF8,
        null,
        null,
        (ctx, argc, argv) -> {
          throw stepFailed;
        },
        ctx -> SQLITE.resultInt64(ctx, 0),
        null);
    assertSame(
        stepFailed,
        assertThrows(
            IllegalStateException.class,
            () -> SQLITE.exec(db, "SELECT jfail(x) FROM t", null, null, null)));
  }

  @Test
  void aNullArgumentArrayOfAZeroArgumentFunctionIsEmpty() {
    List<Integer> seen = new ArrayList<>();
    SQLITE.createFunction(
        db,
        "zero",
        0,
        UTF8,
        null,
        (ctx, argc, argv) -> {
          seen.add(argv.length);
          SQLITE.resultNull(ctx);
        },
        null,
        null,
        null);
    assertEquals(List.of("NULL"), rows("SELECT zero()"));
    assertEquals(List.of(0), seen);
  }
}
