package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a pointer the method returns points. Arrays, strings and heap buffers are copied into
 * scratch memory that is released when the call returns, so a pointer C returns into one of them
 * would dangle: a method returning a pointer ({@code MemorySegment}, or a borrowed {@code
 * NativeBuffer}) that takes such an argument must say which.
 *
 * <ul>
 *   <li>{@code @PointsInto("base")}: the pointer points into parameter {@code base}, and the method
 *       returns its position there as a {@code long} instead: the element index for an array, the
 *       byte offset for a {@code String} (encoded) or a {@code ByteBuffer} (from its position), -1
 *       for {@code NULL}. A pointer outside the argument throws {@code IllegalStateException}.
 *   <li>{@code @PointsInto(PointsInto.NONE)}: C never returns a pointer into the arguments ({@code
 *       fopen}); the method returns the pointer.
 * </ul>
 *
 * <pre>{@code
 * // void* bsearch(const void* key, const void* base, size_t nmemb, size_t size, cmp)
 * @CType("void*") @PointsInto("base")
 * long bsearch(@CType("const void*") int[] key, @CType("const void*") @WithLength(name = "nmemb")
 *     @WithElementSize(name = "size") int[] base, @Lifetime(Lifetime.Kind.CALL) IntComparator c);
 * }</pre>
 *
 * <p>On a {@code char**} out-parameter carried as {@code Ref<Long>} ({@code strtol}'s {@code
 * endptr}), it names the argument the pointer C writes points into; the {@code Ref} receives its
 * position there, as for a returned pointer.
 *
 * <pre>{@code
 * // long strtol(const char* nptr, char** endptr, int base)
 * long strtol(String nptr, @PointsInto("nptr") Ref<Long> endptr, int base);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface PointsInto {

  /** {@link #value()} of a pointer that never points into an argument. */
  String NONE = "";

  /** The parameter the returned pointer points into, or {@link #NONE}. */
  String value();
}
