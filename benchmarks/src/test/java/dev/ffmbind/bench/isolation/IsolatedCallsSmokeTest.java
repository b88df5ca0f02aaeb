package dev.ffmbind.bench.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ffmbind.isolation.Isolation;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The isolation benchmarks compute the right answers in both modes, and JMH can run them. */
class IsolatedCallsSmokeTest {

  @Test
  void bothModesGiveTheSameAnswers() {
    IsolatedCalls bench = new IsolatedCalls();
    bench.setUp();
    try {
      long expected = 0;
      for (byte x : bench.buffer) {
        expected += x & 0xff;
      }
      assertEquals(42, bench.scalarInProcess());
      assertEquals(42, bench.scalarIsolated());
      assertEquals(expected, bench.buffer64kInProcess());
      assertEquals(expected, bench.buffer64kIsolated());
      assertEquals(expected, bench.buffer64kIsolatedPipe());
      long helper = Isolation.processOf(bench.isolated).orElseThrow().pid();
      assertNotEquals(ProcessHandle.current().pid(), helper, "the isolated calls ran elsewhere");
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void jmhRunsThemOnce() throws Exception {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(IsolatedCalls.class.getName() + "\\..*")
                    .forks(0)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(5))
                    .timeUnit(TimeUnit.NANOSECONDS)
                    .shouldFailOnError(true)
                    .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
                    .build())
            .run();
    assertEquals(
        5, results.size(), "scalar and 64 KB in-process and isolated, 64 KB over the pipe");
    for (RunResult r : results) {
      assertFalse(Double.isNaN(r.getPrimaryResult().getScore()));
    }
  }
}
