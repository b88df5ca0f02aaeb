package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Java {@code null} is accepted for this parameter and passed as C {@code NULL}. Without it, a
 * {@code null} argument is rejected with a {@link NullPointerException} naming the parameter,
 * before the call. Any annotation named {@code Nullable} (JSpecify, JetBrains, ...) counts.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {}
