package dev.ffmbind.it.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.Ref;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Owned handles from generated code: the destructor runs exactly once (counted in C), double close
 * is safe, use after close throws before C runs, and borrowed handles are never freed.
 */
class OwnershipTest {

  private static final OwnedCounters C = OwnedCounters.load();
  private static final OwnedResources R = OwnedResources.load();
  private static final ClosedResources S = ClosedResources.load();
  private static final CounterApi A = CounterApi_Ffm.load();

  @Test
  void anOwnedReturnIsDestroyedOnceByClose() {
    long destroyed = R.resourcesDestroyed();
    OwnedResources.Resource r = R.resourceNew(42);
    assertTrue(r.ownsNativeObject());
    assertEquals(42, R.resourceId(r));
    r.close();
    r.close(); // safe: does nothing
    assertEquals(destroyed + 1, R.resourcesDestroyed());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> R.resourceId(r));
    assertTrue(
        e.getMessage().startsWith("safety_resource_id: parameter 'r': Resource@0x"),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("is closed (its C object was freed); a closed handle cannot be used"),
        e.getMessage());
  }

  @Test
  void tryWithResourcesFreesEveryHandleExactlyOnce() {
    long destroyed = R.resourcesDestroyed();
    long live = R.resourcesLive();
    for (int i = 0; i < 1000; i++) {
      try (OwnedResources.Resource r = R.resourceNew(i)) {
        assertEquals(i, R.resourceId(r));
      }
    }
    assertEquals(destroyed + 1000, R.resourcesDestroyed());
    assertEquals(live, R.resourcesLive());
  }

  @Test
  void concurrentClosesDestroyOnce() throws Exception {
    long destroyed = R.resourcesDestroyed();
    List<OwnedResources.Resource> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(R.resourceNew(i));
    }
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(Thread.ofPlatform().start(() -> all.forEach(OwnedResources.Resource::close)));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(destroyed + 200, R.resourcesDestroyed());
  }

  @Test
  void anOwnedOutParameterIsDestroyedByClose() {
    long live = C.live();
    Ref<OwnedCounters.Counter> out = new Ref<>();
    C.open(5, out);
    try (OwnedCounters.Counter c = out.get()) {
      assertTrue(c.ownsNativeObject());
      assertEquals(5, C.next(c));
      assertEquals(6, C.next(c));
      assertEquals(live + 1, C.live());
    }
    assertEquals(live, C.live());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> C.next(out.get()));
    assertTrue(
        e.getMessage().startsWith("tl_counter_next: parameter 'c': Counter@0x"), e.getMessage());
  }

  @Test
  void aFailedOpenHandsBackNoHandle() {
    long live = C.live();
    Ref<OwnedCounters.Counter> out = new Ref<>();
    assertThrows(OwnedCounters.CounterException.class, () -> C.open(-1, out));
    assertNull(out.get());
    assertEquals(live, C.live());
  }

  @Test
  void callingTheDeclaredDestructorClosesAnOwnedHandle() {
    long live = C.live();
    OwnedCounters.Counter c = C.newCounter(1);
    C.free(c); // the same as c.close(): tl_counter_free runs once
    assertTrue(c.isClosed());
    c.close(); // no second free
    assertEquals(live, C.live());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> C.free(c));
    assertTrue(
        e.getMessage().startsWith("tl_counter_free: parameter 'c': Counter@0x"), e.getMessage());
  }

  @Test
  void borrowedHandlesAreNeverFreedByClose() {
    long live = C.live();
    OwnedCounters.Counter c = C.newBorrowed(3);
    assertFalse(c.ownsNativeObject());
    MemorySegment pointer = c.segment();
    c.close(); // only stops further use
    assertEquals(live + 1, C.live());
    assertThrows(IllegalStateException.class, () -> C.next(c));
    // A borrowed handle is freed by calling the C function, which then really runs.
    OwnedCounters.Counter again = C.newBorrowed(4);
    C.free(again);
    assertEquals(live + 1, C.live());
    // the closed borrowed one is still allocated in C; free it through a fresh borrowed view
    C.free(new OwnedCounters.Counter(pointer));
    assertEquals(live, C.live());
  }

  @Test
  void aStatusDestructorIsCheckedAndRunsOnce() {
    long destroyed = S.resourcesDestroyed();
    try (ClosedResources.Resource r = S.resourceNew(9)) {
      assertEquals(9, S.resourceId(r));
    }
    assertEquals(destroyed + 1, S.resourcesDestroyed());
    ClosedResources.Resource r = S.resourceNew(10);
    assertEquals(0, S.close(r)); // closes the handle: safety_resource_close once, status checked
    r.close();
    assertEquals(destroyed + 2, S.resourcesDestroyed());
  }

  @Test
  void annotatedHandleClassesGetTheOwningConstructor() {
    long live = A.live();
    try (AnnotatedCounter c = A.newCounter(7)) {
      assertTrue(c.ownsNativeObject());
      assertEquals(7, A.next(c));
      assertEquals(live + 1, A.live());
    }
    Ref<AnnotatedCounter> out = new Ref<>();
    A.open(1, out);
    out.get().close();
    out.get().close();
    assertEquals(live, A.live());
    assertThrows(IllegalStateException.class, () -> A.next(out.get()));
  }
}
