package dev.ffmbind.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ObjectHandles;
import dev.ffmbind.StatusException;
import dev.ffmbind.internal.Upcalls;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Option setters that take a callback, or its user data, through a fixed {@code void*} or {@code
 * long} parameter rather than C's {@code ...}: one method per option type over the same symbol,
 * mixed freely with the variadic setter, in both front ends.
 */
class OptionSetterFormsTest {

  private static final Shapes LIB = Shapes.load();
  private static final ShapesApi API = ShapesApi_Ffm.load();
  private static final int WRITEFUNCTION = 1;
  private static final int WRITEDATA = 2;
  private static final int LIMIT = 5;

  private int handles;
  private int scopes;

  @BeforeEach
  void baseline() {
    handles = ObjectHandles.liveCount();
    scopes = Upcalls.handleScopeCount();
  }

  @AfterEach
  void released() {
    assertEquals(handles, ObjectHandles.liveCount(), "closing the handle releases what was set");
    assertEquals(scopes, Upcalls.handleScopeCount());
  }

  @SuppressWarnings("unchecked")
  private static long take(Object data, String chunk, long len) {
    ((List<String>) data).add(chunk);
    return len;
  }

  @Test
  void aCallbackAndItsUserDataThroughAVoidPointerParameter() {
    List<String> body = new ArrayList<>();
    try (Shapes.Easy h = LIB.easyInit()) {
      LIB.setWriteFunctionPtr(h, WRITEFUNCTION, OptionSetterFormsTest::take);
      LIB.setWriteDataPtr(h, WRITEDATA, body);
      LIB.perform(h, 2);
      assertEquals(List.of("chunk-0", "chunk-1"), body);
      // C checks the option: a limit is not a pointer option.
      assertEquals(
          48,
          assertThrows(StatusException.class, () -> LIB.setWriteDataPtr(h, LIMIT, body)).code());
    }
  }

  @Test
  void aCallbackThroughALongParameterReplacesOneSetThroughTheVariadicSetter() {
    List<String> body = new ArrayList<>();
    try (Shapes.Easy h = LIB.easyInit()) {
      LIB.setWriteFunction(h, WRITEFUNCTION, (data, chunk, len) -> take(data, "old " + chunk, len));
      LIB.setWriteData(h, WRITEDATA, body);
      LIB.setWriteFunctionLong(
          h, WRITEFUNCTION, (data, chunk, len) -> take(data, "long " + chunk, len));
      LIB.setLimitLong(h, LIMIT, 7L);
      LIB.performOnThread(h, 2);
      assertEquals(List.of("long chunk-0", "long chunk-1"), body);
      // Removed through the long parameter: C gets 0, and perform reports "no write callback".
      LIB.setWriteFunctionLong(h, WRITEFUNCTION, null);
      assertEquals(27, assertThrows(StatusException.class, () -> LIB.perform(h, 1)).code());
    }
  }

  @Test
  void theAnnotationFrontEndBindsTheSameThreeForms() {
    List<String> body = new ArrayList<>();
    RuntimeException full = new RuntimeException("disk full");
    try (ShapeEasy h = API.easyInit()) {
      API.setWriteData(h, WRITEDATA, body); // variadic
      API.setWriteFunctionPtr(h, WRITEFUNCTION, (data, chunk, len) -> take(data, chunk, len));
      API.perform(h, 1);
      API.setWriteFunctionLong(
          h,
          WRITEFUNCTION,
          (data, chunk, len) -> {
            throw full;
          });
      RuntimeException e = assertThrows(RuntimeException.class, () -> API.perform(h, 1));
      assertSame(full, e);
      assertEquals(23, ((StatusException) e.getSuppressed()[0]).code(), "C's status attached");
      API.setWriteDataPtr(h, WRITEDATA, body);
      API.setWriteFunction(h, WRITEFUNCTION, (data, chunk, len) -> take(data, "v " + chunk, len));
      API.perform(h, 1);
    }
    assertEquals(List.of("chunk-0", "v chunk-0"), body);
  }
}
