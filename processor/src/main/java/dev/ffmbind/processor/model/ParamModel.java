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
    Optional<String> elementSizeOf) {

  /** A parameter that is not the element size of another. */
  public ParamModel(
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
      boolean sizeUnchecked) {
    this(
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
        Optional.empty());
  }

  /** A hidden parameter the stub passes as the element size of array {@code of}. */
  public static ParamModel elementSize(
      SourceRef ref, String name, CTypeExpr cType, JavaType javaType, String of) {
    return new ParamModel(
        ref,
        name,
        cType,
        javaType,
        Direction.IN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        Ownership.BORROWED,
        false,
        false,
        Optional.of(of));
  }

  /** A parameter whose size, if it is an array C may write, is stated (or not needed). */
  public ParamModel(
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
      boolean resultSize) {
    this(
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
        false);
  }

  /** A parameter that is not a hidden result size. */
  public ParamModel(
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
      Ownership ownership) {
    this(
        ref, name, cType, javaType, direction, charset, lengthOf, boundsOf, nullable, lifetime,
        ownership, false);
  }

  /**
   * This parameter as the hidden out-length of the return value (written by C, read after the
   * call).
   */
  public ParamModel asResultSize() {
    return new ParamModel(
        ref,
        name,
        cType,
        javaType,
        Direction.OUT,
        charset,
        lengthOf,
        boundsOf,
        nullable,
        lifetime,
        ownership,
        true,
        sizeUnchecked,
        elementSizeOf);
  }

  /** A parameter that owns nothing. */
  public ParamModel(
      SourceRef ref,
      String name,
      CTypeExpr cType,
      JavaType javaType,
      Direction direction,
      Optional<String> charset,
      Optional<String> lengthOf,
      Optional<String> boundsOf,
      boolean nullable,
      Optional<LifetimeModel> lifetime) {
    this(
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
        Ownership.BORROWED);
  }

  /** A parameter that is not a callback. */
  public ParamModel(
      SourceRef ref,
      String name,
      CTypeExpr cType,
      JavaType javaType,
      Direction direction,
      Optional<String> charset,
      Optional<String> lengthOf,
      Optional<String> boundsOf,
      boolean nullable) {
    this(
        ref,
        name,
        cType,
        javaType,
        direction,
        charset,
        lengthOf,
        boundsOf,
        nullable,
        Optional.empty());
  }

  /** Whether the parameter appears in the Java method signature. */
  public boolean isInJavaSignature() {
    return lengthOf.isEmpty() && !resultSize && elementSizeOf.isEmpty();
  }
}
