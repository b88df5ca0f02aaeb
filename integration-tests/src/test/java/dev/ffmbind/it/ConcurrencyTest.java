package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.it.errors.ErrorConventions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** errno is captured per call: threads failing with different errno values never mix them up. */
class ConcurrencyTest {

  private static final ErrorConventions E = ErrorConventions.load();

  /** EPERM, ENOENT, ESRCH, EIO, ENXIO, E2BIG, EBADF, EACCES: never EINTR. */
  private static final int[] ERRNOS = {1, 2, 3, 5, 6, 7, 9, 13};

  @Test
  void eightPlatformThreadsOwnTheirErrno() throws Exception {
    run(Thread.ofPlatform().factory(), 100_000, false);
  }

  @Test
  void virtualThreadsThatMoveBetweenCarriersOwnTheirErrno() throws Exception {
    run(Thread.ofVirtual().factory(), 20_000, true);
  }

  private static void run(java.util.concurrent.ThreadFactory factory, int calls, boolean yield)
      throws Exception {
    AtomicLong mixUps = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    CyclicBarrier start = new CyclicBarrier(ERRNOS.length);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < ERRNOS.length; t++) {
      int mine = ERRNOS[t];
      threads.add(
          factory.newThread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < calls; i++) {
                    boolean fail = (i & 1) == 0;
                    if (!fail) {
                      if (E.setErrnoIf(0, mine) != 0) {
                        mixUps.incrementAndGet();
                      }
                    } else {
                      try {
                        E.setErrnoIf(1, mine);
                        mixUps.incrementAndGet();
                      } catch (ErrnoException e) {
                        failures.incrementAndGet();
                        if (e.errno() != mine) {
                          mixUps.incrementAndGet();
                          if (examples.size() < 5) {
                            examples.add("expected errno " + mine + ": " + e.getMessage());
                          }
                        }
                      }
                    }
                    if (yield && (i % 16) == 0) {
                      Thread.yield();
                    }
                  }
                } catch (Throwable e) {
                  errors.add(e);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), List.copyOf(errors));
    assertEquals(0L, mixUps.get(), "errno mix-ups, e.g. " + examples);
    assertEquals((long) ERRNOS.length * calls / 2, failures.get());
  }
}
