package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * One C parameter of a function, in C order.
 *
 * @param ref where it was declared
 * @param name the parameter name (Java and C)
 * @param cType the C type as declared (typedefs not yet expanded; see {@link CTypes})
 * @param javaType how the Java API carries it
 * @param direction for pointers to data: which way it is copied
 * @param charset the charset of a string parameter, when it overrides the library default
 * @param lengthOf when present, this parameter is not in the Java signature: the stub passes the
 *     length of the named array parameter (elements, not bytes)
 * @param boundsOf when present, the caller passes this length and the stub checks it against the
 *     named array parameter before the call
 * @param nullable whether Java {@code null} is accepted (passed as C {@code NULL})
 * @param lifetime for a callback parameter ({@link JavaType.Callback}): how long C may call it
 * @param ownership for a handle out-parameter ({@link JavaType.HandleRef}): whether the handle C
 *     writes is owned (closed with its type's destructor) or borrowed
 * @param resultSize whether this is the out-parameter through which C reports the size of the
 *     returned buffer or string ({@code size_t* out_len}, named by {@link ReturnModel#size()}): it
 *     is not in the Java signature; the stub passes a scratch slot and reads it after the call
 * @param sizeUnchecked whether the user accepted that an array C may write has no stated size (YAML
 *     {@code size: unchecked}, {@code @UncheckedSize}): the stub then only checks that it holds one
 *     element, and C writing past it overwrites other memory
 * @param elementSizeOf when present, this parameter is not in the Java signature: the stub passes
 *     the size in bytes of one element of the named array or typed pointer (a constant)
 * @param variadic whether this is the first variadic argument (the first one after C's {@code
 *     ...}): it and every parameter after it are passed as variadic arguments, linked with {@code
 *     Linker.Option.firstVariadicArg}
 * @param pointsInto for a pointer C writes through this out-parameter ({@link
 *     JavaType.PositionRef}, {@code strtol}'s {@code endptr}): the copied argument it points into
 * @param handle for a callback of lifetime {@link LifetimeModel#HANDLE}, or a user-data parameter
 *     set on a handle: the opaque-handle parameter it is set on
 * @param slot for a user-data parameter set on a handle: which of the handle's user-data values it
 *     sets (default: the type of the function's callback, or {@code user_data})
 */
public record ParamModel(
    SourceRef ref,
    String name,
    CTypeExpr cType,
    JavaType javaType,
    Direction direction,
    Optional<String> charset,
    Optional<String> lengthOf,
    Optional<String> boundsOf,
    boolean nullable,
    Optional<LifetimeModel> lifetime,
    Ownership ownership,
    boolean resultSize,
    boolean sizeUnchecked,
    Optional<String> elementSizeOf,
    boolean variadic,
    Optional<String> pointsInto,
    Optional<String> handle,
    Optional<String> slot) {

  /**
   * A builder for a parameter: by default an input ({@link Direction#IN}) in the Java signature,
   * not nullable, borrowed, with no charset, lifetime, or links to other parameters.
   */
  public static Builder builder(SourceRef ref, String name, CTypeExpr cType, JavaType javaType) {
    return new Builder(ref, name, cType, javaType);
  }

  /** A hidden parameter the stub passes as the element size of array {@code of}. */
  public static ParamModel elementSize(
      SourceRef ref, String name, CTypeExpr cType, JavaType javaType, String of) {
    return builder(ref, name, cType, javaType).elementSizeOf(of).build();
  }

  /** This parameter carried by another Java type (a struct pointer named by a length: an array). */
  public ParamModel withJavaType(JavaType other) {
    return builder(ref, name, cType, other)
        .direction(direction)
        .charset(charset)
        .lengthOf(lengthOf)
        .boundsOf(boundsOf)
        .nullable(nullable)
        .lifetime(lifetime)
        .ownership(ownership)
        .resultSize(resultSize)
        .sizeUnchecked(sizeUnchecked)
        .elementSizeOf(elementSizeOf)
        .variadic(variadic)
        .build();
  }

  /**
   * This parameter as the hidden out-length of the return value (written by C, read after the
   * call).
   */
  public ParamModel asResultSize() {
    return builder(ref, name, cType, javaType)
        .direction(Direction.OUT)
        .charset(charset)
        .lengthOf(lengthOf)
        .boundsOf(boundsOf)
        .nullable(nullable)
        .lifetime(lifetime)
        .ownership(ownership)
        .resultSize(true)
        .sizeUnchecked(sizeUnchecked)
        .elementSizeOf(elementSizeOf)
        .variadic(variadic)
        .pointsInto(pointsInto)
        .handle(handle)
        .slot(slot)
        .build();
  }

  /** Whether the parameter appears in the Java method signature. */
  public boolean isInJavaSignature() {
    return lengthOf.isEmpty() && !resultSize && elementSizeOf.isEmpty();
  }

  /** Builds a {@link ParamModel}; the defaults of the optional components are set here. */
  public static final class Builder {
    private final SourceRef ref;
    private final String name;
    private final CTypeExpr cType;
    private final JavaType javaType;
    private Direction direction = Direction.IN;
    private Optional<String> charset = Optional.empty();
    private Optional<String> lengthOf = Optional.empty();
    private Optional<String> boundsOf = Optional.empty();
    private boolean nullable;
    private Optional<LifetimeModel> lifetime = Optional.empty();
    private Ownership ownership = Ownership.BORROWED;
    private boolean resultSize;
    private boolean sizeUnchecked;
    private Optional<String> elementSizeOf = Optional.empty();
    private boolean variadic;
    private Optional<String> pointsInto = Optional.empty();
    private Optional<String> handle = Optional.empty();
    private Optional<String> slot = Optional.empty();

    private Builder(SourceRef ref, String name, CTypeExpr cType, JavaType javaType) {
      this.ref = ref;
      this.name = name;
      this.cType = cType;
      this.javaType = javaType;
    }

    /** Sets {@link ParamModel#direction()}. */
    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /** Sets {@link ParamModel#charset()}. */
    public Builder charset(Optional<String> charset) {
      this.charset = charset;
      return this;
    }

    /** Sets {@link ParamModel#charset()} to a charset. */
    public Builder charset(String charset) {
      return charset(Optional.of(charset));
    }

    /** Sets {@link ParamModel#lengthOf()}. */
    public Builder lengthOf(Optional<String> lengthOf) {
      this.lengthOf = lengthOf;
      return this;
    }

    /** Sets {@link ParamModel#lengthOf()} to an array parameter. */
    public Builder lengthOf(String array) {
      return lengthOf(Optional.of(array));
    }

    /** Sets {@link ParamModel#boundsOf()}. */
    public Builder boundsOf(Optional<String> boundsOf) {
      this.boundsOf = boundsOf;
      return this;
    }

    /** Sets {@link ParamModel#boundsOf()} to an array parameter. */
    public Builder boundsOf(String array) {
      return boundsOf(Optional.of(array));
    }

    /** Sets {@link ParamModel#nullable()}. */
    public Builder nullable(boolean nullable) {
      this.nullable = nullable;
      return this;
    }

    /** Sets {@link ParamModel#lifetime()}. */
    public Builder lifetime(Optional<LifetimeModel> lifetime) {
      this.lifetime = lifetime;
      return this;
    }

    /** Sets {@link ParamModel#lifetime()} to a lifetime. */
    public Builder lifetime(LifetimeModel lifetime) {
      return lifetime(Optional.of(lifetime));
    }

    /** Sets {@link ParamModel#ownership()}. */
    public Builder ownership(Ownership ownership) {
      this.ownership = ownership;
      return this;
    }

    /** Sets {@link ParamModel#resultSize()}. */
    public Builder resultSize(boolean resultSize) {
      this.resultSize = resultSize;
      return this;
    }

    /** Sets {@link ParamModel#sizeUnchecked()}. */
    public Builder sizeUnchecked(boolean sizeUnchecked) {
      this.sizeUnchecked = sizeUnchecked;
      return this;
    }

    /** Sets {@link ParamModel#elementSizeOf()}. */
    public Builder elementSizeOf(Optional<String> elementSizeOf) {
      this.elementSizeOf = elementSizeOf;
      return this;
    }

    /** Sets {@link ParamModel#elementSizeOf()} to an array or typed pointer parameter. */
    public Builder elementSizeOf(String of) {
      return elementSizeOf(Optional.of(of));
    }

    /** Sets {@link ParamModel#variadic()}. */
    public Builder variadic(boolean variadic) {
      this.variadic = variadic;
      return this;
    }

    /** Sets {@link ParamModel#pointsInto()}. */
    public Builder pointsInto(Optional<String> pointsInto) {
      this.pointsInto = pointsInto;
      return this;
    }

    /** Sets {@link ParamModel#handle()}. */
    public Builder handle(Optional<String> handle) {
      this.handle = handle;
      return this;
    }

    /** Sets {@link ParamModel#slot()}. */
    public Builder slot(Optional<String> slot) {
      this.slot = slot;
      return this;
    }

    /** The parameter. */
    public ParamModel build() {
      return new ParamModel(
          ref,
          name,
          cType,
          javaType,
          direction,
          charset,
          lengthOf,
          boundsOf,
          nullable,
          lifetime,
          ownership,
          resultSize,
          sizeUnchecked,
          elementSizeOf,
          variadic,
          pointsInto,
          handle,
          slot);
    }
  }
}
