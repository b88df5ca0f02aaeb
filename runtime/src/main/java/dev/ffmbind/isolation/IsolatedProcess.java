package dev.ffmbind.isolation;

/**
 * The helper behind an isolated binding, from {@link Isolation#processOf(Object)}: for diagnostics,
 * tests and shutting it down early.
 */
public interface IsolatedProcess extends AutoCloseable {

  /** The current helper's process id (the first one's, for a pool), or -1 if none is running. */
  long pid();

  /**
   * How many helpers this binding has started: 1 after load (n for a pool of n), one more after
   * each restart.
   */
  int generation();

  /** Whether the helper (every helper of a pool) is running and has not crashed. */
  boolean isAlive();

  /**
   * Stops the helper (all of a pool). A binding that becomes unreachable is closed this way too, by
   * a cleaner, so an isolated binding does not leak its process. Later calls throw {@link
   * HelperUnavailableException}; handles it created become stale.
   */
  @Override
  void close();
}
