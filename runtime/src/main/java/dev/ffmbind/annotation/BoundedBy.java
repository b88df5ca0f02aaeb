package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This integer parameter is a length within the named array parameter: the stub checks {@code 0 <=
 * length <= array.length} before the call and throws {@link IndexOutOfBoundsException} otherwise,
 * so C never reads or writes past the array.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface BoundedBy {

  /** The name of the array parameter. */
  String value();
}
