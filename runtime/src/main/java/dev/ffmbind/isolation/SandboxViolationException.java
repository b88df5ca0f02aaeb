package dev.ffmbind.isolation;

import java.util.List;

/**
 * The helper was killed for breaking its {@link Sandbox}: {@code SIGSYS} from the seccomp filter
 * (the library made a system call of a denied group) or {@code SIGXCPU} from the CPU-time limit.
 * {@link #violation()} names what was broken: the denied groups, or {@code RLIMIT_CPU}.
 */
public class SandboxViolationException extends HelperCrashedException {

  private static final long serialVersionUID = 1L;

  private final String violation;

  /**
   * @param message the full message
   * @param function the binding method of the call
   * @param signal {@code SIGSYS} or {@code SIGXCPU}
   * @param exitStatus the helper's exit status
   * @param violation what was broken, e.g. {@code "seccomp: a denied system call (network,
   *     process)"} or {@code "RLIMIT_CPU (2 s)"}
   * @param stderrTail the helper's last lines of standard error
   */
  public SandboxViolationException(
      String message,
      String function,
      String signal,
      int exitStatus,
      String violation,
      List<String> stderrTail) {
    super(message, function, signal, exitStatus, true, stderrTail);
    this.violation = violation;
  }

  /** The rule the helper broke: the seccomp groups in force, or the resource limit. */
  public String violation() {
    return violation;
  }
}
