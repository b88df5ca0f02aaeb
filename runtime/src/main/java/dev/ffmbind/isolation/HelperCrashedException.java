package dev.ffmbind.isolation;

import java.util.List;
import java.util.Optional;

/**
 * The helper process died during a call (or before a queued call could run): a signal such as
 * {@code SIGSEGV} or {@code SIGABRT}, or the library called {@code exit}. The message names the
 * signal or exit status and the C call, and ends with the helper's last lines of standard error.
 *
 * <pre>{@code
 * iso_segv(): the isolated helper (pid 4711, #1) crashed with SIGSEGV (exit status 134)
 * helper stderr (last lines):
 *   # SIGSEGV (0xb) at pc=0x00007f..., pid=4711, tid=4712
 *   # C  [libffmbindiso.so+0x1139]  iso_segv+0x9
 * }</pre>
 *
 * <p>The JVM that made the call is unaffected. Whether the next call starts a fresh helper depends
 * on {@link Isolation#onCrash(Isolation.CrashPolicy)}; handles created by the dead helper are
 * rejected with {@link StaleHandleException}.
 */
public class HelperCrashedException extends IsolationException {

  private static final long serialVersionUID = 1L;

  private final String function;
  private final String signal;
  private final int exitStatus;
  private final boolean executed;
  private final String[] stderrTail;

  /**
   * @param message the full message
   * @param function the C function (binding method) of the call that failed
   * @param signal the signal's name ({@code SIGSEGV}), or {@code null} if the helper exited
   * @param exitStatus the helper's exit status as the JDK reports it (128 + signal for a signal)
   * @param executed whether the call was sent to the helper; {@code false} for a call that was
   *     waiting for another one that crashed the helper, and so never ran
   * @param stderrTail the helper's last lines of standard error
   */
  public HelperCrashedException(
      String message,
      String function,
      String signal,
      int exitStatus,
      boolean executed,
      List<String> stderrTail) {
    super(message);
    this.function = function;
    this.signal = signal;
    this.exitStatus = exitStatus;
    this.executed = executed;
    this.stderrTail = stderrTail.toArray(String[]::new);
  }

  /** The binding method whose call failed. */
  public String function() {
    return function;
  }

  /** The signal that killed the helper ({@code "SIGSEGV"}), or empty if it exited. */
  public Optional<String> signal() {
    return Optional.ofNullable(signal);
  }

  /** The helper's exit status: 128 + the signal number for a signal, as {@link Process} says. */
  public int exitStatus() {
    return exitStatus;
  }

  /**
   * Whether this call reached the helper. A call that was queued behind the one that crashed it
   * never ran, so retrying it cannot repeat a side effect.
   */
  public boolean executed() {
    return executed;
  }

  /** The helper's last lines of standard error, oldest first. */
  public List<String> stderrTail() {
    return List.of(stderrTail);
  }
}
