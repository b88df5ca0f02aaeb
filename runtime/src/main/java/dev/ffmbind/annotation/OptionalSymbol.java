package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The library may lack this function (older versions do). {@code load()} does not require it;
 * calling the method when the symbol is missing throws {@code
 * dev.ffmbind.SymbolUnavailableException} naming the symbol and the library. The generated class
 * has {@code boolean has<Method>()} to ask first; declare it as a {@code default} method of the
 * interface (returning {@code false}) to reach it through the interface, and the generated class
 * overrides it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OptionalSymbol {}
