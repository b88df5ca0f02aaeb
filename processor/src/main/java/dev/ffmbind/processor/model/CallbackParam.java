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
 */
public record CallbackParam(
    SourceRef ref,
    String name,
    CTypeExpr cType,
    JavaType javaType,
    Optional<String> charset,
    Optional<String> lengthFrom) {}
