package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Repeat the call while it fails with {@code EINTR} (a signal interrupted it). Needs an errno
 * convention. Only for calls that are safe to repeat as they are (no timeout to recompute).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RetryOnEintr {}
