package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.Ref;
import dev.ffmbind.StatusException;
import dev.ffmbind.it.handles.Counters;
import org.junit.jupiter.api.Test;

/** Opaque handles and {@code T**} out-parameters through {@link Counters}. */
class HandlesTest {

  private static final Counters C = Counters.load();

  @Test
  void handleLifecycle() {
    long live = C.live();
    Counters.Counter c = C.newCounter(10);
    assertNotNull(c);
    NativeHandle asHandle = c;
    assertTrue(asHandle.toString().startsWith("Counter@0x"), asHandle.toString());
    assertEquals(live + 1, C.live());
    assertEquals(10, C.next(c));
    assertEquals(11, C.next(c));
    C.free(c);
    assertEquals(live, C.live());
  }

  @Test
  void handleOutParameter() {
    long live = C.live();
    Ref<Counters.Counter> ref = new Ref<>();
    assertEquals(0, C.open(5, ref));
    Counters.Counter c = ref.get();
    assertNotNull(c);
    assertEquals(5, C.next(c));
    assertEquals(6, C.next(c));
    C.free(c);
    assertEquals(live, C.live());
  }

  @Test
  void failingOutParameterThrowsTheTableException() {
    Ref<Counters.Counter> ref = new Ref<>();
    Counters.CounterException e =
        assertThrows(Counters.CounterException.class, () -> C.open(-1, ref));
    assertEquals("tl_counter_open(-1, &?) failed: TL_EINVAL (invalid argument)", e.getMessage());
    assertTrue(ref.isEmpty());
    StatusException asStatus = e;
    assertEquals(1L, asStatus.code());
  }

  @Test
  void nullableHandlePassesNull() {
    long live = C.live();
    C.freeIfAny(null);
    C.freeIfAny(C.newCounter(1));
    assertEquals(live, C.live());
  }

  @Test
  void nullHandleIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> C.next(null));
    assertTrue(e.getMessage().contains("'c'"), e.getMessage());
    assertThrows(NullPointerException.class, () -> C.open(1, null));
  }
}
