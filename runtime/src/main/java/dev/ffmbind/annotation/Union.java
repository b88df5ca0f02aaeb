package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a C union to the annotation front end: a record nested in the {@link NativeLibrary}
 * interface whose components are the union's fields in C order. A component's C type is the one its
 * Java type implies ({@code int}, {@code double}, a nested {@code @Struct} or {@code @Union}
 * record) or the one a {@link CType} on it spells ({@code @CType("char[65]") String},
 * {@code @CType("long") long}, {@code @CType("int[4]") int[]}).
 *
 * <p>The record is the declaration: component names are the C field names, and the processor
 * generates the union's value type (with its {@code LAYOUT}, {@code read} and {@code write}) nested
 * in the binding class under the record's simple name ({@code Clock_Ffm.Timeval}), exactly as for a
 * {@code unions} entry of a YAML spec; its components carry the Java types the C types give (an
 * {@code unsigned char} as {@code short}). Methods take and return the generated type ({@code
 * Clock_Ffm.Number}), as {@link Struct} describes.
 *
 * <pre>{@code
 * @Union("number")
 * record Number(int i, double d, @CType("char[12]") String small) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Union {

  /** The C tag or typedef name ({@code "timeval"}); empty for the record's simple name. */
  String value() default "";
}
