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
 */
public record ParamModel(
    SourceRef ref,
    String name,
    CType cType,
    JavaType javaType,
    Direction direction,
    Optional<String> charset,
    Optional<String> lengthOf,
    Optional<String> boundsOf,
    boolean nullable,
    Optional<Lifetime> lifetime,
    Ownership ownership) {

  /** A parameter that owns nothing. */
  public ParamModel(SourceRef ref, String name, CType cType, JavaType javaType, Direction direction,
      Optional<String> charset, Optional<String> lengthOf, Optional<String> boundsOf, boolean nullable,
      Optional<Lifetime> lifetime) {
    this(ref, name, cType, javaType, direction, charset, lengthOf, boundsOf, nullable, lifetime, Ownership.BORROWED);
  }

  /** A parameter that is not a callback. */
  public ParamModel(SourceRef ref, String name, CType cType, JavaType javaType, Direction direction,
      Optional<String> charset, Optional<String> lengthOf, Optional<String> boundsOf, boolean nullable) {
    this(ref, name, cType, javaType, direction, charset, lengthOf, boundsOf, nullable, Optional.empty());
  }

  /** Whether the parameter appears in the Java method signature. */
  public boolean isInJavaSignature() {
    return lengthOf.isEmpty();
  }
}
