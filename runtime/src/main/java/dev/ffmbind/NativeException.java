package dev.ffmbind;

/**
 * The base of every exception a generated binding throws because of the native side: a C function
 * reported failure ({@link ErrnoException}, {@link StatusException}), the library could not be
 * loaded ({@link LibraryNotFoundException}) or lacks symbols ({@link MissingSymbolsException}), or
 * C returned data Java cannot represent (for example a string that is not valid in its charset).
 *
 * <p>Mistakes in the Java arguments are not native failures: they are reported with the usual
 * {@link NullPointerException}, {@link IllegalArgumentException} and {@link
 * IndexOutOfBoundsException}, before C is called.
 */
public class NativeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message the complete message
   */
  public NativeException(String message) {
    super(message);
  }

  /**
   * @param message the complete message
   * @param cause what went wrong underneath
   */
  public NativeException(String message, Throwable cause) {
    super(message, cause);
  }
}
