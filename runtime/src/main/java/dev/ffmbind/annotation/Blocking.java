package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The function may block for a long time (it sleeps, waits for I/O or for a lock), so a virtual
 * thread must not call it on its carrier: a virtual thread in a C call pins its carrier, and the
 * JDK adds no carrier for it. Called from a virtual thread, the generated method runs the whole
 * call on a platform thread of ffmbind's blocking pool and parks the virtual thread meanwhile;
 * called from a platform thread, it calls C directly. Cannot be combined with {@link Critical}. The
 * YAML twin is {@code blocking: true}; see docs/virtual-threads.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Blocking {}
