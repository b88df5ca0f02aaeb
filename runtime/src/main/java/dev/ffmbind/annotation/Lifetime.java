package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long C may use the callback passed in this parameter: required on every callback parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Lifetime {

  CallbackLifetime value();

  /** For {@link CallbackLifetime#HANDLE}: the name of the opaque-handle parameter. */
  String handle() default "";
}
