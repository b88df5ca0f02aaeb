package dev.ffmbind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  static final class Db extends NativeHandle {
    Db(MemorySegment address) {
      super(address);
    }
  }

  static final class Stmt extends NativeHandle {
    Stmt(MemorySegment address) {
      super(address);
    }
  }

  @Test
  void statusMessages() {
    StatusException full =
        new StatusException(
            "sqlite3_exec", "sqlite3_exec(x)", 1, "SQLITE_ERROR", "no such table: t");
    assertEquals("sqlite3_exec(x) failed: SQLITE_ERROR (no such table: t)", full.getMessage());
    assertEquals(1, full.code());
    assertEquals("SQLITE_ERROR", full.codeName());
    assertEquals("no such table: t", full.detail());
    assertEquals("sqlite3_exec", full.function());
    assertEquals("sqlite3_exec(x)", full.call());
    assertEquals("f() failed: BUSY", new StatusException("f", "f()", 5, "BUSY", "").getMessage());
    assertEquals(
        "f() failed: status 3", new StatusException("f", "f()", 3, null, null).getMessage());
    assertEquals(
        "f() failed: status -7 (bad)", new StatusException("f", "f()", -7, "", "bad").getMessage());
    assertTrue(full instanceof NativeException);
  }

  @Test
  void libraryNotFoundMessage() {
    LibraryNotFoundException e =
        new LibraryNotFoundException("sqlite9", "com.x.Sqlite", List.of("a (r1)", "b (r2)"));
    assertEquals(
        "cannot load library 'sqlite9' for binding com.x.Sqlite: tried a (r1), b (r2)",
        e.getMessage());
    assertEquals(List.of("a (r1)", "b (r2)"), e.attempts());
    assertEquals("sqlite9", e.library());
  }

  @Test
  void missingSymbolsSingular() {
    assertEquals(
        "binding B: 1 symbol not found in /l.so: x",
        new MissingSymbolsException("/l.so", "B", List.of("x")).getMessage());
  }

  @Test
  void handles() {
    assertThrows(IllegalArgumentException.class, () -> new Db(MemorySegment.NULL));
    assertThrows(IllegalArgumentException.class, () -> new Db(null));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(8);
      Db a = new Db(m);
      Db b = new Db(MemorySegment.ofAddress(m.address()));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, new Stmt(m));
      assertNotEquals(a, new Db(m.asSlice(4)));
      assertEquals("Db@0x" + Long.toHexString(m.address()), a.toString());
      assertEquals(m, a.segment());
    }
  }

  @Test
  void ref() {
    Ref<String> r = new Ref<>();
    assertTrue(r.isEmpty());
    assertNull(r.get());
    assertEquals("Ref[empty]", r.toString());
    r.set("x");
    assertEquals("x", r.get());
    assertEquals("Ref[x]", r.toString());
    r.set(null);
    assertTrue(r.isEmpty());
  }

  @Test
  void generatedBindingIsVisibleAtRuntime() {
    @GeneratedBinding(source = "test.yaml")
    final class Generated {}
    assertEquals("test.yaml", Generated.class.getAnnotation(GeneratedBinding.class).source());
  }
}
