package dev.ffmbind;

import java.util.List;

/**
 * Loading a native library replaced one of the signal handlers the JVM depends on (SIGSEGV, SIGBUS,
 * SIGFPE, SIGILL, SIGQUIT). The JVM uses SIGSEGV for implicit null checks and safepoint polls, so
 * such a library would crash the JVM later, far from the cause. ffmbind puts the JVM's handlers
 * back before throwing this; see docs/safety.md and the system property {@code ffmbind.signals}
 * ({@code fail}, the default; {@code warn}; {@code off}).
 */
public class SignalHandlerReplacedException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final String library;
  private final String[] signals;

  /**
   * @param library the library that was loaded
   * @param signals the signals whose handler it changed ({@code SIGSEGV})
   * @param details one line per signal: what the handler was and what it became
   */
  public SignalHandlerReplacedException(String library, List<String> signals, String details) {
    super(
        "loading "
            + library
            + " replaced the JVM's handler for "
            + String.join(", ", signals)
            + "; the JVM's handlers were put back and the library must not be used"
            + " (ffmbind.signals=warn keeps it, at your own risk)\n"
            + details);
    this.library = library;
    this.signals = signals.toArray(String[]::new);
  }

  /**
   * @return the library that was loaded
   */
  public String library() {
    return library;
  }

  /**
   * @return the signals whose handler it changed
   */
  public List<String> signals() {
    return List.of(signals);
  }
}
