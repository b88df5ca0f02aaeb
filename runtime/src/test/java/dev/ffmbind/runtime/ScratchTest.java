package dev.ffmbind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScratchTest {

  @AfterEach
  void balanced() {
    assertEquals(0, Scratch.depth(), "a test left a frame open");
    assertEquals(0, Scratch.used());
  }

  @Test
  void nestedFramesRestoreTheOffset() {
    try (Scratch outer = Scratch.enter()) {
      MemorySegment a = outer.allocate(10, 1);
      assertEquals(10, Scratch.used());
      try (Scratch inner = Scratch.enter()) {
        assertEquals(2, Scratch.depth());
        MemorySegment b = inner.allocate(8, 8);
        assertEquals(0, b.address() % 8);
        assertTrue(b.address() >= a.address() + 10);
        b.fill((byte) 7);
      }
      assertEquals(1, Scratch.depth());
      assertEquals(10, Scratch.used());
      try (Scratch again = Scratch.enter()) {
        assertEquals(a.address() + 10, again.allocate(1, 1).address());
      }
    }
  }

  @Test
  void alignment() {
    try (Scratch s = Scratch.enter()) {
      s.allocate(1, 1);
      assertEquals(0, s.allocate(8, 64).address() % 64);
      assertEquals(0, s.allocate(Errno.CAPTURE_LAYOUT).address() % 4);
      assertThrows(IllegalArgumentException.class, () -> s.allocate(8, 3));
      assertThrows(IllegalArgumentException.class, () -> s.allocate(-1, 1));
    }
  }

  @Test
  void overflowGoesToAnArenaThatIsFreedOnPop() {
    MemorySegment first;
    MemorySegment big;
    try (Scratch s = Scratch.enter()) {
      first = s.allocate(16, 16);
      big = s.allocate(1 << 20, 8);
      assertEquals(1 << 20, big.byteSize());
      assertEquals(16, Scratch.used(), "the big request must not use the block");
      for (long i = 0; i < big.byteSize(); i += 8) {
        big.set(ValueLayout.JAVA_LONG, i, i);
      }
      for (long i = 0; i < big.byteSize(); i += 8) {
        assertEquals(i, big.get(ValueLayout.JAVA_LONG, i));
      }
      assertTrue(big.scope().isAlive());
      // The block is still usable after an overflow.
      assertEquals(first.address() + 16, s.allocate(1, 1).address());
    }
    assertFalse(big.scope().isAlive(), "overflow arena must be closed when the frame pops");
    try (Scratch next = Scratch.enter()) {
      assertEquals(first.address(), next.allocate(16, 16).address());
    }
  }

  @Test
  void blockRemainderOverflowsToo() {
    try (Scratch s = Scratch.enter()) {
      s.allocate(Scratch.BLOCK_SIZE - 8, 1);
      MemorySegment spill = s.allocate(16, 1); // does not fit in the last 8 bytes
      assertEquals(Scratch.BLOCK_SIZE - 8, Scratch.used());
      spill.fill((byte) 1);
      assertEquals(8, s.allocate(8, 1).byteSize()); // exactly fits
      assertEquals(Scratch.BLOCK_SIZE, Scratch.used());
    }
  }

  @Test
  void outOfOrderCloseThrows() {
    Scratch outer = Scratch.enter();
    Scratch inner = Scratch.enter();
    IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
    assertTrue(e.getMessage().contains("reverse order"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> outer.allocate(8, 1));
    assertEquals(2, Scratch.depth(), "a refused close must not change anything");
    inner.close();
    assertThrows(IllegalStateException.class, inner::close); // already closed
    outer.close();
    assertThrows(IllegalStateException.class, () -> outer.allocate(8, 1));
  }

  @Test
  void otherThreadsCannotUseAFrame() throws Exception {
    try (Scratch s = Scratch.enter()) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread t = Thread.ofPlatform().start(() -> {
        try {
          s.allocate(8, 1);
        } catch (Throwable x) {
          thrown.set(x);
        }
      });
      t.join();
      assertTrue(thrown.get() instanceof WrongThreadException, String.valueOf(thrown.get()));
    }
  }

  @Test
  @SuppressWarnings("try") // the frames are entered and closed for their own sake
  void enterAndCloseDoNotAllocateOnTheHeap() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    for (int i = 0; i < 200_000; i++) { // warm up: pool, frames, JIT
      try (Scratch s = Scratch.enter()) {
        try (Scratch t = Scratch.enter()) {
          // nothing
        }
      }
    }
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < 1_000_000; i++) {
      try (Scratch s = Scratch.enter()) {
        try (Scratch t = Scratch.enter()) {
          // nothing
        }
      }
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 1M enter/close");
  }

  @Test
  void manyThreadsConcurrently() throws Exception {
    runConcurrently(Executors.newFixedThreadPool(8), 8, 100_000);
  }

  @Test
  void virtualThreads() throws Exception {
    runConcurrently(Executors.newVirtualThreadPerTaskExecutor(), 64, 5_000);
  }

  private static void runConcurrently(ExecutorService executor, int tasks, int iterations)
      throws Exception {
    try (executor) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        int task = t;
        futures.add(executor.submit(() -> {
          work(task, iterations);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
  }

  private static void work(int task, int iterations) {
    SplittableRandom random = new SplittableRandom(task);
    for (int i = 0; i < iterations; i++) {
      long pattern = ((long) task << 32) | i;
      try (Scratch s = Scratch.enter()) {
        int size = 8 * (1 + random.nextInt(64));
        MemorySegment a = s.allocate(size, 8);
        fill(a, pattern);
        if ((i & 1023) == 0) {
          Thread.yield(); // let virtual threads move between carriers mid-frame
        }
        if ((i & 7) == 0) {
          try (Scratch inner = Scratch.enter()) {
            MemorySegment b = inner.allocate((i & 63) == 0 ? 20_000 : 64, 8);
            fill(b, ~pattern);
            check(b, ~pattern);
          }
        }
        check(a, pattern);
      }
    }
    if (Scratch.depth() != 0 || Scratch.used() != 0) {
      throw new AssertionError("unbalanced: depth " + Scratch.depth() + ", used " + Scratch.used());
    }
  }

  private static void fill(MemorySegment m, long pattern) {
    for (long o = 0; o < m.byteSize(); o += 8) {
      m.set(ValueLayout.JAVA_LONG, o, pattern + o);
    }
  }

  private static void check(MemorySegment m, long pattern) {
    for (long o = 0; o < m.byteSize(); o += 8) {
      long v = m.get(ValueLayout.JAVA_LONG, o);
      if (v != pattern + o) {
        throw new AssertionError("corrupted at " + o + ": " + Long.toHexString(v));
      }
    }
  }
}
