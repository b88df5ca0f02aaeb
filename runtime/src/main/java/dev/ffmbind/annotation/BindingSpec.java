package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names YAML binding specs for the ffmbind processor to generate. Put it on a {@code
 * package-info.java} or any class; each path is resolved relative to the annotated element's
 * package on the source path, then the class path (so {@code src/main/resources} works in Maven),
 * then as an absolute resource name when it starts with {@code /}.
 *
 * <pre>{@code
 * @BindingSpec("sqlite3.yaml")
 * package com.example.sqlite;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface BindingSpec {

  /** Spec paths, e.g. {@code "sqlite3.yaml"}. */
  String[] value();
}
