package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.strings.Strings;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strings through the YAML binding {@link Strings} (spec found on the source path). */
class StringsTest {

  static final String GREETING = "héllo 世界 🚀";
  private static final Strings S = Strings.load();

  @Test
  void utf8ByDefault() {
    assertEquals(18, GREETING.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(18L, S.strlen(GREETING));
    assertEquals(0L, S.strlen(""));
    assertEquals(18L, S.utf8Length(GREETING));
  }

  @Test
  void ownedReturnIsCopiedAndFreedExactlyOnce() {
    S.resetCounts();
    assertEquals(GREETING, S.strdupOwned(GREETING));
    assertEquals(1L, S.allocCount());
    assertEquals(1L, S.freeCount());
    assertEquals("", S.strdupOwned(""));
    assertEquals(2L, S.allocCount());
    assertEquals(2L, S.freeCount());
  }

  @Test
  void borrowedReturnIsNeverFreed() {
    S.resetCounts();
    for (int i = 0; i < 3; i++) {
      assertEquals(GREETING, S.staticGreeting());
    }
    assertEquals(0L, S.allocCount());
    assertEquals(0L, S.freeCount());
  }

  @Test
  void nullReturnIsNull() {
    assertNull(S.nullString());
  }

  @Test
  void nulIsRejectedNamingTheParameter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S.strlen("ab\0cd"));
    assertTrue(e.getMessage().contains("parameter 's'"), e.getMessage());
    assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    S.resetCounts();
    IllegalArgumentException e2 =
        assertThrows(IllegalArgumentException.class, () -> S.strdupOwned("x\0"));
    assertTrue(e2.getMessage().contains("parameter 's'"), e2.getMessage());
    assertEquals(0L, S.allocCount(), "C must not be called");
  }

  @Test
  void unencodableCharacterIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S.strlen("x\uD800y"));
    assertTrue(e.getMessage().contains("'s'"), e.getMessage());
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> S.strlen(null));
    assertTrue(e.getMessage().contains("'s'"), e.getMessage());
  }

  @Test
  void nullableParameterPassesNull() {
    assertEquals(1, S.isNull(null));
    assertEquals(0, S.isNull(""));
    assertEquals(0, S.isNull(GREETING));
  }

  @Test
  void latin1() {
    assertEquals(4L, S.latin1Length("café"), "ISO-8859-1: one byte per character");
    assertEquals(5L, S.utf8Length("café"));
    assertEquals(0xE9, S.latin1FirstByte("é"));
    assertEquals("café", S.echoLatin1("café"));
    assertEquals("ÿ±", S.echoLatin1("ÿ±"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S.latin1Length("世"));
    assertTrue(e.getMessage().contains("'text'"), e.getMessage());
  }

  @Test
  void utf16le() {
    assertEquals(22L, S.utf16Length(GREETING), "11 UTF-16 units, 2 bytes each, no BOM");
    assertEquals(0L, S.utf16Length(""));
    assertEquals(GREETING, S.echoUtf16(GREETING));
    assertEquals("", S.echoUtf16(""));
  }
}
