package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * What a C function returns and how the Java method returns it.
 *
 * @param ref where it was declared
 * @param cType the C return type ({@code void} for none)
 * @param javaType the Java return type
 * @param ownership for pointers: whether the memory is the caller's to free, and with what
 * @param charset for strings: the charset, when it overrides the library default
 * @param size for a {@link JavaType.NativeBuf} or a {@link JavaType.Str} of known length: the
 *     parameter that gives its size in bytes, either an integer input parameter ({@code n} of
 *     {@code void* xmalloc(size_t n)}) or a hidden out-parameter ({@code size_t* out_len}, marked
 *     {@link ParamModel#resultSize()}) that C writes
 */
public record ReturnModel(
    SourceRef ref, CTypeExpr cType, JavaType javaType, Ownership ownership, Optional<String> charset,
    Optional<String> size) {

  /** A return value without a declared size. */
  public ReturnModel(SourceRef ref, CTypeExpr cType, JavaType javaType, Ownership ownership, Optional<String> charset) {
    this(ref, cType, javaType, ownership, charset, Optional.empty());
  }
}
