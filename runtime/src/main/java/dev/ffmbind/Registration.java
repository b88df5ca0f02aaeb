package dev.ffmbind;

/**
 * A callback C keeps after the call that registered it ({@code lifetime: registered}). While open,
 * it keeps the Java callback and its user data reachable and C's calls reach them. Close it once C
 * will no longer call (after the C library's own unregister function, or when the library is done);
 * a call that still arrives after {@code close()} does not reach Java: it returns the callback's
 * declared error value to C and is reported to the {@link CallbackExceptionHandler}. The function
 * pointer C holds is never freed, so a late call can never jump into freed code.
 */
public interface Registration extends AutoCloseable {

  /** Whether {@link #close()} has not been called yet. */
  boolean isOpen();

  /** Releases the callback; idempotent. */
  @Override
  void close();
}
