package dev.ffmbind.isolation;

/**
 * A handle created by a helper process that has since died (or been closed) was passed to a call.
 * The C object it stood for died with that process, so the handle cannot be used any more; a handle
 * never silently refers to an object of a newer helper.
 */
public class StaleHandleException extends IsolationException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message names the handle, the helper it came from and the call
   */
  public StaleHandleException(String message) {
    super(message);
  }
}
