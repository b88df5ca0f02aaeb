package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ffmbind.it.annotated.AnnotatedStructs;
import dev.ffmbind.it.annotated.AnnotatedStructs_Ffm;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.UnionLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structs and unions declared as {@code @Struct}/{@code @Union} records of an annotated interface,
 * against the real C of {@code structs.c}: the generated layouts are gcc's, and values cross
 * through the generated {@code read}/{@code write} and {@code MemorySegment} parameters.
 */
class AnnotatedStructsTest {

  private static final AnnotatedStructs LIB = AnnotatedStructs_Ffm.load();

  private static long gcc(GroupLayout layout, String field, int what) {
    String type =
        (layout instanceof UnionLayout ? "union " : "struct ") + layout.name().orElseThrow();
    long answer = LIB.layout(type, field, what);
    assertNotEquals(-1, answer, "structs.c does not know " + type + " " + field);
    return answer;
  }

  @Test
  void everyLayoutIsGccs() {
    List<GroupLayout> layouts =
        List.of(
            AnnotatedStructs_Ffm.Big.LAYOUT,
            AnnotatedStructs_Ffm.TwoDoubles.LAYOUT,
            AnnotatedStructs_Ffm.SmallInts.LAYOUT,
            AnnotatedStructs_Ffm.Names.LAYOUT,
            AnnotatedStructs_Ffm.Value.LAYOUT);
    int fields = 0;
    for (GroupLayout layout : layouts) {
      assertEquals(gcc(layout, null, 0), layout.byteSize(), "sizeof " + layout);
      assertEquals(gcc(layout, null, 1), layout.byteAlignment(), "_Alignof " + layout);
      for (MemoryLayout member : layout.memberLayouts()) {
        if (member instanceof PaddingLayout) {
          continue;
        }
        String field = member.name().orElseThrow();
        long offset = layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
        assertEquals(gcc(layout, field, 2), offset, "offsetof " + field);
        fields++;
      }
    }
    assertEquals(12, fields, "every field of the five records was compared");
  }

  @Test
  void aStructCWroteReadsBack() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(AnnotatedStructs_Ffm.Big.LAYOUT);
      assertEquals(0, LIB.makeBig(7, seg));
      assertEquals(new AnnotatedStructs_Ffm.Big(7, 14, 21), AnnotatedStructs_Ffm.Big.read(seg));

      MemorySegment names = arena.allocate(AnnotatedStructs_Ffm.Names.LAYOUT);
      LIB.fillNames(names);
      AnnotatedStructs_Ffm.Names n = AnnotatedStructs_Ffm.Names.read(names);
      assertEquals("Linux", n.sysname());
      assertArrayEquals("x86_64\0\0\0".getBytes(StandardCharsets.US_ASCII), n.machine());
    }
  }

  @Test
  void aStructJavaWroteReachesC() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(AnnotatedStructs_Ffm.Big.LAYOUT);
      new AnnotatedStructs_Ffm.Big(1, 20, 300).write(seg);
      assertEquals(321, LIB.bigTotal(seg));
    }
  }

  @Test
  void arraysOfStructsCrossBothWays() {
    try (Arena arena = Arena.ofConfined()) {
      long size = AnnotatedStructs_Ffm.TwoDoubles.LAYOUT.byteSize();
      MemorySegment pts = arena.allocate(AnnotatedStructs_Ffm.TwoDoubles.LAYOUT, 3);
      for (int i = 0; i < 3; i++) {
        new AnnotatedStructs_Ffm.TwoDoubles(i, 0.5).write(pts.asSlice(i * size));
      }
      assertEquals(0 + 1 + 2 + 3 * 0.5, LIB.sumPoints(pts, 3));

      long step = AnnotatedStructs_Ffm.SmallInts.LAYOUT.byteSize();
      MemorySegment out = arena.allocate(AnnotatedStructs_Ffm.SmallInts.LAYOUT, 3);
      LIB.numberPoints(out, 3);
      for (int i = 0; i < 3; i++) {
        assertEquals(
            new AnnotatedStructs_Ffm.SmallInts(i, -i),
            AnnotatedStructs_Ffm.SmallInts.read(out.asSlice(i * step)));
      }
    }
  }

  @Test
  void aUnionReadsTheBytesAsEachMember() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(AnnotatedStructs_Ffm.Value.LAYOUT);
      AnnotatedStructs_Ffm.Value.ofD(0.5).write(seg);
      assertEquals(0.5, seg.get(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 0));
      assertEquals(0.5, AnnotatedStructs_Ffm.Value.read(seg).d());
      assertEquals(42, AnnotatedStructs_Ffm.Value.ofI(42).i());
    }
  }
}
