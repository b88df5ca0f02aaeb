package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a C struct to the annotation front end: a record nested in the {@link NativeLibrary}
 * interface whose components are the struct's fields in C order. A component's C type is the one
 * its Java type implies ({@code int}, {@code double}, a nested {@code @Struct} or {@code @Union}
 * record) or the one a {@link CType} on it spells ({@code @CType("char[65]") String},
 * {@code @CType("long") long}, {@code @CType("int[4]") int[]}).
 *
 * <p>The record is the declaration: component names are the C field names, and the processor
 * generates the struct's value type (with its {@code LAYOUT}, {@code read} and {@code write})
 * nested in the binding class under the record's simple name ({@code Clock_Ffm.Timeval}), exactly
 * as for a {@code structs} entry of a YAML spec; its components carry the Java types the C types
 * give (an {@code unsigned char} as {@code short}). Methods take and return the generated type,
 * written with the binding's name ({@code Clock_Ffm.Timeval}, which javac resolves once the
 * processor has written it): by value, through {@code const T*} ({@code @CType("const struct
 * timeval*")}), {@code Ref<Clock_Ffm.Timeval>} for a {@code T*} C writes, {@code
 * Clock_Ffm.Timeval[]} with a length for an array, exactly as the YAML front end's {@code struct
 * timeval} parameters.
 *
 * <pre>{@code
 * @Struct("timeval")
 * record Timeval(@CType("long") long tv_sec, @CType("long") long tv_usec) {}
 *
 * @Errors(ErrorConvention.MINUS_ONE_ERRNO)
 * int gettimeofday(@Out Ref<Clock_Ffm.Timeval> tv, @Nullable MemorySegment tz);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Struct {

  /** The C tag or typedef name ({@code "timeval"}); empty for the record's simple name. */
  String value() default "";

  /**
   * Whether the struct lives in native memory C keeps a pointer to across calls ({@code z_stream}):
   * the processor also generates a view class, the value type's name plus {@code View} ({@code
   * Zlib_Ffm.ZStreamView}), allocated in an arena the caller controls and passed as {@code T*}
   * without copying. The YAML twin is {@code resident: true}.
   */
  boolean resident() default false;
}
