package dev.ffmbind.processor.codegen.errors;

import dev.ffmbind.processor.model.ErrorModel;

/** The one place that picks the strategy of an error convention: its class, one line here. */
public final class ErrorConventions {

  private ErrorConventions() {}

  private static final ErrorConvention NONE = new NoErrors();
  private static final ErrorConvention MINUS_ONE_ERRNO = new MinusOneErrno();
  private static final ErrorConvention NULL_ERRNO = new NullErrno();
  private static final ErrorConvention NEGATIVE_ERRNO = new NegativeErrno();
  private static final ErrorConvention NONZERO = new NonzeroStatus();
  private static final ErrorConvention STATUS = new StatusTableErrors();
  private static final ErrorConvention PREDICATE = new PredicateErrors();

  /** The strategy of a convention. */
  public static ErrorConvention of(ErrorModel.Kind kind) {
    return switch (kind) {
      case NONE -> NONE;
      case MINUS_ONE_ERRNO -> MINUS_ONE_ERRNO;
      case NULL_ERRNO -> NULL_ERRNO;
      case NEGATIVE_ERRNO -> NEGATIVE_ERRNO;
      case NONZERO -> NONZERO;
      case STATUS -> STATUS;
      case PREDICATE -> PREDICATE;
    };
  }
}
