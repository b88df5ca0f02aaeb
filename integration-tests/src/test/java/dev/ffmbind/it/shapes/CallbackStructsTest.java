package dev.ffmbind.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
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
  void annotationsReceiveAConstPointerAsACopyAndNullAsNull() {
    List<ShapesApi_Ffm.Event> events = new ArrayList<>();
    assertEquals(2, API.emit(2, (data, ev) -> events.add(ev), null));
    assertEquals(
        Arrays.asList(
            new ShapesApi_Ffm.Event(0, 0.0, "ev-0"), new ShapesApi_Ffm.Event(1, 1.5, "ev-1"), null),
        events,
        "a copy per event, then null for NULL");
  }

  @Test
  void annotationsReceiveAStructByValueAsItsRecord() {
    List<ShapesApi_Ffm.Event> events = new ArrayList<>();
    double sum =
        API.sumEvents(
            3,
            (data, ev) -> {
              events.add(ev);
              return ev.kind();
            },
            null);
    assertEquals(0 + 1 + 2, sum);
    // Records are copies: usable after the callback, unlike C's memory.
    assertEquals(new ShapesApi_Ffm.Event(2, 3.0, "ev-2"), events.get(2));
  }

  @Test
  void annotationsReceiveAResidentStructsViewThatWritesReachCAndDiesAfterTheCallback() {
    List<ShapesApi_Ffm.CellView> kept = new ArrayList<>();
    long result =
        API.fillCell(
            5,
            (data, cell, i) -> {
              kept.add(cell);
              cell.count(cell.count() + 1);
              cell.total(cell.total() + i * 10);
              return i == 3 ? 1 : 0;
            },
            null);
    assertEquals(4 * 1000 + (0 + 10 + 20 + 30), result, "C sees what the callback wrote");
    assertThrows(IllegalStateException.class, () -> kept.get(0).count());
    IllegalArgumentException bad = new IllegalArgumentException("bad cell");
    assertSame(
        bad,
        assertThrows(
            IllegalArgumentException.class,
            () ->
                API.fillCell(
                    3,
                    (data, cell, i) -> {
                      throw bad;
                    },
                    null)));
  }
}
