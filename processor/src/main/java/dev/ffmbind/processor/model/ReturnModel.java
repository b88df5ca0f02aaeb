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

  /**
   * A builder for a return value: by default borrowed, with no charset, size or {@code pointsInto}.
   */
  public static Builder builder(SourceRef ref, CTypeExpr cType, JavaType javaType) {
    return new Builder(ref, cType, javaType);
  }

  /** The argument the returned pointer points into, if one is named. */
  public Optional<String> pointsIntoParam() {
    return pointsInto.filter(name -> !name.equals(NO_ARGUMENT));
  }

  /** Builds a {@link ReturnModel}; the defaults of the optional components are set here. */
  public static final class Builder {
    private final SourceRef ref;
    private final CTypeExpr cType;
    private final JavaType javaType;
    private Ownership ownership = Ownership.BORROWED;
    private Optional<String> charset = Optional.empty();
    private Optional<String> size = Optional.empty();
    private Optional<String> pointsInto = Optional.empty();

    private Builder(SourceRef ref, CTypeExpr cType, JavaType javaType) {
      this.ref = ref;
      this.cType = cType;
      this.javaType = javaType;
    }

    /** Sets {@link ReturnModel#ownership()}. */
    public Builder ownership(Ownership ownership) {
      this.ownership = ownership;
      return this;
    }

    /** Sets {@link ReturnModel#charset()}. */
    public Builder charset(Optional<String> charset) {
      this.charset = charset;
      return this;
    }

    /** Sets {@link ReturnModel#size()}. */
    public Builder size(Optional<String> size) {
      this.size = size;
      return this;
    }

    /** Sets {@link ReturnModel#pointsInto()}. */
    public Builder pointsInto(Optional<String> pointsInto) {
      this.pointsInto = pointsInto;
      return this;
    }

    /** The return value. */
    public ReturnModel build() {
      return new ReturnModel(ref, cType, javaType, ownership, charset, size, pointsInto);
    }
  }
}
