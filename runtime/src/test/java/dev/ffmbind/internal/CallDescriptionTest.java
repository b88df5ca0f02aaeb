package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.Ref;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.junit.jupiter.api.Test;

class CallDescriptionTest {

  static final class Db extends NativeHandle {
    Db(MemorySegment address) {
      super(address);
    }
  }

  @Test
  void simple() {
    assertEquals("open(\"/nope\", 0)", CallDescription.of("open", "/nope", 0));
    assertEquals("getpid()", CallDescription.of("getpid"));
    assertEquals("f(NULL)", CallDescription.of("f", (Object) null));
    assertEquals("f()", CallDescription.of("f", (Object[]) null));
    assertEquals(
        "f(-1, 2.5, true, 9223372036854775807, x)",
        CallDescription.of("f", -1, 2.5, true, Long.MAX_VALUE, 'x'));
  }

  @Test
  void stringEscapes() {
    assertEquals(
        "f(\"a\\nb\\t\\\"q\\\" \\\\ \\0 \\u0007 \\u200B é 世 🚀 \\uD800\")",
        CallDescription.of("f", "a\nb\t\"q\" \\ \0 \u0007 \u200B é 世 🚀 \uD800"));
    assertEquals("f(\\u0001)", CallDescription.of("f", '\u0001'));
  }

  @Test
  void longStringsAreCut() {
    String s = "x".repeat(100);
    assertEquals("f(\"" + "x".repeat(64) + "\"…)", CallDescription.of("f", s));
    assertEquals("f(\"" + "x".repeat(64) + "\")", CallDescription.of("f", "x".repeat(64)));
    // Never split a surrogate pair.
    String pair = "x".repeat(63) + "🚀" + "y";
    assertEquals("f(\"" + "x".repeat(63) + "\"…)", CallDescription.of("f", pair));
  }

  @Test
  void arraysBuffersSegmentsHandlesRefs() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(8);
      Db db = new Db(m);
      Ref<Db> empty = new Ref<>();
      Ref<Db> full = new Ref<>();
      full.set(db);
      String hex = Long.toHexString(m.address());
      assertEquals(
          "f(byte[16], int[0], String[2], ByteBuffer[remaining=5], IntBuffer[remaining=3], 0x"
              + hex
              + ", NULL, MemorySegment[heap, 4 bytes], Db@0x"
              + hex
              + ", &?, &Db@0x"
              + hex
              + ")",
          CallDescription.of(
              "f",
              new byte[16],
              new int[0],
              new String[2],
              ByteBuffer.allocate(10).position(5),
              IntBuffer.allocate(3),
              m,
              MemorySegment.NULL,
              MemorySegment.ofArray(new byte[4]),
              db,
              empty,
              full));
    }
  }

  @Test
  void brokenToStringDoesNotHideTheFailure() {
    Object broken =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("boom");
          }
        };
    assertEquals("f(@?)", CallDescription.of("f", broken));
  }
}
