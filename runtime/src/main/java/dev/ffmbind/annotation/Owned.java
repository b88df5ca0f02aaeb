package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The returned pointer belongs to the caller: the stub copies the value (a string) and then
 * frees the C memory exactly once with {@link #free()}. Without it, returned pointers are
 * borrowed and never freed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Owned {

  /** The C function that frees the memory: {@code "free"} (the C library's) or one of the library's own. */
  String free() default "free";
}
