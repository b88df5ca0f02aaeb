package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * An opaque C struct that Java only holds pointers to ({@code sqlite3}), carried by a typed handle
 * class.
 *
 * @param ref where it was declared
 * @param cName the C struct/typedef name, without {@code *}
 * @param javaClass the handle class
 * @param generated whether ffmbind generates the class (YAML) or the user wrote it (annotations)
 * @param doc documentation for the generated class; may be empty
 * @param destructor the C function that frees a {@code cName*} ({@code sqlite3_close}), if the type
 *     has one: owned handles call it exactly once when closed
 */
public record OpaqueType(
    SourceRef ref,
    String cName,
    JavaClassName javaClass,
    boolean generated,
    String doc,
    Optional<String> destructor) {}
