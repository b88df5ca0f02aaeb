package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C function takes the size in bytes of one element of this array as a parameter, and the stub
 * passes it: the size of the Java array's element type ({@code int[]}: 4), a constant, so C cannot
 * be told a wrong one and read past the array. Like {@link WithLength}, the hidden parameter
 * follows the array; with both, the hidden parameters follow in the order the two annotations are
 * written.
 *
 * <pre>{@code
 * // void qsort(void* base, size_t nmemb, size_t size, int (*compar)(const void*, const void*))
 * void qsort(@CType("void*") @InOut @WithLength(name = "nmemb") @WithElementSize(name = "size")
 *     int[] base, @Lifetime(Lifetime.Kind.CALL) IntComparator compar);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface WithElementSize {

  /** The C type of the hidden element-size parameter, e.g. {@code "size_t"}. */
  String value() default "size_t";

  /** The name of the hidden C parameter, for the prototype in Javadoc and messages. */
  String name() default "";
}
