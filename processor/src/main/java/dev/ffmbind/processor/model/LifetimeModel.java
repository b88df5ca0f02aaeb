package dev.ffmbind.processor.model;

/**
 * How long C may use a callback it was given (YAML {@code lifetime:}, annotation
 * {@code @Lifetime}).
 */
public enum LifetimeModel {
  /** Only while the function that received it runs: one cached stub, dispatch per call. */
  CALL,
  /** After the call returns too: the method returns a {@code dev.ffmbind.Registration}. */
  REGISTERED,
  /**
   * Set on an opaque handle (named by {@link ParamModel#handle()}): lives until replaced on that
   * handle or until the handle is closed.
   */
  HANDLE,
  /**
   * C's destructor for the function's user data (SQLite's {@code xDestroy}): the binding always
   * passes a stub, and releases the user data (and the callbacks registered with it) when C calls
   * it, after the Java callback, if one was given.
   */
  RELEASE;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
