package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One status code of a {@link StatusTable}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface StatusCode {

  /** The C name, e.g. {@code "SQLITE_BUSY"}. */
  String name();

  long value();

  /** Whether this code means success. */
  boolean success() default false;

  /** What it means, for exception messages. */
  String description() default "";
}
