package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a callback returns to C when its Java code throws (the exception itself goes to the Java
 * caller, or to {@link dev.ffmbind.CallbackExceptionHandler}): a literal of the C return type, e.g.
 * {@code "-1"}. Without it: {@code 0}, {@code false} or {@code 0.0}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnException {

  String value();
}
