package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts the risk that C writes past this array: the C function may write it (it is {@link Out},
 * {@link InOut}, or a pointer to non-{@code const} data), and no length ({@link WithLength}) or
 * bound ({@link BoundedBy}) states how much it may write. Without this annotation such an array is
 * refused, because the stub can only check that it holds one element: if C writes more, it
 * overwrites memory next to the copy and the call corrupts the process. Use it only when the C
 * function's own contract fixes the size and every caller passes an array at least that long (a
 * single {@code int*} result, a fixed {@code char[16]} buffer). The YAML form is {@code size:
 * unchecked}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface UncheckedSize {}
