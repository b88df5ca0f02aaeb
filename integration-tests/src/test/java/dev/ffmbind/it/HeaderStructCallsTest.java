package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ffmbind.it.annotated.HeaderStructCalls;
import dev.ffmbind.it.annotated.HeaderStructCalls_Ffm;
import dev.ffmbind.it.annotated.HeaderStructCalls_Ffm.RecordView;
import dev.ffmbind.it.annotated.HeaderStructCalls_Ffm.SmallInts;
import dev.ffmbind.it.annotated.HeaderStructCalls_Ffm.TwoDoubles;
import dev.ffmbind.it.structs.StructsLib;
import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

/**
 * An annotated interface whose structs, enum and constant come from {@code structs.h} by name
 * ({@code @CHeaders(fromHeader = ...)}), called against {@code structs.c}: the layouts are the YAML
 * spec's gcc-proven ones, and values cross by value, by pointer and through a resident view.
 */
class HeaderStructCallsTest {

  private static final HeaderStructCalls LIB = HeaderStructCalls_Ffm.load();

  @Test
  void theLayoutsAreTheWrittenOutSpecsOnes() {
    // StructsTest compares the YAML spec's layouts with gcc's offsetof.
    assertEquals(StructsLib.Record.LAYOUT, HeaderStructCalls_Ffm.Record.LAYOUT);
    assertEquals(StructsLib.SmallInts.LAYOUT, SmallInts.LAYOUT);
    assertEquals(StructsLib.TwoDoubles.LAYOUT, TwoDoubles.LAYOUT);
    assertEquals(1, HeaderStructCalls_Ffm.SHAPE_LINE);
  }

  @Test
  void structsByValue() {
    assertEquals(new SmallInts(2, 1), LIB.swapSmall(new SmallInts(1, 2)));
    assertEquals(
        new TwoDoubles(1.5, -1.0),
        LIB.addDoubles(new TwoDoubles(1.0, 0.5), new TwoDoubles(0.5, -1.5)));
  }

  @Test
  void aResidentRecordFilledAndReadInPlace() {
    try (Arena arena = Arena.ofConfined()) {
      RecordView r = RecordView.allocate(arena);
      LIB.fillRecord(r);
      assertEquals(200, r.tag());
      assertEquals(1.5, r.origin().x());
      assertEquals(4, r.pairs(1).b());
      double sum = LIB.recordSum(r);
      assertEquals(sum, LIB.recordSumByValue(r.toValue()));
      r.origin(new TwoDoubles(2.5, -2.25));
      assertEquals(sum + 1.0, LIB.recordSum(r));
    }
  }
}
