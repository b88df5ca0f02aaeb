package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The function is short, never blocks, never calls back into Java and never keeps a pointer it was
 * given, so it may be linked with {@code Linker.Option.critical}, which skips the thread state
 * transition. The JVM cannot reach a safepoint during the call: a long critical call stalls garbage
 * collection for its whole duration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Critical {}
