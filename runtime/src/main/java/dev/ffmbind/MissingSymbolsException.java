package dev.ffmbind;

import java.util.List;

/**
 * The library was loaded but lacks symbols the binding needs, usually because it is an older or
 * differently configured version. All missing symbols are reported at once:
 *
 * <pre>{@code
 * binding com.x.Sqlite: 2 symbols not found in /usr/lib/x86_64-linux-gnu/libsqlite3.so.0: sqlite3_nope, sqlite3_other
 * }</pre>
 */
public class MissingSymbolsException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final String library;
  private final String[] symbols;

  /**
   * @param library the file (or name) the symbols were looked up in
   * @param binding the binding class
   * @param symbols the missing symbols, in binding order
   */
  public MissingSymbolsException(String library, String binding, List<String> symbols) {
    super(
        "binding "
            + binding
            + ": "
            + symbols.size()
            + (symbols.size() == 1 ? " symbol" : " symbols")
            + " not found in "
            + library
            + ": "
            + String.join(", ", symbols));
    this.library = library;
    this.symbols = symbols.toArray(String[]::new);
  }

  /**
   * @return the file (or name) the symbols were looked up in
   */
  public String library() {
    return library;
  }

  /**
   * @return the missing symbols
   */
  public List<String> symbols() {
    return List.of(symbols);
  }
}
