package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.Ref;
import dev.ffmbind.it.libcstructs.LibcStructs;
import dev.ffmbind.it.structs.StructsLib;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structs and unions against real C ({@code structs.c}): the layout proof (every struct and union
 * of {@code structs.yaml} has gcc's {@code sizeof}, {@code _Alignof} and {@code offsetof} in its
 * generated {@code LAYOUT}), values C wrote read back, values Java wrote seen by C, and bad values
 * refused before any memory is touched.
 */
class StructsTest {

  private static final StructsLib IN_PROCESS = StructsLib.load();
  private static final LibcStructs LIBC_IN_PROCESS = LibcStructs.load();

  /** The bindings under test: in-process here; {@link IsolatedStructsTest} isolates them. */
  final StructsLib lib = binding();

  final LibcStructs libc = libcBinding();

  StructsLib binding() {
    return IN_PROCESS;
  }

  LibcStructs libcBinding() {
    return LIBC_IN_PROCESS;
  }

  /** Every nested type of a binding with a LAYOUT: the structs and unions of its spec. */
  private static List<GroupLayout> generatedLayouts(Class<?> binding)
      throws ReflectiveOperationException {
    List<GroupLayout> layouts = new ArrayList<>();
    for (Class<?> nested : binding.getDeclaredClasses()) {
      try {
        Field f = nested.getField("LAYOUT");
        if (Modifier.isStatic(f.getModifiers())) {
          layouts.add((GroupLayout) f.get(null));
        }
      } catch (NoSuchFieldException notAStruct) {
        // an enum, a callback, the downcall holder
      }
    }
    return layouts;
  }

  /** gcc's answer for a layout question, under the tag ({@code struct tm}) or the typedef name. */
  private static long gcc(TriFunction layout, GroupLayout group, String field, int what) {
    String name = group.name().orElseThrow();
    String tag = (group instanceof java.lang.foreign.UnionLayout ? "union " : "struct ") + name;
    long tagged = layout.apply(tag, field, what);
    long answer = tagged != -1 ? tagged : layout.apply(name, field, what);
    assertNotEquals(-1, answer, "structs.c does not know " + name + " " + field);
    return answer;
  }

  /** One of the binding's layout functions. */
  private interface TriFunction {
    long apply(String type, String field, int what);
  }

  /** Compares every struct's size, alignment and field offsets; returns the fields compared. */
  private static int compare(List<GroupLayout> layouts, TriFunction gcc) {
    int fields = 0;
    for (GroupLayout layout : layouts) {
      String name = layout.name().orElseThrow();
      assertEquals(gcc(gcc, layout, null, 0), layout.byteSize(), "sizeof " + name);
      assertEquals(gcc(gcc, layout, null, 1), layout.byteAlignment(), "_Alignof " + name);
      for (MemoryLayout member : layout.memberLayouts()) {
        if (member instanceof PaddingLayout) {
          continue;
        }
        String field = member.name().orElseThrow();
        long offset = layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
        assertEquals(gcc(gcc, layout, field, 2), offset, "offsetof(" + name + ", " + field + ")");
        fields++;
      }
    }
    return fields;
  }

  @Test
  void everyLayoutIsGccs() throws ReflectiveOperationException {
    List<GroupLayout> layouts = generatedLayouts(StructsLib.class);
    assertEquals(7, layouts.size(), "six structs and a union in structs.yaml");
    assertEquals(26, compare(layouts, lib::layout), "every field of structs.yaml was compared");
    List<GroupLayout> libc = generatedLayouts(LibcStructs.class);
    assertEquals(7, libc.size(), "seven structs in libcstructs.yaml");
    assertEquals(28, compare(libc, lib::libcLayout), "every field of libcstructs.yaml");
  }

  @Test
  @SuppressWarnings("restricted") // reads the label C points to
  void aStructCWroteReadsBack() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(StructsLib.Record.LAYOUT);
      lib.fillRecord(seg);
      StructsLib.Record r = StructsLib.Record.read(seg);
      assertEquals(200, r.tag());
      assertEquals(7, r.kind().value(), "a value the spec does not list is kept");
      assertEquals(new StructsLib.TwoDoubles(1.5, -2.25), r.origin());
      assertArrayEquals(
          new StructsLib.SmallInts[] {
            new StructsLib.SmallInts(1, 2), new StructsLib.SmallInts(3, 4)
          },
          r.pairs());
      assertArrayEquals(new int[] {(int) 4000000000L, 1, 2}, r.weights(), "raw bits in arrays");
      assertEquals(65535, r.id());
      assertTrue(r.on());
      assertEquals("label", r.label().reinterpret(6).getString(0));
      assertEquals(MemorySegment.NULL, r.visit());
      assertEquals(0.5, r.value().d());
      assertEquals("abcd", r.code());

      MemorySegment names = arena.allocate(StructsLib.Names.LAYOUT);
      lib.fillNames(names);
      StructsLib.Names n = StructsLib.Names.read(names);
      assertEquals("Linux", n.sysname());
      assertArrayEquals("x86_64\0\0\0".getBytes(StandardCharsets.US_ASCII), n.machine());
    }
  }

  @Test
  void aStructJavaWroteReachesC() {
    StructsLib.Record r =
        new StructsLib.Record(
            (short) 3,
            StructsLib.ShapeKind.SHAPE_LINE,
            new StructsLib.TwoDoubles(0.5, 0.25),
            new StructsLib.SmallInts[] {
              new StructsLib.SmallInts(1, 2), new StructsLib.SmallInts(3, 4)
            },
            new int[] {5, 6, 7},
            8,
            true,
            MemorySegment.NULL,
            MemorySegment.NULL,
            StructsLib.Value.ofI(9),
            "xyz");
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment seg = arena.allocate(StructsLib.Record.LAYOUT);
      seg.fill((byte) 0x55);
      r.write(seg);
      double expected =
          3 + 1 + 0.5 + 0.25 + (10 + 200) + (30 + 400) + 5 + 6 + 7 + 8 + 1000 - 1 + 9 + 3;
      assertEquals(expected, lib.recordSum(seg));
      assertTrue(lib.recordPaddingZero(seg), "write() zeroes the padding");
      assertEquals(r, StructsLib.Record.read(seg), "a written value reads back equal");
    }
  }

  @Test
  void aUnionIsItsBytesReadAsEachMember() {
    StructsLib.Value v = StructsLib.Value.ofD(1.0);
    // 1.0 is 0x3ff0000000000000; little-endian (x86-64, AArch64): the int member is its low half.
    assertEquals(0, v.i());
    assertEquals(0x3f, v.toByteArray()[7]);
    assertEquals(1.0, v.d());
    assertEquals("hello", StructsLib.Value.ofSmall("hello").small());
    assertEquals(StructsLib.Value.ofI(1), StructsLib.Value.ofI(1));
    assertNotEquals(StructsLib.Value.ofI(1), StructsLib.Value.ofI(2));
    assertEquals(16, StructsLib.Value.ofI(1).toByteArray().length);
  }

  @Test
  void structsCrossByValueInEveryAbiClass() {
    assertEquals(new StructsLib.SmallInts(2, 1), lib.swapSmall(new StructsLib.SmallInts(1, 2)));
    assertEquals(
        new StructsLib.Mixed(6, 7.5f, -3.0),
        lib.scaleMixed(new StructsLib.Mixed(2, 2.5f, -1.0), 3));
    assertEquals(
        new StructsLib.TwoDoubles(4.0, 6.5),
        lib.addDoubles(new StructsLib.TwoDoubles(1.0, 2.5), new StructsLib.TwoDoubles(3.0, 4.0)));
    assertEquals(new StructsLib.Big(11, 12, 13), lib.sumBig(new StructsLib.Big(1, 2, 3), 10));
    StructsLib.Record r =
        new StructsLib.Record(
            (short) 3,
            StructsLib.ShapeKind.SHAPE_LINE,
            new StructsLib.TwoDoubles(0.5, 0.25),
            new StructsLib.SmallInts[] {
              new StructsLib.SmallInts(1, 2), new StructsLib.SmallInts(3, 4)
            },
            new int[] {5, 6, 7},
            8,
            true,
            MemorySegment.NULL,
            MemorySegment.NULL,
            StructsLib.Value.ofI(9),
            "xyz");
    double expected =
        3 + 1 + 0.5 + 0.25 + (10 + 200) + (30 + 400) + 5 + 6 + 7 + 8 + 1000 - 1 + 9 + 3;
    assertEquals(expected, lib.recordSumByValue(r));
  }

  @Test
  void structPointersInOutAndReturned() {
    assertEquals(6, lib.bigTotal(new StructsLib.Big(1, 2, 3)));
    assertEquals(
        "big_total: parameter 'b' must not be null",
        assertThrows(NullPointerException.class, () -> lib.bigTotal(null)).getMessage());
    Ref<StructsLib.Big> out = new Ref<>();
    assertEquals(0, lib.makeBig(5, out));
    assertEquals(new StructsLib.Big(5, 10, 15), out.get());
    lib.twiceBig(out);
    assertEquals(new StructsLib.Big(10, 20, 30), out.get());
    Ref<StructsLib.Big> empty = new Ref<>();
    lib.twiceBig(empty);
    assertEquals(new StructsLib.Big(0, 0, 0), empty.get(), "an empty Ref passes zeros");
    assertEquals(new StructsLib.TwoDoubles(3.0, 4.0), lib.originOrNull(1));
    assertEquals(null, lib.originOrNull(0));
  }

  @Test
  void libcStructs() {
    assertEquals(new LibcStructs.DivT(-3, -1), libc.div(-10, 3));
    assertEquals(new LibcStructs.LdivT(3_000_000_000L, 1), libc.ldiv(9_000_000_001L, 3));
    Ref<LibcStructs.Timeval> tv = new Ref<>();
    libc.gettimeofday(tv, null);
    long millis = System.currentTimeMillis();
    assertTrue(Math.abs(tv.get().tvSec() * 1000 + tv.get().tvUsec() / 1000 - millis) < 5_000);
    Ref<LibcStructs.Timespec> ts = new Ref<>();
    libc.clockGettime(0 /* CLOCK_REALTIME */, ts);
    assertTrue(Math.abs(ts.get().tvSec() - millis / 1000) < 5);
    Ref<LibcStructs.Utsname> u = new Ref<>();
    libc.uname(u);
    assertEquals("Linux", u.get().sysname());
    assertEquals(
        System.getProperty("os.arch").equals("amd64") ? "x86_64" : "aarch64", u.get().machine());
    Ref<LibcStructs.Tm> tm = new Ref<>();
    LibcStructs.Tm direct = libc.localtimeR(new long[] {0L}, tm);
    assertEquals(direct, tm.get(), "the returned pointer is the out-parameter, read once each");
    assertTrue(direct.tmYear() == 70 || direct.tmYear() == 69, "1970 (or 1969 west of UTC)");
  }

  @Test
  void arraysOfStructsCrossWithTheirLength() {
    StructsLib.TwoDoubles[] pts = {
      new StructsLib.TwoDoubles(1, 2), new StructsLib.TwoDoubles(3, 4)
    };
    assertEquals(10.0, lib.sumPoints(pts));
    lib.scalePoints(pts, 0.5);
    assertArrayEquals(
        new StructsLib.TwoDoubles[] {
          new StructsLib.TwoDoubles(0.5, 1), new StructsLib.TwoDoubles(1.5, 2)
        },
        pts);
    StructsLib.SmallInts[] out = new StructsLib.SmallInts[3];
    lib.numberPoints(out, 2);
    assertArrayEquals(
        new StructsLib.SmallInts[] {
          new StructsLib.SmallInts(0, 0),
          new StructsLib.SmallInts(1, -1),
          new StructsLib.SmallInts(0, 0)
        },
        out,
        "out: zeroed, then what C wrote");
    assertThrows(IndexOutOfBoundsException.class, () -> lib.numberPoints(out, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> lib.numberPoints(out, 4));
    assertEquals(
        "sum_points: parameter 'pts[i]' must not be null",
        assertThrows(
                NullPointerException.class, () -> lib.sumPoints(new StructsLib.TwoDoubles[] {null}))
            .getMessage());
  }

  @Test
  void pollSeesAPipeBecomeReadable() {
    int[] fds = new int[2];
    libc.pipe(fds);
    try {
      short pollin = 1;
      LibcStructs.Pollfd[] watch = {new LibcStructs.Pollfd(fds[0], pollin, (short) 0)};
      assertEquals(0, libc.poll(watch, 0));
      assertEquals(0, watch[0].revents());
      libc.write(fds[1], new byte[] {42});
      assertEquals(1, libc.poll(watch, 1000));
      assertEquals(pollin, watch[0].revents(), "revents copied back into the array");
      assertEquals(fds[0], watch[0].fd());
    } finally {
      libc.close(fds[0]);
      libc.close(fds[1]);
    }
  }

  @Test
  void badValuesAreRefusedBeforeMemoryIsTouched() {
    assertEquals(
        "struct names: field 'machine' holds 9 elements, but the array has 8",
        assertThrows(
                IllegalArgumentException.class, () -> new StructsLib.Names("Linux", new byte[8]))
            .getMessage());
    assertEquals(
        "struct names: field 'sysname' holds 65 bytes with the terminator, but the string needs 66"
            + " in UTF-8",
        assertThrows(
                IllegalArgumentException.class,
                () -> new StructsLib.Names("x".repeat(65), new byte[9]))
            .getMessage());
    assertEquals(
        "struct record: field 'tag' must be between 0 and 255, but is 256",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new StructsLib.Record(
                        (short) 256,
                        StructsLib.ShapeKind.SHAPE_LINE,
                        new StructsLib.TwoDoubles(0, 0),
                        new StructsLib.SmallInts[2],
                        new int[3],
                        0,
                        false,
                        MemorySegment.NULL,
                        MemorySegment.NULL,
                        StructsLib.Value.ofI(0),
                        ""))
            .getMessage());
    assertEquals(
        "struct record: field 'pairs' must not be null",
        assertThrows(
                NullPointerException.class,
                () ->
                    new StructsLib.Record(
                        (short) 1,
                        StructsLib.ShapeKind.SHAPE_LINE,
                        new StructsLib.TwoDoubles(0, 0),
                        new StructsLib.SmallInts[2],
                        new int[3],
                        0,
                        false,
                        MemorySegment.NULL,
                        MemorySegment.NULL,
                        StructsLib.Value.ofI(0),
                        ""))
            .getMessage());
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment tooSmall = arena.allocate(8);
      assertThrows(
          IndexOutOfBoundsException.class, () -> new StructsLib.Big(1, 2, 3).write(tooSmall));
      assertThrows(IndexOutOfBoundsException.class, () -> StructsLib.Big.read(tooSmall));
    }
  }
}
