package dev.ffmbind.it.ownership;

import dev.ffmbind.NativeBuffer;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.ReturnSize;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.WithLength;

/** Returned buffers through annotations: the same C functions as buffers.yaml. */
@NativeLibrary("ffmbindsafety")
public interface BufferApi {

  /** {@code uint8_t* safety_buf_make(int n, size_t* out_len)}: the out-length is hidden, last. */
  @Owned(free = "safety_buf_free")
  @ReturnSize(value = "outLen", out = "size_t*")
  @Errors(ErrorConvention.NULL_ERRNO)
  @Symbol("safety_buf_make")
  NativeBuffer make(int n);

  /** {@code void* safety_xmalloc(size_t n)}: the size is the input, freed with libc's free. */
  @Owned
  @ReturnSize("n")
  @CType("void*")
  @Symbol("safety_xmalloc")
  NativeBuffer xmalloc(@CType("size_t") long n);

  /** {@code const uint8_t* safety_buf_borrowed(uint32_t* out_len)}. */
  @ReturnSize(value = "outLen", out = "uint32_t*")
  @CType("const uint8_t*")
  @Symbol("safety_buf_borrowed")
  NativeBuffer borrowed();

  @Symbol("safety_buf_frees")
  @CType("long")
  long frees();

  /**
   * {@code char* safety_sized_dup(const char* s, size_t n, size_t* out_len)}: a sized string both
   * ways.
   */
  @Owned(free = "safety_buf_free")
  @ReturnSize(value = "outLen", out = "size_t*")
  @CType("char*")
  @Symbol("safety_sized_dup")
  String sizedDup(@WithLength("size_t") String s);

  /** {@code const char* safety_name_with_nul(size_t* out_len)}, borrowed. */
  @ReturnSize(value = "outLen", out = "size_t*", position = 0)
  @Symbol("safety_name_with_nul")
  String nameWithNul();
}
