package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A C function-pointer type, written as a Java functional interface: its one abstract method is the
 * C signature (parameters and return type, with the same annotations as native methods:
 * {@code @CType}, {@code @UserData}, {@code @LengthFrom}, {@code @Encoding}). A parameter of a
 * {@code @NativeLibrary} method whose type is such an interface is passed to C as a function
 * pointer; it needs a {@link Lifetime}.
 *
 * <pre>{@code
 * @Callback("compar_fn")
 * interface IntComparator {
 *   @OnException("0") int compare(@CType("const int*") MemorySegment a, @CType("const int*") MemorySegment b);
 * }
 * }</pre>
 *
 * <p>See docs/callbacks.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Callback {

  /**
   * The C typedef name, for documentation and messages; defaults to the interface's simple name.
   */
  String value() default "";
}
