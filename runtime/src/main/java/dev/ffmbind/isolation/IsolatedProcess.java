package dev.ffmbind.isolation;

/**
 * The helper behind an isolated binding, from {@link Isolation#processOf(Object)}: for diagnostics,
 * tests and shutting it down early.
 */
public interface IsolatedProcess extends AutoCloseable {

  /** The current helper's process id, or -1 if none is running. */
  long pid();

  /** How many helpers this binding has started: 1 after load, one more after each restart. */
  int generation();

  /** Whether a helper is running and has not crashed. */
  boolean isAlive();

  /**
   * Stops the helper. Later calls throw {@link HelperUnavailableException}; handles it created
   * become stale.
   */
  @Override
  void close();
}
