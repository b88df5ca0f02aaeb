package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * One parameter of a callback type, in C order: what C passes to the Java callback.
 *
 * @param ref where it was declared
 * @param name the parameter name
 * @param cType the C type as declared
 * @param javaType how the Java callback receives it: a scalar, {@code String}, {@code String[]}
 *     ({@link JavaType.StringArray}, with {@code lengthFrom}), {@link JavaType.UserData}, {@code
 *     MemorySegment} or a handle class
 * @param charset the charset of string parameters, when it overrides the library default
 * @param lengthFrom for a {@code String[]}: the integer parameter giving its element count
 * @param userDataFrom the C function that returns the callback's user data when given this
 *     parameter ({@code sqlite3_user_data(ctx)}), for callbacks that C passes no {@code void*}
 *     (YAML {@code user_data_from:}, {@code @UserDataFrom})
 */
public record CallbackParam(
    SourceRef ref,
    String name,
    CTypeExpr cType,
    JavaType javaType,
    Optional<String> charset,
    Optional<String> lengthFrom,
    Optional<String> userDataFrom) {

  /** A parameter that is not a way to the user data. */
  public CallbackParam(
      SourceRef ref,
      String name,
      CTypeExpr cType,
      JavaType javaType,
      Optional<String> charset,
      Optional<String> lengthFrom) {
    this(ref, name, cType, javaType, charset, lengthFrom, Optional.empty());
  }
}
