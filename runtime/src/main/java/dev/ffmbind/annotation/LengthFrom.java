package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a callback: this {@code char**} parameter (a {@code String[]} in Java) holds as many elements
 * as the named integer parameter says, like SQLite's row callback {@code int (*)(void*, int argc,
 * char** values, char** names)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface LengthFrom {

  /** The name of the count parameter. */
  String value();
}
