package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface whose abstract methods are C functions of one native library. The ffmbind
 * processor generates {@code <Interface>_Ffm} (nested interfaces: {@code Outer_Inner_Ffm}) in the
 * same package, implementing the interface with FFM downcalls; obtain it with the generated static
 * {@code load()} method, e.g. {@code Libc libc = Libc_Ffm.load();}.
 *
 * <pre>{@code
 * @NativeLibrary("z")
 * public interface Zlib {
 *   @CType("unsigned long") long compressBound(@CType("unsigned long") long sourceLen);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface NativeLibrary {

  /**
   * The library: a name ({@code "z"} loads {@code libz.so}, then versioned sonames such as {@code
   * libz.so.1}), an absolute path, or {@code "c"} for the C library.
   */
  String value();

  /** Further names or paths to try, in order, if {@link #value()} cannot be loaded. */
  String[] alternatives() default {};

  /** The default charset of string parameters and return values. */
  String charset() default "UTF-8";

  /**
   * C typedefs used in {@link CType} values, each as {@code "name=C type"} ({@code "uLong=unsigned
   * long"}).
   */
  String[] typedefs() default {};

  /** Status-code tables that methods refer to with {@link Errors#table()}. */
  StatusTable[] statusTables() default {};

  /**
   * Whether the generated class also gets {@code load(Isolation)}, which runs every call in a
   * helper process so that a crash of the library does not end the JVM (docs/isolation.md); the
   * YAML spelling is {@code isolation: allowed}.
   */
  boolean isolation() default false;
}
