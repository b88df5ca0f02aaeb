package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a C enum to the annotation front end: a Java {@code enum} nested in the {@link
 * NativeLibrary} interface whose constants are the C enumerators, named as in C, in C order. A
 * constant's value is its {@link EnumValue}, or, as in C, the previous constant's value plus one
 * (the first one's is 0).
 *
 * <p>The Java enum is the declaration, like a {@link Struct} record: a Java enum cannot hold a
 * value C returns that it does not list (a newer library's), so the processor generates the class
 * methods take and return, nested in the binding class under the enum's simple name ({@code
 * Paint_Ffm.Color}), with a constant per listed value and an instance made on demand for any other,
 * exactly as for an {@code enums} entry of a YAML spec.
 *
 * <pre>{@code
 * @CEnum("color")
 * enum Color { RED, GREEN, BLUE, @EnumValue(0) DEFAULT_COLOR }
 *
 * @Symbol("next_color") Paint_Ffm.Color next(Paint_Ffm.Color c);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CEnum {

  /** The C name parameters and results use ({@code "color"}); empty for the enum's simple name. */
  String value() default "";

  /**
   * The C integer type the enum travels as: {@code int}, or {@code unsigned int}, {@code int64_t}.
   */
  String type() default "int";
}
