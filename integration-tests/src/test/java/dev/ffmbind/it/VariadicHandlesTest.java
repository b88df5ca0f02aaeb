package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.it.variadic.VaLib;
import org.junit.jupiter.api.Test;

/**
 * Handles and callbacks in variadic position against real C ({@code variadic.c}): C reads them with
 * {@code va_arg} as pointers, and they keep the checks and exception handling of fixed arguments.
 */
class VariadicHandlesTest {

  private static final VaLib VA = VaLib.load();

  @Test
  void handlesArePassedAsVariadicPointers() {
    try (VaLib.Counter a = VA.counter(30);
        VaLib.Counter b = VA.counter(12)) {
      assertEquals(42, VA.sum2(2, a, b));
      assertEquals(30, VA.sum2(1, a, b));
    }
  }

  @Test
  void aClosedHandleIsRefusedBeforeCRuns() {
    VaLib.Counter a = VA.counter(1);
    VaLib.Counter b = VA.counter(2);
    b.close();
    try (a) {
      assertThrows(IllegalStateException.class, () -> VA.sum2(2, a, b));
    }
  }

  @Test
  void aCallbackIsAVariadicFunctionPointer() {
    assertEquals(80, VA.apply(5, 4, x -> x * 2));
    assertEquals(5, VA.apply(5, 0, x -> x * 2));
  }

  @Test
  void anExceptionInAVariadicCallbackReachesTheCaller() {
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                VA.apply(
                    1,
                    3,
                    x -> {
                      throw boom;
                    }));
    assertSame(boom, thrown);
  }
}
