package dev.ffmbind.internal;

/**
 * The one catch clause of every generated stub. {@code MethodHandle.invokeExact} declares {@code
 * Throwable}, but a downcall handle throws only what the stub itself throws (unchecked exceptions
 * and errors): a stub ends in {@code catch (Throwable t$) { throw Unchecked.rethrow(t$); }}, one
 * line where it used to repeat two catch clauses.
 */
public final class Unchecked {

  private Unchecked() {}

  /**
   * Rethrows {@code t} if it is unchecked; otherwise throws an {@link AssertionError} that wraps it
   * (a checked exception out of a downcall is a bug). Returns nothing: its return type only lets a
   * stub write {@code throw Unchecked.rethrow(t$)}, which javac sees as the end of the clause.
   *
   * @throws RuntimeException {@code t}, rethrown
   * @throws Error {@code t}, rethrown, or an {@code AssertionError} for a checked {@code t}
   */
  public static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new AssertionError("a downcall threw a checked exception", t);
  }
}
