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
  REGISTERED,
  /**
   * Set on an opaque handle, named by {@link Lifetime#handle()} ({@code setopt(h, WRITEFUNCTION,
   * fn)}, {@code sqlite3_busy_handler(db, ...)}): lives until replaced on that handle or until the
   * handle is closed. The handle's type needs a destructor.
   */
  HANDLE,
  /**
   * C's destructor for the user data (SQLite's {@code xDestroy}): the binding always passes C a
   * stub, and releases the user data and the callbacks registered with it when C calls it (after
   * this Java callback, which may be {@code null}).
   */
  RELEASE
}
