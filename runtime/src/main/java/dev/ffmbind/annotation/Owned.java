package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The returned pointer belongs to the caller. For a string, the stub copies the value and then
 * frees the C memory exactly once with {@link #free()}. For a handle (on the method, or on a {@code
 * Ref<Handle>} out-parameter), the handle owns the C object: its {@code close()} calls the
 * destructor of its {@link Opaque} type exactly once ({@link #free()} does not apply). Without it,
 * returned pointers are borrowed and never freed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface Owned {

  /**
   * The C function that frees the memory: {@code "free"} (the C library's) or one of the library's
   * own.
   */
  String free() default "free";
}
