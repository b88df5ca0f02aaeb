package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A library's status codes, declared inside {@link NativeLibrary#statusTables()}. Failures of
 * methods with {@code @Errors(value = STATUS, table = name)} throw the generated {@link
 * #exception()} class, a {@code dev.ffmbind.StatusException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface StatusTable {

  /** The table name methods refer to. */
  String name();

  /** The simple name of the generated exception class (nested in the generated binding). */
  String exception() default "";

  /** A function of the interface that gives a message: taking the status code or a handle. */
  String messageFunction() default "";

  StatusCode[] codes();
}
