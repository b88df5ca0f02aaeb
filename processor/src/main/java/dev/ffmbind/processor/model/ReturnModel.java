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
 * @param pointsInto for a returned pointer: what it may point into, when stated. A parameter name
 *     means the Java method returns the position in that copied argument instead of the pointer;
 *     {@link #NO_ARGUMENT} states that C never returns a pointer into the arguments
 */
public record ReturnModel(
    SourceRef ref,
    CTypeExpr cType,
    JavaType javaType,
    Ownership ownership,
    Optional<String> charset,
    Optional<String> size,
    Optional<String> pointsInto) {

  /** {@link #pointsInto()} of a pointer that never points into an argument (no name is empty). */
  public static final String NO_ARGUMENT = "";

  /** A return value that says nothing about where it points. */
  public ReturnModel(
      SourceRef ref,
      CTypeExpr cType,
      JavaType javaType,
      Ownership ownership,
      Optional<String> charset,
      Optional<String> size) {
    this(ref, cType, javaType, ownership, charset, size, Optional.empty());
  }

  /** The argument the returned pointer points into, if one is named. */
  public Optional<String> pointsIntoParam() {
    return pointsInto.filter(name -> !name.equals(NO_ARGUMENT));
  }

  /** A return value without a declared size. */
  public ReturnModel(
      SourceRef ref,
      CTypeExpr cType,
      JavaType javaType,
      Ownership ownership,
      Optional<String> charset) {
    this(ref, cType, javaType, ownership, charset, Optional.empty());
  }
}
