package dev.ffmbind.isolation;

import java.time.Duration;
import java.util.List;

/**
 * A call took longer than the per-call timeout ({@link Isolation#timeout(Duration)}), so the helper
 * was killed ({@code SIGKILL}). The next call starts a fresh helper if the crash policy is {@link
 * Isolation.CrashPolicy#RESTART}.
 */
public class HelperTimeoutException extends HelperCrashedException {

  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /**
   * @param message the full message
   * @param function the binding method of the call
   * @param timeout the timeout that expired
   * @param stderrTail the helper's last lines of standard error
   */
  public HelperTimeoutException(
      String message, String function, Duration timeout, List<String> stderrTail) {
    super(message, function, "SIGKILL", 137, true, stderrTail);
    this.timeout = timeout;
  }

  /** The per-call timeout that expired. */
  public Duration timeout() {
    return timeout;
  }
}
