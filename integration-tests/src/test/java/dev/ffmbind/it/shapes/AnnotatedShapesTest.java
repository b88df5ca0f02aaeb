package dev.ffmbind.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ObjectHandles;
import dev.ffmbind.StatusException;
import dev.ffmbind.internal.Upcalls;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same shapes through the annotation front end ({@link ShapesApi}). */
class AnnotatedShapesTest {

  private static final ShapesApi API = ShapesApi_Ffm.load();

  @SuppressWarnings("unchecked")
  private static List<String> events(Object data) {
    return (List<String>) data;
  }

  @Test
  void handlersAndUserDataSetOnAHandle() {
    int handles = ObjectHandles.liveCount();
    int scopes = Upcalls.handleScopeCount();
    List<String> events = new ArrayList<>();
    try (ShapeParser p = API.parserCreate()) {
      API.setHandlers(
          p,
          (data, name, depth) -> events(data).add("<" + name),
          (data, name) -> events(data).add(name + ">"));
      API.setUserData(p, events);
      assertEquals(2, API.parse(p, "a(b())"));
      assertEquals(List.of("<a", "<b", "b>", "a>"), events);
      RuntimeException boom = new RuntimeException("boom");
      API.setHandlers(
          p,
          null,
          (data, name) -> {
            throw boom;
          });
      assertSame(boom, assertThrows(RuntimeException.class, () -> API.parse(p, "x()")));
    }
    assertEquals(handles, ObjectHandles.liveCount());
    assertEquals(scopes, Upcalls.handleScopeCount());
  }

  @Test
  void severalCallbacksWithADestructor() {
    int handles = ObjectHandles.liveCount();
    List<Object> destroyed = new ArrayList<>();
    try (ShapeRegistry r = API.registryNew()) {
      API.add(
          r,
          "sum",
          2L,
          (app, acc, x) -> acc + x * (Long) app,
          (app, acc) -> acc + 1,
          destroyed::add);
      assertEquals(2 * (1 + 2 + 3) + 1, API.run(r, "sum", 3));
      assertEquals(handles + 1, ObjectHandles.liveCount());
      assertEquals(
          2, assertThrows(StatusException.class, () -> addMany(r, destroyed)).code(), "full");
    }
    assertEquals(handles, ObjectHandles.liveCount(), "C called every destructor");
    assertEquals(9, destroyed.size(), "8 entries and the failed add");
  }

  private static void addMany(ShapeRegistry r, List<Object> destroyed) {
    for (int i = 0; i < 8; i++) {
      API.add(r, "f" + i, i, null, null, destroyed::add);
    }
  }
}
