package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C symbol a method calls, when it differs from the method name. A versioned symbol is written
 * {@code name@VERSION} ({@code "vfunc@VER_1"}) and bound through {@code dlvsym}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Symbol {

  /** The symbol, e.g. {@code "sqlite3_open"}. */
  String value();
}
