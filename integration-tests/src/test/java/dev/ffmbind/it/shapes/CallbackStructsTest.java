package dev.ffmbind.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structs passed to callbacks: a {@code const T*} as a copy, a struct by value as its value, a
 * resident struct's pointer as a view that writes reach C through; C's memory kept past the
 * callback is an exception to use, never a crash. Both front ends.
 */
class CallbackStructsTest {

  private static final Shapes LIB = Shapes.load();
  private static final ShapesApi API = ShapesApi_Ffm.load();

  @Test
  void aConstPointerArrivesAsACopyAndNullAsNull() {
    List<Shapes.ShpEvent> events = new ArrayList<>();
    assertEquals(3, LIB.emit(3, (data, ev) -> events.add(ev), null));
    assertEquals(4, events.size());
    assertEquals(new Shapes.ShpEvent(2, 3.0, "ev-2"), events.get(2));
    assertNull(events.get(3), "NULL is null");
  }

  @Test
  void aStructByValueArrivesAsItsValue() {
    assertEquals(
        0 + 1.5 + 3.0 + 4.5 + 4 * 100,
        LIB.sumEvents(4, (data, ev) -> ev.value() + (ev.tag().startsWith("ev-") ? 100 : 0), null));
  }

  @Test
  void aResidentStructsViewWritesReachCAndIsDeadAfterTheCallback() {
    List<Shapes.CellView> kept = new ArrayList<>();
    long result =
        LIB.fillCell(
            5,
            (data, cell, i) -> {
              kept.add(cell);
              cell.count(cell.count() + 1);
              cell.total(cell.total() + i * 10);
              return i == 3 ? 1 : 0; // stop after the fourth call
            },
            null);
    assertEquals(4 * 1000 + (0 + 10 + 20 + 30), result, "C sees what the callback wrote");
    assertEquals(4, kept.size());
    // C's cell lived on its stack: the views kept past their callbacks refuse to touch it.
    assertThrows(IllegalStateException.class, () -> kept.get(0).count());
    assertThrows(IllegalStateException.class, () -> kept.get(3).total(1.0));
  }

  @Test
  void anExceptionInAStructCallbackReachesTheCaller() {
    IllegalArgumentException bad = new IllegalArgumentException("bad cell");
    assertSame(
        bad,
        assertThrows(
            IllegalArgumentException.class,
            () ->
                LIB.fillCell(
                    3,
                    (data, cell, i) -> {
                      throw bad;
                    },
                    null)));
  }

  @Test
  void annotationsReceiveStructMemoryAsASegmentValidDuringTheCallback() {
    List<MemorySegment> kept = new ArrayList<>();
    List<ShapesApi_Ffm.Event> read = new ArrayList<>();
    API.emit(
        2,
        (data, ev) -> {
          kept.add(ev);
          if (ev != null) {
            assertEquals(ShapesApi_Ffm.Event.LAYOUT.byteSize(), ev.byteSize());
            read.add(ShapesApi_Ffm.Event.read(ev));
          }
        },
        null);
    assertEquals(
        List.of(new ShapesApi_Ffm.Event(0, 0.0, "ev-0"), new ShapesApi_Ffm.Event(1, 1.5, "ev-1")),
        read);
    assertNull(kept.get(2));
    assertThrows(IllegalStateException.class, () -> kept.get(0).get(ValueLayout.JAVA_INT, 0));

    List<MemorySegment> copies = new ArrayList<>();
    double sum =
        API.sumEvents(
            3,
            (data, ev) -> {
              copies.add(ev);
              return ShapesApi_Ffm.Event.read(ev).kind();
            },
            null);
    assertEquals(0 + 1 + 2, sum);
    assertThrows(IllegalStateException.class, () -> copies.get(1).get(ValueLayout.JAVA_INT, 0));
  }
}
