package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * What a C function returns and how the Java method returns it.
 *
 * @param ref where it was declared
 * @param cType the C return type ({@code void} for none)
 * @param javaType the Java return type
 * @param ownership for pointers: whether the stub frees the memory after copying it
 * @param charset for strings: the charset, when it overrides the library default
 */
public record ReturnModel(
    SourceRef ref, CType cType, JavaType javaType, Ownership ownership, Optional<String> charset) {}
