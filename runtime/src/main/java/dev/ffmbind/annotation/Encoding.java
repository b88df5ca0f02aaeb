package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The charset of a string parameter (on the parameter) or string return value (on the method),
 * overriding {@link NativeLibrary#charset()}: {@code UTF-8}, {@code ISO-8859-1}, {@code US-ASCII},
 * {@code UTF-16LE}, {@code UTF-16BE}, {@code UTF-32LE} or {@code UTF-32BE}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Encoding {

  String value();
}
