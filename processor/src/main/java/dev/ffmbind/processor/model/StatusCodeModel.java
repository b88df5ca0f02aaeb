package dev.ffmbind.processor.model;

/**
 * One named value of a status table ({@code SQLITE_BUSY = 5}).
 *
 * @param ref where it was declared
 * @param name the C name
 * @param value the numeric value
 * @param success whether the value means the call succeeded ({@code SQLITE_OK}, {@code SQLITE_ROW})
 * @param description a human-readable meaning, used in exception messages; may be empty
 */
public record StatusCodeModel(
    SourceRef ref, String name, long value, boolean success, String description) {}
