package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The error convention of a C function; without it, nothing is checked. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Errors {

  ErrorConvention value();

  /** For {@link ErrorConvention#STATUS}: the {@link StatusTable#name()} of the table. */
  String table() default "";

  /**
   * For {@link ErrorConvention#PREDICATE}: the function of this interface (C symbol or method name)
   * that takes the result and returns non-zero when it means failure, e.g. {@code ZSTD_isError}.
   */
  String predicate() default "";

  /**
   * For {@link ErrorConvention#PREDICATE}, optional: the function of this interface that takes the
   * result and returns a string describing the failure, e.g. {@code ZSTD_getErrorName}.
   */
  String messageFunction() default "";
}
