package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of a constant of a {@link CEnum} enum, when it is not the previous constant's plus one
 * ({@code @EnumValue(0x80000000L) MASK_HIGH}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface EnumValue {

  /** The number. */
  long value();
}
