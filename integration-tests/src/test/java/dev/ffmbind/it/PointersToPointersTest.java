package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.NativeException;
import dev.ffmbind.Positions;
import dev.ffmbind.Ref;
import dev.ffmbind.it.ptrptr.PtrApi;
import dev.ffmbind.it.ptrptr.PtrApi_Ffm;
import dev.ffmbind.it.ptrptr.PtrLib;
import dev.ffmbind.it.ptrptr.PtrLibc;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * Pointers to pointers against real C ({@code ptrptr.c}, the C library), both front ends: {@code
 * char**} out-strings copied (owned ones freed exactly once, even when decoding fails), pointers C
 * writes into a copied argument received as positions, and {@code String[]} passed as a
 * NULL-terminated {@code const char* const*}, with or without a count.
 */
class PointersToPointersTest {

  private static final PtrLib YAML = PtrLib.load();
  private static final PtrApi ANNOTATED = PtrApi_Ffm.load();
  private static final PtrLibc LIBC = PtrLibc.load();

  @Test
  void anOwnedOutStringIsCopiedAndFreedOnce() {
    int before = YAML.live();
    Ref<String> message = new Ref<>();
    assertEquals(3, YAML.run(3, message));
    assertEquals("failure 3: café", message.get());
    assertEquals(before, YAML.live());
    Ref<String> twin = new Ref<>();
    assertEquals(4, ANNOTATED.run(4, twin));
    assertEquals("failure 4: café", twin.get());
    assertEquals(before, ANNOTATED.live());
  }

  @Test
  void nullWrittenByCIsNullAndANullRefIsPassedAsNull() {
    Ref<String> message = new Ref<>();
    message.set("stale");
    assertEquals(0, YAML.run(0, message));
    assertNull(message.get());
    assertEquals(5, YAML.run(5, null));
    assertEquals(5, ANNOTATED.run(5, null));
  }

  @Test
  void anOwnedStringThatCannotBeDecodedIsStillFreed() {
    int before = YAML.live();
    Ref<String> out = new Ref<>();
    assertThrows(NativeException.class, () -> YAML.badBytes(out));
    assertEquals(before, YAML.live());
  }

  @Test
  void aBorrowedOutStringIsCopiedOnly() {
    Ref<String> out = new Ref<>();
    YAML.name(out);
    assertEquals("borrowed naïve", out.get());
    Ref<String> twin = new Ref<>();
    ANNOTATED.name(twin);
    assertEquals("borrowed naïve", twin.get());
  }

  @Test
  void strtolsEndIsAPositionInTheEncodedInput() {
    Ref<Long> end = new Ref<>();
    assertEquals(42, LIBC.strtol("42 rest", end, 10));
    assertEquals(2, end.get());
    assertEquals(-17, LIBC.strtol("  -17", end, 10));
    assertEquals(5, end.get());
    // Nothing parsed: C points end at the start.
    assertEquals(0, LIBC.strtol("zz", end, 10));
    assertEquals(0, end.get());
    assertEquals(255, LIBC.strtol("ff", null, 16));
  }

  @Test
  void aByteOffsetBecomesAStringIndexThroughPositions() {
    String text = "größe,42";
    Ref<Long> end = new Ref<>();
    YAML.field(text, end);
    assertEquals(7, end.get()); // 'ö' and 'ß' take two bytes each in UTF-8
    int index = Positions.charIndex(text, end.get());
    assertEquals(5, index);
    assertEquals(",42", text.substring(index));
    Ref<Long> twin = new Ref<>();
    ANNOTATED.field("no comma", twin);
    assertEquals(8, twin.get()); // the terminator: the end of the string
    assertEquals(8, Positions.charIndex("no comma", twin.get()));
    assertThrows(IllegalArgumentException.class, () -> Positions.charIndex(text, 3));
  }

  @Test
  void aPointerIntoAnArrayIsAnElementIndex() {
    int[] values = {5, 7, 9, 7};
    Ref<Long> at = new Ref<>();
    assertEquals(1, YAML.find(values, 9, at));
    assertEquals(2, at.get());
    assertEquals(0, YAML.find(values, 4, at));
    assertEquals(-1, at.get());
    Ref<Long> twin = new Ref<>();
    assertEquals(1, ANNOTATED.find(values, 7, twin));
    assertEquals(1, twin.get());
  }

  @Test
  void aPointerOutsideTheArgumentThrowsInsteadOfEscaping() {
    Ref<Long> end = new Ref<>();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> YAML.wild("abc", end));
    assertTrue(e.getMessage().contains("pp_wild"), e.getMessage());
    assertTrue(e.getMessage().contains("'s'"), e.getMessage());
    assertNull(end.get());
  }

  @Test
  void aStringArrayIsNullTerminated() {
    assertEquals(3, YAML.argc(new String[] {"a", "bé", ""}));
    assertEquals(0, ANNOTATED.argc(new String[0]));
  }

  @Test
  void aCountedStringArrayGetsItsLengthAndATerminator() {
    assertEquals(6, YAML.total(new String[] {"ab", "cd", "é"}));
    assertEquals(0, YAML.total(new String[0]));
    assertEquals(3, ANNOTATED.total(new String[] {"x", "yz"}));
  }

  @Test
  void badElementsAreRefusedBeforeCRuns() {
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> YAML.argc(new String[] {"a", null}));
    assertEquals("pp_argc: element 1 of parameter 'argv' must not be null", npe.getMessage());
    IllegalArgumentException nul =
        assertThrows(IllegalArgumentException.class, () -> ANNOTATED.argc(new String[] {"a\0b"}));
    assertTrue(nul.getMessage().contains("argv[0]"), nul.getMessage());
    assertThrows(NullPointerException.class, () -> YAML.argc(null));
  }

  @Test
  void posixSpawnpRunsAChildWhoseExitStatusWaitpidReports() {
    int[] pid = new int[1];
    int rc =
        LIBC.posixSpawnp(
            pid,
            "sh",
            MemorySegment.NULL,
            null,
            new String[] {"sh", "-c", "exit 7"},
            new String[] {"PATH=/usr/bin:/bin"});
    assertEquals(0, rc);
    assertTrue(pid[0] > 0);
    int[] status = new int[1];
    assertEquals(pid[0], LIBC.waitpid(pid[0], status, 0));
    assertEquals(0, status[0] & 0x7f); // exited normally
    assertEquals(7, (status[0] >> 8) & 0xff);
  }

  @Test
  void aCharArrayCFillsComesBackAsAString() {
    byte[] id = new byte[16];
    for (int i = 0; i < 16; i++) {
      id[i] = (byte) (0xf0 + i);
    }
    Ref<String> out = new Ref<>();
    YAML.unparse(id, out);
    assertEquals("f0f1f2f3-f4f5-f6f7-f8f9-fafbfcfdfeff", out.get());
    Ref<String> twin = new Ref<>();
    ANNOTATED.unparse(id, twin);
    assertEquals(out.get(), twin.get());
    assertThrows(IllegalArgumentException.class, () -> YAML.unparse(new byte[15], out));
    assertEquals(37, PtrLib.UUID_STR_LEN); // the spec's own constant sized the array
    assertEquals("18446744073709551615", Long.toUnsignedString(PtrLib.ALL_BITS));
  }

  @Test
  void aCharArrayWithoutATerminatorIsAnErrorNotAnOverread() {
    Ref<String> out = new Ref<>();
    NativeException e = assertThrows(NativeException.class, () -> YAML.noTerminator(out));
    assertTrue(e.getMessage().contains("pp_no_terminator"), e.getMessage());
    assertNull(out.get());
  }

  @Test
  void anUnsignedEnumKeepsValuesAboveIntMax() {
    assertSame(PtrLib.PpMask.MASK_HIGH, YAML.invert(PtrLib.PpMask.of(0x7FFFFFFF)));
    PtrLib.PpMask unlisted = YAML.invert(PtrLib.PpMask.MASK_LOW);
    assertEquals(0xFFFFFFFEL, Integer.toUnsignedLong(unlisted.value()));
    assertEquals("UNKNOWN(4294967294)", unlisted.name());
    assertSame(PtrLib.PpMask.MASK_LOW, YAML.invert(unlisted));
  }
}
