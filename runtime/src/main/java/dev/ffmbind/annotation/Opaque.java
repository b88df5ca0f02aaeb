package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handle class for an opaque C type. The class extends {@code dev.ffmbind.NativeHandle} and
 * has a non-private constructor taking a {@code MemorySegment}; a method parameter of this class is
 * passed as {@code <value>*}, a {@code Ref<ThisClass>} as {@code <value>**}.
 *
 * <p>A type with a {@link #destructor()} also needs a non-private constructor taking {@code
 * (MemorySegment, NativeHandle.Destructor)} that passes both to {@code super}: the generated code
 * uses it for handles that methods marked {@link Owned} return, so that {@code close()} frees them
 * exactly once.
 *
 * <pre>{@code
 * @Opaque(value = "sqlite3", destructor = "sqlite3_close")
 * final class Db extends NativeHandle {
 *   Db(MemorySegment address) { super(address); }                                   // borrowed
 *   Db(MemorySegment address, Destructor destructor) { super(address, destructor); } // owned
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Opaque {

  /** The C type name without {@code *}, e.g. {@code "sqlite3"}. */
  String value();

  /**
   * The C function of the library that frees a {@code <value>*} ({@code "sqlite3_close"}), or
   * {@code ""} for none. It takes the pointer and returns {@code void} or a status; if the
   * interface declares it as a method too, that method's error convention checks the status.
   */
  String destructor() default "";
}
