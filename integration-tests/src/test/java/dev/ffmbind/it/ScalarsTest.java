package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.scalars.Scalars;
import org.junit.jupiter.api.Test;

/** Every C scalar type, at its limits, through the YAML binding {@link Scalars}. */
class ScalarsTest {

  private static final Scalars S = Scalars.load();

  @Test
  void int8() {
    assertEquals((byte) -128, S.idI8((byte) -128));
    assertEquals((byte) 127, S.idI8((byte) 127));
    assertEquals((byte) 0, S.idI8((byte) 0));
    assertEquals(-128L, S.i8ToI64((byte) -128), "C must see int8_t -128 sign-extended");
    assertEquals((byte) -128, S.i8Min());
  }

  @Test
  void uint8IsRangeCheckedShort() {
    assertEquals((short) 255, S.idU8((short) 255));
    assertEquals((short) 0, S.idU8((short) 0));
    assertEquals((short) 128, S.idU8((short) 128));
    assertEquals(255L, S.u8ToU64((short) 255), "C must see uint8_t 255");
    assertEquals((short) 255, S.u8Max());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S.idU8((short) 300));
    assertTrue(e.getMessage().contains("'v'"), e.getMessage());
    assertTrue(e.getMessage().contains("300"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> S.idU8((short) -1));
    assertThrows(IllegalArgumentException.class, () -> S.idU8((short) 256));
  }

  @Test
  void int16() {
    assertEquals(Short.MIN_VALUE, S.idI16(Short.MIN_VALUE));
    assertEquals(Short.MAX_VALUE, S.idI16(Short.MAX_VALUE));
    assertEquals(-32768L, S.i16ToI64(Short.MIN_VALUE));
    assertEquals(Short.MIN_VALUE, S.idShort(Short.MIN_VALUE));
    assertEquals(Short.MAX_VALUE, S.idShort(Short.MAX_VALUE));
  }

  @Test
  void uint16IsRangeCheckedInt() {
    assertEquals(65535, S.idU16(65535));
    assertEquals(0, S.idU16(0));
    assertEquals(65535L, S.u16ToU64(65535));
    assertEquals(65535, S.u16Max());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S.idU16(65536));
    assertTrue(e.getMessage().contains("'v'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> S.idU16(-1));
  }

  @Test
  void int32() {
    assertEquals(Integer.MIN_VALUE, S.idI32(Integer.MIN_VALUE));
    assertEquals(Integer.MAX_VALUE, S.idI32(Integer.MAX_VALUE));
    assertEquals(Integer.MIN_VALUE, S.idInt(Integer.MIN_VALUE));
    assertEquals(Integer.MAX_VALUE, S.idInt(Integer.MAX_VALUE));
    assertEquals((long) Integer.MIN_VALUE, S.i32ToI64(Integer.MIN_VALUE));
    assertEquals(Integer.MIN_VALUE, S.addInt(Integer.MAX_VALUE, 1), "C int wraps");
    assertEquals(5, S.addInt(2, 3));
  }

  @Test
  void uint32IsRangeCheckedLong() {
    assertEquals(4294967295L, S.idU32(4294967295L));
    assertEquals(0L, S.idU32(0L));
    assertEquals(2147483648L, S.idU32(2147483648L));
    assertEquals(4294967295L, S.u32ToU64(4294967295L), "C must see uint32_t 4294967295");
    assertEquals(4294967295L, S.u32Max());
    assertEquals(4294967295L, S.idU32Typedef(4294967295L), "typedef my_u32 -> uint32_t");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S.idU32(4294967296L));
    assertTrue(e.getMessage().contains("'v'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> S.idU32(-1L));
    assertThrows(IllegalArgumentException.class, () -> S.idU32Typedef(-1L));
  }

  @Test
  void int64AndFriends() {
    for (long v : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L}) {
      assertEquals(v, S.idI64(v));
      assertEquals(v, S.idLong(v));
      assertEquals(v, S.idLongLong(v));
      assertEquals(v, S.idSsize(v));
      assertEquals(v, S.idIntptr(v));
    }
    assertEquals(Long.MIN_VALUE, S.i64Min());
  }

  @Test
  void uint64KeepsAll64Bits() {
    assertEquals(-1L, S.u64Max(), "UINT64_MAX comes back as the raw bits of -1L");
    assertEquals("18446744073709551615", Long.toUnsignedString(S.u64Max()));
    assertEquals(-1L, S.idU64(-1L));
    assertEquals(Long.MIN_VALUE, S.idU64(Long.MIN_VALUE));
    assertEquals(0L, S.idU64(0L));
    assertEquals(1, S.isU64Max(-1L), "C must see -1L as UINT64_MAX");
    assertEquals(0, S.isU64Max(Long.MAX_VALUE));
    assertEquals(18446744073709551615.0, S.u64ToDouble(-1L), "C reads the unsigned value");
    assertEquals(-1L, S.idSize(-1L));
    assertEquals(-1L, S.sizeMax());
    assertEquals(-1L, S.idSizeTypedef(-1L));
  }

  @Test
  void charIsSignedByte() {
    assertEquals((byte) 'A', S.idChar((byte) 'A'));
    assertEquals((byte) -1, S.idChar((byte) -1));
    assertEquals(Byte.MIN_VALUE, S.idChar(Byte.MIN_VALUE));
  }

  @Test
  void floatingPoint() {
    for (float f :
        new float[] {
          0f,
          -0f,
          1.5f,
          Float.MIN_VALUE,
          Float.MAX_VALUE,
          -Float.MAX_VALUE,
          Float.POSITIVE_INFINITY,
          Float.NEGATIVE_INFINITY
        }) {
      assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(S.idFloat(f)), "float " + f);
    }
    assertTrue(Float.isNaN(S.idFloat(Float.NaN)));
    for (double d :
        new double[] {
          0d, -0d, Math.PI, Double.MIN_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY
        }) {
      assertEquals(
          Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(S.idDouble(d)), "double " + d);
    }
    assertTrue(Double.isNaN(S.idDouble(Double.NaN)));
  }

  @Test
  void bool() {
    assertTrue(S.idBool(true));
    assertFalse(S.idBool(false));
  }
}
