package dev.ffmbind;

/**
 * A C function returned a failure status code. Thrown directly for the {@code nonzero} convention;
 * libraries with a status table get a generated subclass (for example {@code
 * Sqlite.SqliteException}) so callers can catch one library's failures.
 *
 * <pre>{@code
 * sqlite3_open_v2("/nope/x.db", Ref[empty], 1, NULL) failed: SQLITE_CANTOPEN (unable to open database file)
 * rename_all("a") failed: status 3
 * }</pre>
 */
public class StatusException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final String function;
  private final String call;
  private final long code;
  private final String codeName;
  private final String detail;

  /**
   * @param function the C function that failed
   * @param call the rendered call, e.g. {@code sqlite3_exec(Sqlite3@0x5581f0, "DROP x", NULL)}
   * @param code the status code
   * @param codeName the code's C name, e.g. {@code SQLITE_ERROR}; {@code null} or empty if unknown
   * @param detail what went wrong (from the library's message function or the table's description);
   *     {@code null} or empty if nothing is known
   */
  public StatusException(String function, String call, long code, String codeName, String detail) {
    super(message(call, code, codeName, detail));
    this.function = function;
    this.call = call;
    this.code = code;
    this.codeName = codeName;
    this.detail = detail;
  }

  private static String message(String call, long code, String codeName, String detail) {
    StringBuilder b = new StringBuilder(call).append(" failed: ");
    if (codeName == null || codeName.isEmpty()) {
      b.append("status ").append(code);
    } else {
      b.append(codeName);
    }
    if (detail != null && !detail.isEmpty()) {
      b.append(" (").append(detail).append(')');
    }
    return b.toString();
  }

  /**
   * @return the status code the function returned
   */
  public long code() {
    return code;
  }

  /**
   * @return the code's C name, or {@code null}/empty if the code is not in the table
   */
  public String codeName() {
    return codeName;
  }

  /**
   * @return the library's explanation, or {@code null}/empty
   */
  public String detail() {
    return detail;
  }

  /**
   * @return the C function that failed
   */
  public String function() {
    return function;
  }

  /**
   * @return the rendered call
   */
  public String call() {
    return call;
  }
}
