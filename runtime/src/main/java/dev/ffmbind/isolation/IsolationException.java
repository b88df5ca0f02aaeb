package dev.ffmbind.isolation;

import dev.ffmbind.NativeException;

/**
 * A call through an isolated binding failed because of the helper process, not because the C
 * function reported an error: the helper crashed, hung, broke its sandbox, could not start, or was
 * given something that cannot cross the process boundary.
 */
public class IsolationException extends NativeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, naming the call
   */
  public IsolationException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong, naming the call
   * @param cause the underlying failure
   */
  public IsolationException(String message, Throwable cause) {
    super(message, cause);
  }
}
