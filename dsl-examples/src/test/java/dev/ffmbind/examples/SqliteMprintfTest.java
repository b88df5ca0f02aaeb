package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** sqlite3_mprintf, a variadic function whose result is freed with sqlite3_free. */
class SqliteMprintfTest {

  private static final Sqlite3 SQLITE = Sqlite3.load();

  @Test
  void quotesAStringAndFormatsANumber() {
    assertEquals("'it''s' = 9000000000", SQLITE.quote("%Q = %lld", "it's", 9_000_000_000L));
  }

  @Test
  void aNullStringIsPassedAsNull() {
    assertEquals("NULL = -1", SQLITE.quote("%Q = %lld", null, -1));
  }
}
