package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.CallbackExceptionHandler;
import dev.ffmbind.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same callbacks declared in an annotated interface ({@link CbApi}). */
class AnnotatedCallbacksTest {

  private static final CbApi API = CbApi_Ffm.load();

  @Test
  void callScopedWithUserData() {
    StringBuilder log = new StringBuilder();
    assertEquals(
        3,
        API.each(
            (data, i) -> {
              ((StringBuilder) data).append(i);
              return 1;
            },
            log,
            3));
    assertEquals("012", log.toString());
    IllegalArgumentException thrown = new IllegalArgumentException("x");
    assertSame(
        thrown,
        assertThrows(
            IllegalArgumentException.class,
            () ->
                API.each(
                    (data, i) -> {
                      throw thrown;
                    },
                    null,
                    3)));
  }

  @Test
  void stringsAndStringArraysWithNulls() {
    List<Object> seen = new ArrayList<>();
    API.words(
        (data, title, n, words) -> {
          seen.add(data);
          seen.add(title);
          seen.add(n);
          seen.add(words);
        },
        "ctx");
    assertEquals("ctx", seen.get(0));
    assertEquals("Straße ✓", seen.get(1));
    assertEquals(3, seen.get(2));
    assertArrayEquals(new String[] {"eins", null, "drü"}, (String[]) seen.get(3));
  }

  @SuppressWarnings("try") // the resource is held for its scope, not used
  @Test
  void registered() {
    CallbackExceptionHandler previous = CallbackExceptionHandler.install((c, t, e) -> {});
    try {
      try (Registration r = API.register((data, i) -> i * (Integer) data, 3)) {
        assertEquals(21, API.fire(7));
      }
      assertEquals(-1, API.fire(7), "closed: the @OnException value");
    } finally {
      CallbackExceptionHandler.install(previous);
    }
  }
}
