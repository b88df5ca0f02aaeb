package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the first variadic argument of a C function declared with {@code ...}: this parameter and
 * every one after it are passed as variadic arguments (the downcall is linked with {@code
 * Linker.Option.firstVariadicArg}). Each Java method fixes the types of its variadic arguments, so
 * several methods may bind the same C symbol with different ones. C promotes small variadic
 * arguments, so a variadic {@code float}, {@code char}, {@code short} or {@code bool} is refused:
 * declare the promoted type ({@code double} or {@code int}). The YAML form is {@code variadic:
 * true} on the parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Variadic {}
