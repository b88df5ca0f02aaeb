package dev.ffmbind.annotation;

/** How a C function reports failure. See docs/errors.md. */
public enum ErrorConvention {
  /** Nothing is checked; the result is returned as is. */
  NONE,
  /** {@code -1} means failure; errno says why. Throws {@code ErrnoException}. */
  MINUS_ONE_ERRNO,
  /** {@code NULL} means failure; errno says why. Throws {@code ErrnoException}. */
  NULL_ERRNO,
  /** A negative result is {@code -errno}. Throws {@code ErrnoException}. */
  NEGATIVE_ERRNO,
  /** Any non-zero result is a failure. Throws {@code StatusException}. */
  NONZERO,
  /** The result is a code of the status table named by {@link Errors#table()}. */
  STATUS,
  /**
   * The function named by {@link Errors#predicate()}, called with the result, returns non-zero on
   * failure. Throws {@code StatusException}, with the text of {@link Errors#messageFunction()}.
   */
  PREDICATE
}
