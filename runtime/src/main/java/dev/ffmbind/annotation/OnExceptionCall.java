package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A C call the stub makes when the callback's Java code throws, for libraries that learn of a
 * failure through a call rather than a return value: {@code "sqlite3_result_error_code(ctx, 1)"}
 * makes an SQL function implemented in Java fail in SQLite. The function must be a method of the
 * same library returning {@code void}; each argument is a parameter name of the callback or an
 * integer literal. The exception itself still goes to the Java caller (or the {@link
 * dev.ffmbind.CallbackExceptionHandler}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnExceptionCall {

  /** The call, as C writes it: {@code function(arg, ...)}. */
  String value();
}
