package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * How a C function reports failure, and so which exception the generated stub throws.
 *
 * @param kind the convention
 * @param statusTable for {@link Kind#STATUS}, the name of the library's status table
 * @param predicate for {@link Kind#PREDICATE}, the library function (C symbol or Java name) that
 *     tells from the result whether the call failed
 * @param messageFunction for {@link Kind#PREDICATE}, the library function that describes a failed
 *     result, if any
 */
public record ErrorModel(
    Kind kind,
    Optional<String> statusTable,
    Optional<String> predicate,
    Optional<String> messageFunction) {

  public static final ErrorModel NONE = of(Kind.NONE);

  /** A convention that names no other declaration. */
  public static ErrorModel of(Kind kind) {
    return new ErrorModel(kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@link Kind#PREDICATE}: the predicate and the optional message function. */
  public static ErrorModel predicate(String predicate, Optional<String> messageFunction) {
    return new ErrorModel(
        Kind.PREDICATE, Optional.empty(), Optional.of(predicate), messageFunction);
  }

  /** {@link Kind#STATUS}: the codes are those of the named status table. */
  public static ErrorModel status(String table) {
    return new ErrorModel(Kind.STATUS, Optional.of(table), Optional.empty(), Optional.empty());
  }

  /** The conventions. Spelled in YAML by {@link #yamlName()}. */
  public enum Kind {
    /** The result is returned as is; nothing is checked. */
    NONE("none"),
    /** {@code -1} means failure and errno says why ({@code open}, {@code read}). */
    MINUS_ONE_ERRNO("minus-one-errno"),
    /** {@code NULL} means failure and errno says why ({@code fopen}, {@code malloc}). */
    NULL_ERRNO("null-errno"),
    /** A negative result is {@code -errno} (Linux kernel style, many modern libraries). */
    NEGATIVE_ERRNO("negative-errno"),
    /** Any non-zero result is a failure code with no further meaning known. */
    NONZERO("nonzero"),
    /** The result is a status code from a table declared in the spec. */
    STATUS("status"),
    /**
     * A function of the library, called with the result, tells whether it is a failure ({@code
     * ZSTD_isError}); another may describe it ({@code ZSTD_getErrorName}).
     */
    PREDICATE("predicate");

    private final String yamlName;

    Kind(String yamlName) {
      this.yamlName = yamlName;
    }

    public String yamlName() {
      return yamlName;
    }

    /** Whether the stub must capture errno with {@code Linker.Option.captureCallState}. */
    public boolean capturesErrno() {
      return this == MINUS_ONE_ERRNO || this == NULL_ERRNO;
    }

    /**
     * Whether a failure carries an errno value, captured by the stub or returned negated, so a call
     * interrupted by a signal ({@code EINTR}) can be recognised and repeated.
     */
    public boolean reportsErrno() {
      return capturesErrno() || this == NEGATIVE_ERRNO;
    }
  }
}
