package dev.ffmbind.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Defaults every benchmark class inherits: average time in ns/op, and the full-run iteration counts
 * (run.sh --quick overrides them on the command line). Forked JVMs always get native access,
 * whatever the launching JVM had.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {
      "--enable-native-access=ALL-UNNAMED",
      // JMH 1.37 uses sun.misc.Unsafe; JDK 25 would print a warning into every fork's output.
      "--sun-misc-unsafe-memory-access=allow"
    })
public abstract class BenchDefaults {}
