package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.Ref;
import dev.ffmbind.StatusException;
import dev.ffmbind.it.annotated.Counter;
import dev.ffmbind.it.annotated.Outer;
import dev.ffmbind.it.annotated.Outer_Inner_Ffm;
import dev.ffmbind.it.annotated.TestLib;
import dev.ffmbind.it.annotated.TestLib_Ffm;
import org.junit.jupiter.api.Test;

/** The annotation front end ({@link TestLib}) over the same C functions as the YAML specs. */
class AnnotatedInterfaceTest {

  private static final TestLib T = TestLib_Ffm.load();

  @Test
  void generatedClassImplementsTheInterface() {
    assertInstanceOf(TestLib_Ffm.class, T);
    Outer.Inner inner = Outer_Inner_Ffm.load();
    assertEquals(7, inner.add(3, 4));
  }

  @Test
  void scalars() {
    assertEquals((byte) -128, T.idI8((byte) -128));
    assertEquals((short) 255, T.idU8((short) 255));
    assertThrows(IllegalArgumentException.class, () -> T.idU8((short) 300));
    assertEquals(65535, T.idU16(65535));
    assertEquals(4294967295L, T.idU32(4294967295L));
    assertThrows(IllegalArgumentException.class, () -> T.idU32(-1L));
    assertEquals(Long.MIN_VALUE, T.idI64(Long.MIN_VALUE));
    assertEquals(-1L, T.idU64(-1L));
    assertEquals(-1L, T.idSize(-1L));
    assertEquals(1.25f, T.idFloat(1.25f));
    assertEquals(Math.E, T.idDouble(Math.E));
    assertTrue(T.idBool(true));
    assertFalse(T.idBool(false));
    assertEquals(Integer.MIN_VALUE, T.addInt(Integer.MAX_VALUE, 1));
  }

  @Test
  void strings() {
    T.resetCounts();
    assertEquals(18L, T.strlen(StringsTest.GREETING));
    assertEquals(StringsTest.GREETING, T.strdupOwned(StringsTest.GREETING));
    assertEquals(StringsTest.GREETING, T.staticGreeting());
    assertEquals(1L, T.allocCount());
    assertEquals(1L, T.freeCount());
    assertNull(T.nullString());
    assertEquals(1, T.isNull(null));
    assertEquals(22L, T.utf16Length(StringsTest.GREETING));
    IllegalArgumentException nul =
        assertThrows(IllegalArgumentException.class, () -> T.strlen("a\0b"));
    assertTrue(nul.getMessage().contains("parameter 's'"), nul.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> T.strlen(null));
    assertTrue(npe.getMessage().contains("'s'"), npe.getMessage());
  }

  @Test
  void arrays() {
    assertEquals(258L, T.sumBytes(new byte[] {1, 2, (byte) 255}));
    byte[] buf = new byte[3];
    T.fill(buf, (short) 200);
    assertArrayEquals(new byte[] {(byte) 200, (byte) 200, (byte) 200}, buf);
    byte[] inc = {0, 41, (byte) 255};
    T.increment(inc);
    assertArrayEquals(new byte[] {1, 42, 0}, inc);
    byte[] dst = new byte[3];
    assertEquals(3, T.copy(dst, new byte[] {4, 5, 6}, 3));
    assertArrayEquals(new byte[] {4, 5, 6}, dst);
    long calls = T.callCount();
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> T.copy(new byte[2], new byte[8], 3));
    assertTrue(e.getMessage().contains("'n'"), e.getMessage());
    assertEquals(calls, T.callCount(), "C must not be called");
    int[] out = new int[1];
    T.outInt(out);
    assertEquals(42, out[0]);
  }

  @Test
  void errors() {
    ErrnoException e = assertThrows(ErrnoException.class, () -> T.failErrno(2));
    assertInstanceOf(ErrnoException.NotFound.class, e);
    assertEquals("tl_fail_errno(2) failed: ENOENT (No such file or directory)", e.getMessage());
    ErrnoException neg = assertThrows(ErrnoException.class, () -> T.negativeErrno(13));
    assertEquals("tl_negative_errno(13) failed: EACCES (Permission denied)", neg.getMessage());
    TestLib_Ffm.TlException s = assertThrows(TestLib_Ffm.TlException.class, () -> T.status(5));
    assertEquals("tl_status(5) failed: TL_EBUSY (resource busy)", s.getMessage());
    assertEquals(100, T.status(100));
    T.eintrReset();
    assertEquals(4, T.eintrRetried(4));
  }

  @Test
  void handles() {
    long live = T.live();
    Counter c = T.newCounter(7);
    assertEquals(7, T.next(c));
    T.free(c);
    Ref<Counter> ref = new Ref<>();
    assertEquals(0, T.open(1, ref));
    assertNotNull(ref.get());
    assertEquals(1, T.next(ref.get()));
    T.free(ref.get());
    assertEquals(live, T.live());
    StatusException e = assertThrows(StatusException.class, () -> T.open(-5, new Ref<>()));
    assertEquals("tl_counter_open(-5, &?) failed: TL_EINVAL (invalid argument)", e.getMessage());
  }
}
