package dev.ffmbind.internal;

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
  void requestsAboveTheCapGoToAnArenaThatIsFreedOnPop() {
    MemorySegment first;
    MemorySegment big;
    long blockBefore = Scratch.blockSize();
    try (Scratch s = Scratch.enter()) {
      first = s.allocate(16, 16);
      big = s.allocate(2L * Scratch.MAX_BLOCK_SIZE, 8);
      assertEquals(2L * Scratch.MAX_BLOCK_SIZE, big.byteSize());
      assertEquals(16, Scratch.used(), "a request above the cap must not use the block");
      assertEquals(blockBefore, Scratch.blockSize(), "nor grow it");
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
  void aPlatformThreadGrowsItsBlockUpToTheCapAndKeepsIt() throws Exception {
    // A fresh thread, so the block starts at BLOCK_SIZE whatever other tests did.
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    assertEquals(Scratch.BLOCK_SIZE, Scratch.blockSize());
                    MemorySegment small;
                    MemorySegment big;
                    try (Scratch outer = Scratch.enter()) {
                      small = outer.allocate(Scratch.BLOCK_SIZE - 8, 1);
                      small.fill((byte) 1);
                      try (Scratch inner = Scratch.enter()) {
                        big = inner.allocate(64 * 1024, 16); // does not fit: the block grows
                        assertTrue(big.scope().isAlive());
                        assertEquals(
                            64 * 1024,
                            Scratch.blockSize(),
                            "the next power of two that holds the request");
                        big.fill((byte) 2);
                        // Slices of the outgrown block stay valid and untouched.
                        for (long i = 0; i < small.byteSize(); i++) {
                          assertEquals(1, small.get(ValueLayout.JAVA_BYTE, i));
                        }
                      }
                      assertEquals(Scratch.BLOCK_SIZE - 8, Scratch.used());
                      assertTrue(outer.allocate(8, 1).scope().isAlive());
                    }
                    assertEquals(0, Scratch.used());
                    // Steady state: the same big request now fits, nothing more is allocated.
                    long size = Scratch.blockSize();
                    for (int i = 0; i < 3; i++) {
                      try (Scratch s = Scratch.enter()) {
                        MemorySegment again = s.allocate(64 * 1024, 16);
                        assertEquals(64 * 1024, Scratch.used());
                        assertTrue(again.address() % 16 == 0);
                      }
                    }
                    assertEquals(size, Scratch.blockSize());
                    // Growth stops at the cap.
                    try (Scratch s = Scratch.enter()) {
                      s.allocate(Scratch.MAX_BLOCK_SIZE, 8);
                      assertEquals(Scratch.MAX_BLOCK_SIZE, Scratch.blockSize());
                      s.allocate(
                          Scratch.MAX_BLOCK_SIZE, 8); // no room left, above the cap: an arena
                      assertEquals(Scratch.MAX_BLOCK_SIZE, Scratch.blockSize());
                    }
                    assertEquals(0, Scratch.used());
                  } catch (Throwable x) {
                    failure.set(x);
                  }
                });
    t.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Test
  void aVirtualThreadNeverGrowsItsBlock() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    MemorySegment big;
                    try (Scratch s = Scratch.enter()) {
                      s.allocate(Scratch.BLOCK_SIZE - 8, 1);
                      big = s.allocate(64 * 1024, 8);
                      big.fill((byte) 3);
                      assertEquals(Scratch.BLOCK_SIZE - 8, Scratch.used());
                      assertEquals(Scratch.BLOCK_SIZE, Scratch.blockSize());
                    }
                    assertFalse(
                        big.scope().isAlive(), "a virtual thread's big request is freed at pop");
                    assertEquals(Scratch.BLOCK_SIZE, Scratch.blockSize());
                  } catch (Throwable x) {
                    failure.set(x);
                  }
                });
    t.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Test
  void shrinkLastGivesBackTheTail() {
    try (Scratch s = Scratch.enter()) {
      MemorySegment a = s.allocate(100, 1);
      MemorySegment kept = s.shrinkLast(a, 10);
      assertEquals(10, kept.byteSize());
      assertEquals(10, Scratch.used());
      MemorySegment b = s.allocate(4, 1);
      MemorySegment notLast = s.shrinkLast(kept, 5); // b came after it: nothing to give back
      assertEquals(5, notLast.byteSize());
      assertEquals(14, Scratch.used());
      assertEquals(a.address() + 10, b.address());
    }
  }

  @Test
  void reserveTakesBlockBytesWithoutASegmentAndTrimGivesThemBack() {
    try (Scratch s = Scratch.enter()) {
      s.allocate(3, 1);
      long start = s.reserve(100);
      assertEquals(3, start);
      assertEquals(103, Scratch.used());
      MemorySegment slice = s.slice(start, 10);
      assertEquals(s.block().address() + 3, slice.address());
      assertEquals(10, slice.byteSize());
      s.trimTo(start + 10);
      assertEquals(13, Scratch.used());
      assertThrows(IllegalArgumentException.class, () -> s.reserve(-1));
    }
    assertEquals(0, Scratch.used());
  }

  @Test
  void reserveChecksTheFrameLikeAllocate() throws Exception {
    Scratch outer = Scratch.enter();
    Scratch inner = Scratch.enter();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> outer.reserve(8));
    assertTrue(e.getMessage().contains("reverse order"), e.getMessage());
    inner.close();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = Thread.ofPlatform().start(() -> failure.set(catchThrowable(() -> outer.reserve(8))));
    t.join();
    assertTrue(failure.get() instanceof WrongThreadException, String.valueOf(failure.get()));
    outer.close();
    assertThrows(IllegalStateException.class, () -> outer.reserve(8));
  }

  @Test
  void reserveGrowsOnPlatformThreadsAndGivesUpOnVirtualOnes() throws Exception {
    long big = Scratch.BLOCK_SIZE + 1;
    try (Scratch s = Scratch.enter()) {
      assertEquals(0, s.reserve(big), "a platform thread grows its block and starts it at 0");
      assertTrue(s.block().byteSize() >= big);
      assertTrue(s.reserve(Scratch.MAX_BLOCK_SIZE + 1L) < 0, "beyond the cap: not in the block");
    }
    AtomicReference<Object> result = new AtomicReference<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (Scratch s = Scratch.enter()) {
                result.set(new long[] {s.reserve(big), Scratch.used(), Scratch.blockSize()});
              }
            })
        .join();
    long[] r = (long[]) result.get();
    assertEquals(-1, r[0]);
    assertEquals(0, r[1], "a refused reserve takes nothing");
    assertEquals(Scratch.BLOCK_SIZE, r[2]);
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
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
      Thread t =
          Thread.ofPlatform()
              .start(
                  () -> {
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
        futures.add(
            executor.submit(
                () -> {
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
