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
}
