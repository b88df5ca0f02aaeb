package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.Ref;
import dev.ffmbind.it.annotated.AnnotatedResidentLibc;
import dev.ffmbind.it.annotated.AnnotatedResidentLibc_Ffm;
import dev.ffmbind.it.annotated.AnnotatedResidentLibc_Ffm.TmView;
import dev.ffmbind.it.annotated.AnnotatedStructCalls;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.Big;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.Mixed;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.Record;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.ShapeKind;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.SmallInts;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.TwoDoubles;
import dev.ffmbind.it.annotated.AnnotatedStructCalls_Ffm.Value;
import dev.ffmbind.it.libcstructs.LibcStructs;
import dev.ffmbind.it.structs.StructsLib;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * Structs, enums and resident structs through annotated interfaces, against the same C as the YAML
 * tests ({@code structs.c}, the C library's {@code gmtime_r}): the calls of {@link StructsTest} and
 * {@link ResidentStructsTest}, with the generated types named in the interface.
 */
class AnnotatedStructCallsTest {

  private static final AnnotatedStructCalls LIB = AnnotatedStructCalls_Ffm.load();
  private static final AnnotatedResidentLibc LIBC = AnnotatedResidentLibc_Ffm.load();
  private static final long JAN_1_1971 = 365L * 86400 + 3 * 3600 + 4 * 60 + 5;

  private static Record record(ShapeKind kind) {
    return new Record(
        (short) 3,
        kind,
        new TwoDoubles(0.5, 0.25),
        new SmallInts[] {new SmallInts(1, 2), new SmallInts(3, 4)},
        new int[] {5, 6, 7},
        8,
        true,
        MemorySegment.NULL,
        MemorySegment.NULL,
        Value.ofI(9),
        "xyz");
  }

  @Test
  void theLayoutsAreTheYamlSpecsGccProvenOnes() {
    // StructsTest compares the YAML twins' layouts with gcc's offsetof.
    assertEquals(StructsLib.Record.LAYOUT, Record.LAYOUT);
    assertEquals(StructsLib.Mixed.LAYOUT, Mixed.LAYOUT);
    assertEquals(StructsLib.Value.LAYOUT, Value.LAYOUT);
    assertEquals(LibcStructs.Tm.LAYOUT, AnnotatedResidentLibc_Ffm.Tm.LAYOUT);
  }

  @Test
  void anEnumFieldKeepsAValueTheDeclarationDoesNotList() {
    Ref<Record> r = new Ref<>();
    LIB.fillRecord(r);
    assertEquals(200, r.get().tag());
    assertEquals(7, r.get().kind().value(), "C wrote 7; ShapeKind lists 0 and 1 only");
    assertEquals(ShapeKind.of(7), r.get().kind());
    assertEquals(new TwoDoubles(1.5, -2.25), r.get().origin());
    assertEquals("abcd", r.get().code());
    assertSame(ShapeKind.SHAPE_LINE, ShapeKind.of(1), "a listed value is its constant");
  }

  @Test
  void structsCrossByValueInEveryAbiClass() {
    assertEquals(new SmallInts(2, 1), LIB.swapSmall(new SmallInts(1, 2)));
    assertEquals(new Mixed(6, 7.5f, -3.0), LIB.scaleMixed(new Mixed(2, 2.5f, -1.0), 3));
    assertEquals(
        new TwoDoubles(4.0, 6.5),
        LIB.addDoubles(new TwoDoubles(1.0, 2.5), new TwoDoubles(3.0, 4.0)));
    assertEquals(new Big(11, 12, 13), LIB.sumBig(new Big(1, 2, 3), 10));
    double expected =
        3 + 1 + 0.5 + 0.25 + (10 + 200) + (30 + 400) + 5 + 6 + 7 + 8 + 1000 - 1 + 9 + 3;
    assertEquals(expected, LIB.recordSumByValue(record(ShapeKind.SHAPE_LINE)));
    assertEquals(expected, LIB.recordSum(record(ShapeKind.SHAPE_LINE)), "const T* in");
  }

  @Test
  void structPointersInOutAndReturned() {
    assertEquals(6, LIB.bigTotal(new Big(1, 2, 3)));
    assertThrows(NullPointerException.class, () -> LIB.bigTotal(null));
    Ref<Big> out = new Ref<>();
    assertEquals(0, LIB.makeBig(5, out));
    assertEquals(new Big(5, 10, 15), out.get());
    LIB.twiceBig(out);
    assertEquals(new Big(10, 20, 30), out.get(), "in/out: C read the value and wrote it back");
    assertEquals(new TwoDoubles(3.0, 4.0), LIB.originOrNull(1));
    assertNull(LIB.originOrNull(0));
  }

  @Test
  void arraysOfStructsCrossWithTheirLength() {
    TwoDoubles[] pts = {new TwoDoubles(1, 2), new TwoDoubles(3, 4)};
    assertEquals(10.0, LIB.sumPoints(pts));
    LIB.scalePoints(pts, 0.5);
    assertArrayEquals(new TwoDoubles[] {new TwoDoubles(0.5, 1), new TwoDoubles(1.5, 2)}, pts);
    SmallInts[] out = new SmallInts[3];
    LIB.numberPoints(out, 2);
    assertArrayEquals(
        new SmallInts[] {new SmallInts(0, 0), new SmallInts(1, -1), new SmallInts(0, 0)}, out);
    assertThrows(IndexOutOfBoundsException.class, () -> LIB.numberPoints(out, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> LIB.numberPoints(out, 4));
  }

  @Test
  void aResidentStructIsAViewCWritesInPlace() {
    try (Arena arena = Arena.ofConfined()) {
      TmView tm = TmView.allocate(arena);
      TmView returned = LIBC.gmtime_r(new long[] {JAN_1_1971}, tm);
      assertEquals(tm.segment().address(), returned.segment().address(), "no copy either way");
      assertEquals(71, tm.tmYear());
      assertEquals(5, tm.tmWday(), "a Friday");
      tm.tmMday(32);
      assertEquals(JAN_1_1971 + 31L * 86400, LIBC.timegm(tm));
      assertEquals(1, tm.tmMon(), "timegm normalized the struct Java owns");
    }
    TmView stat = LIBC.gmtime(new long[] {JAN_1_1971});
    assertEquals(71, stat.tmYear());
    LIBC.gmtime(new long[] {0});
    assertEquals(70, stat.tmYear(), "a view of C's static struct, not a copy");
  }

  @Test
  void nullAndClosedViewsAreRefusedBeforeCRuns() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> LIBC.timegm(null));
    assertTrue(e.getMessage().contains("timegm"), e::getMessage);
    TmView closed;
    try (Arena arena = Arena.ofConfined()) {
      closed = TmView.allocate(arena);
    }
    assertThrows(IllegalStateException.class, () -> LIBC.gmtime_r(new long[] {0}, closed));
    assertThrows(IllegalStateException.class, closed::tmYear);
  }
}
