package dev.ffmbind;

/**
 * A binding method was called whose C symbol is optional and absent from the loaded library (an
 * older or differently configured version). The library loaded fine; only this function is
 * unavailable:
 *
 * <pre>{@code
 * sqlite3_new_api: symbol sqlite3_new_api (optional) is not in /usr/lib/x86_64-linux-gnu/libsqlite3.so.0 (binding com.x.Sqlite)
 * }</pre>
 *
 * <p>Like every failure of a binding it is a {@link NativeException}. Required symbols never get
 * this far: a missing required symbol fails the load with a {@link MissingSymbolsException} listing
 * all of them.
 */
public class SymbolUnavailableException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final String symbol;
  private final String library;

  /**
   * @param function the Java or C function that was called
   * @param symbol the symbol, possibly versioned ({@code name@VERSION})
   * @param library where it was looked up
   * @param binding the binding class, or {@code null}
   */
  public SymbolUnavailableException(
      String function, String symbol, String library, String binding) {
    super(
        function
            + ": symbol "
            + symbol
            + " (optional) is not in "
            + library
            + (binding != null ? " (binding " + binding + ")" : ""));
    this.symbol = symbol;
    this.library = library;
  }

  /**
   * @return the missing symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * @return where it was looked up
   */
  public String library() {
    return library;
  }
}
