package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handle class for an opaque C type. The class extends {@code dev.ffmbind.NativeHandle}
 * and has a non-private constructor taking a {@code MemorySegment}; a method parameter of this
 * class is passed as {@code <value>*}, a {@code Ref<ThisClass>} as {@code <value>**}.
 *
 * <pre>{@code
 * @Opaque("sqlite3")
 * final class Db extends NativeHandle {
 *   Db(MemorySegment address) { super(address); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Opaque {

  /** The C type name without {@code *}, e.g. {@code "sqlite3"}. */
  String value();
}
