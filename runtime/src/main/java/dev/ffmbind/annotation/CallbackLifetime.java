package dev.ffmbind.annotation;

/** How long C may use a callback it was given; see {@link Lifetime}. */
public enum CallbackLifetime {
  /**
   * C calls it only while the function that received it runs ({@code qsort}, {@code bsearch},
   * {@code sqlite3_exec}). Exceptions thrown by the callback are rethrown by that function.
   */
  CALL,
  /**
   * C keeps it after the call returns (event handlers, {@code sqlite3_busy_handler}). The method
   * returns a {@link dev.ffmbind.Registration}; close it once C can no longer call.
   */
  REGISTERED
}
