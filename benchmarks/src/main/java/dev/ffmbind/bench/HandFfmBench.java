package dev.ffmbind.bench;

import dev.ffmbind.bench.ffm.HandFfm;
import java.lang.foreign.Arena;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmarks that measure against hand-written best-practice FFM: each benchmark thread gets one
 * {@link HandFfm} whose reused buffers live in an arena of its own for the whole trial.
 */
public abstract class HandFfmBench extends BenchDefaults {

  private Arena arena;

  /** The hand-written FFM approach, set up before each trial. */
  protected HandFfm hand;

  @Setup(Level.Trial)
  public void setUpHandFfm() {
    arena = Arena.ofConfined();
    hand = new HandFfm(arena);
  }

  @TearDown(Level.Trial)
  public void tearDownHandFfm() {
    arena.close();
  }
}
