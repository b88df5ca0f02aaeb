package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C type of a parameter (on the parameter) or of the return value (on the method), written as C
 * writes it: {@code "size_t"}, {@code "unsigned int"}, {@code "const uint8_t*"}. Needed where the
 * Java type alone is ambiguous; without it, {@code int} means {@code int}, {@code long} means
 * {@code int64_t}, {@code String} means {@code const char*}, {@code byte[]} means {@code uint8_t*}
 * and so on (see docs/types.md).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CType {

  String value();
}
