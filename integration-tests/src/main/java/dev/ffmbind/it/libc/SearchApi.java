package dev.ffmbind.it.libc;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.In;
import dev.ffmbind.annotation.InOut;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.PointsInto;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.WithElementSize;
import dev.ffmbind.annotation.WithLength;
import java.lang.foreign.MemorySegment;

/**
 * libc {@code qsort}, {@code bsearch} and {@code strchr} on Java values through the annotation
 * front end: the element size is passed for the caller, and a pointer into the scratch copy of an
 * argument comes back as its position there. Generates {@code SearchApi_Ffm}.
 */
@NativeLibrary("c")
public interface SearchApi {

  /** {@code int (*cmp_fn)(const void* a, const void* b)} over ints. */
  @Callback("cmp_fn")
  interface IntOrder {
    int compare(@CType("const int*") MemorySegment a, @CType("const int*") MemorySegment b);
  }

  /** {@code void qsort(void* base, size_t nmemb, size_t size, cmp_fn compar)}. */
  void qsort(
      @CType("int*") @InOut @WithLength(name = "nmemb") @WithElementSize(name = "size") int[] base,
      @Lifetime(CallbackLifetime.CALL) IntOrder compar);

  /** {@code void* bsearch(const void* key, const void* base, size_t n, size_t size, cmp_fn)}. */
  @CType("void*")
  @PointsInto("base")
  long bsearch(
      @CType("const int*") @In int[] key,
      @CType("const int*") @WithLength(name = "nmemb") @WithElementSize(name = "size") int[] base,
      @Lifetime(CallbackLifetime.CALL) IntOrder compar);

  /** {@code char* strchr(const char* s, int c)}: the byte offset of {@code c} in {@code s}. */
  @CType("char*")
  @PointsInto("s")
  long strchr(String s, int c);

  /** The same bsearch, declared wrongly: the pointer is never in {@code key}. */
  @Symbol("bsearch")
  @CType("void*")
  @PointsInto("key")
  long bsearchInKey(
      @CType("const int*") @In int[] key,
      @CType("const int*") @WithLength(name = "nmemb") @WithElementSize(name = "size") int[] base,
      @Lifetime(CallbackLifetime.CALL) IntOrder compar);
}
