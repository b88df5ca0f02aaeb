package dev.ffmbind;

import java.util.List;

/**
 * No file of a binding's native library could be loaded. The message lists every attempt, in order,
 * with the reason it failed:
 *
 * <pre>{@code
 * cannot load library 'sqlite9' for binding com.x.Sqlite: tried libsqlite9.so (cannot open shared
 * object file: No such file or directory), libsqlite9.so.* (no such file in /lib, /usr/lib, ...)
 * }</pre>
 *
 * <p>Set the system property {@code ffmbind.library.<name>} to a path, or {@code
 * ffmbind.library.path} to a colon-separated list of directories, to point the binding at the right
 * file.
 */
public class LibraryNotFoundException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final String library;
  // An array, not a List field: keeps the exception serializable without lint warnings.
  private final String[] attempts;

  /**
   * @param library the library as the binding names it, e.g. {@code sqlite3}
   * @param binding the binding class, e.g. {@code com.x.Sqlite}
   * @param attempts each attempt with its reason, e.g. {@code libsqlite9.so (no such file)}
   */
  public LibraryNotFoundException(String library, String binding, List<String> attempts) {
    super(
        "cannot load library '"
            + library
            + "' for binding "
            + binding
            + ": tried "
            + (attempts.isEmpty() ? "nothing" : String.join(", ", attempts)));
    this.library = library;
    this.attempts = attempts.toArray(String[]::new);
  }

  /**
   * @return the library as the binding names it
   */
  public String library() {
    return library;
  }

  /**
   * @return every attempt with its reason, in order
   */
  public List<String> attempts() {
    return List.of(attempts);
  }
}
