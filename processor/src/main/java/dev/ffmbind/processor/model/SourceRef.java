package dev.ffmbind.processor.model;

/**
 * Where a piece of the model came from, so a diagnostic can point at it.
 *
 * <p>The YAML front end implements it with {@code file:line:column}; the annotation front end with
 * the element, annotation and annotation value that declared it. The model itself never looks
 * inside: only whoever prints diagnostics does.
 */
public interface SourceRef {

  /** A short human-readable location, e.g. {@code sqlite3.yaml:12:5} or {@code Libc.open(..)}. */
  String describe();

  /**
   * Whether this place is Java source (an annotated interface), so messages name annotations
   * ({@code @Opaque}) rather than YAML keys ({@code opaque_types}).
   */
  default boolean inJavaSource() {
    return false;
  }

  /** For model parts synthesized by ffmbind itself (no user source to point at). */
  SourceRef NONE = () -> "<ffmbind>";
}
