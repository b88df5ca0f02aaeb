package dev.ffmbind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ObjectHandlesTest {

  @Test
  void createResolveRelease() {
    Object o = new Object();
    long h = ObjectHandles.create(o);
    assertTrue(h > 0);
    assertSame(o, ObjectHandles.resolve(h));
    assertSame(o, ObjectHandles.resolve(ObjectHandles.fromPointer(ObjectHandles.toPointer(h))));
    assertTrue(ObjectHandles.isLive(h));
    ObjectHandles.release(h);
    assertFalse(ObjectHandles.isLive(h));
  }

  @Test
  void theSameObjectTwiceGetsTwoHandles() {
    String s = "x";
    long a = ObjectHandles.create(s);
    long b = ObjectHandles.create(s);
    assertNotEquals(a, b);
    ObjectHandles.release(a);
    assertSame(s, ObjectHandles.resolve(b), "releasing one leaves the other");
    ObjectHandles.release(b);
  }

  @Test
  void releasedForgedAndNullHandlesGiveAClearException() {
    long h = ObjectHandles.create("gone");
    ObjectHandles.release(h);
    IllegalStateException released =
        assertThrows(IllegalStateException.class, () -> ObjectHandles.resolve(h));
    assertEquals(
        "object handle 0x"
            + Long.toHexString(h)
            + " is not live: it was released, or never created by ObjectHandles",
        released.getMessage());
    assertThrows(IllegalStateException.class, () -> ObjectHandles.release(h), "double release");
    assertThrows(IllegalStateException.class, () -> ObjectHandles.resolve(0xdead_beef_0000L));
    assertEquals(
        "object handle 0x0 is NULL",
        assertThrows(IllegalStateException.class, () -> ObjectHandles.resolve(0)).getMessage());
    assertThrows(NullPointerException.class, () -> ObjectHandles.create(null));
    assertThrows(
        ClassCastException.class,
        () -> {
          long s = ObjectHandles.create("s");
          try {
            ObjectHandles.resolve(s, Integer.class);
          } finally {
            ObjectHandles.release(s);
          }
        });
  }

  @Test
  void handlesAreNeverReused() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      long h = ObjectHandles.create(i);
      assertTrue(seen.add(h));
      ObjectHandles.release(h);
    }
  }

  @Test
  void threadSafeAndLeakFree() throws Exception {
    int before = ObjectHandles.liveCount();
    Set<Long> all = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10_000; i++) {
                    Object o = new Object();
                    long h = ObjectHandles.create(o);
                    assertTrue(all.add(h), "unique");
                    assertSame(o, ObjectHandles.resolve(h));
                    ObjectHandles.release(h);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(80_000, all.size());
    assertEquals(before, ObjectHandles.liveCount());
  }
}
