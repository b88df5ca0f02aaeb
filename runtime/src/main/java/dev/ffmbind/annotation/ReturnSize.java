package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The size in bytes of what the method returns: a {@code dev.ffmbind.NativeBuffer} (the C function
 * returns {@code uint8_t*} or {@code void*}) or a {@code String} that is not NUL-terminated, or may
 * contain NUL ({@code const char*} plus a length; embedded NULs are kept). Either an integer
 * parameter of the method gives it, or C writes it through an out-parameter that {@link #out()}
 * declares: that parameter is hidden from Java, the stub passes a scratch slot and reads it after
 * the call.
 *
 * <pre>{@code
 * // void* xmalloc(size_t n): the size is an input
 * @Owned @ReturnSize("n") NativeBuffer xmalloc(@CType("size_t") long n);
 *
 * // uint8_t* tl_make(int n, size_t* out_len): C writes the size; freed with tl_free
 * @Owned(free = "tl_free") @ReturnSize(value = "outLen", out = "size_t*") NativeBuffer make(int n);
 *
 * // const char* tl_name(size_t* out_len): a borrowed string of known length
 * @ReturnSize(value = "outLen", out = "size_t*") String name();
 * }</pre>
 *
 * With {@link Owned} the memory is the caller's: a {@code NativeBuffer}'s {@code close()} frees it
 * exactly once, a {@code String} is copied and then freed. Without it the memory stays C's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ReturnSize {

  /**
   * The parameter that gives the size: an integer parameter of the method, or (with {@link #out()})
   * the name of the hidden out-parameter.
   */
  String value();

  /**
   * The C type of the hidden out-parameter through which C writes the size, a pointer to an integer
   * ({@code "size_t*"}); empty (the default) when {@link #value()} names a parameter of the method.
   */
  String out() default "";

  /**
   * The position of the hidden out-parameter among the C parameters (0 is first); -1, the default,
   * is last.
   */
  int position() default -1;
}
