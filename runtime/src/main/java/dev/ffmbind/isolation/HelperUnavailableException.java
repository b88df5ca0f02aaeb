package dev.ffmbind.isolation;

/**
 * No helper can run the call: it failed to start (the cause says why, for example a {@link
 * dev.ffmbind.LibraryNotFoundException} from the helper), the binding was closed, or it crashed
 * earlier and the crash policy is {@link Isolation.CrashPolicy#STAY_FAILED} (the cause is that
 * crash).
 */
public class HelperUnavailableException extends IsolationException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is unavailable and why
   * @param cause the start failure or the earlier crash; may be {@code null}
   */
  public HelperUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
