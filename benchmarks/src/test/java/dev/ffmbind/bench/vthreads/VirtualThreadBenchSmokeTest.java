package dev.ffmbind.bench.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The virtual-thread benchmarks compute what they claim, without timing anything: every approach of
 * {@link BlockingOverhead} returns {@code abs(-42)}, and every mode of {@link
 * VirtualThreadStarvation} sleeps, runs the same workers to the same result and joins every
 * sleeper.
 */
class VirtualThreadBenchSmokeTest {

  @Test
  void everyOverheadApproachReturnsAbs() throws Exception {
    BlockingOverhead bench = new BlockingOverhead();
    List<Method> methods =
        Arrays.stream(BlockingOverhead.class.getMethods())
            .filter(m -> m.isAnnotationPresent(Benchmark.class))
            .toList();
    assertEquals(4, methods.size());
    for (Method m : methods) {
      assertEquals(42, m.invoke(bench), m.getName());
    }
  }

  @Test
  void everyStarvationModeComputesTheSameWork() throws Exception {
    String[] modes =
        VirtualThreadStarvation.class.getField("mode").getAnnotation(Param.class).value();
    assertEquals(7, modes.length);
    Long expected = null;
    for (String mode : modes) {
      VirtualThreadStarvation bench = new VirtualThreadStarvation();
      bench.mode = mode;
      int[] slept = new int[1];
      Thread.ofVirtual()
          .start(() -> slept[0] = VirtualThreadStarvation.sleeper(mode).applyAsInt(1000))
          .join();
      assertEquals(1000, slept[0], mode);
      long sum = bench.workers();
      bench.joinLeftovers();
      if (expected == null) {
        expected = sum;
      }
      assertEquals(expected, sum, mode);
      assertEquals(4 * VirtualThreadStarvation.parallelism(), bench.sleepers(), mode);
    }
  }
}
