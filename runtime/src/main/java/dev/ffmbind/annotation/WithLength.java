package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C function takes this array's length as the next parameter, and the stub passes it: the Java
 * method has no length parameter, so the caller cannot pass a wrong one. The length is in elements
 * ({@code byte[]}: bytes; {@code int[]}: ints).
 *
 * <pre>{@code
 * // ssize_t write(int fd, const void* buf, size_t count)
 * @Errors(ErrorConvention.MINUS_ONE_ERRNO) @CType("ssize_t")
 * long write(int fd, @CType("const void*") @WithLength("size_t") byte[] buf);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface WithLength {

  /** The C type of the hidden length parameter, e.g. {@code "size_t"} or {@code "int"}. */
  String value() default "size_t";

  /** The name of the hidden C parameter, for the prototype in Javadoc and messages. */
  String name() default "";
}
