package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.model.SourceRef;

/**
 * A place in a YAML binding spec.
 *
 * @param file the spec's file name as given to the reader
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record YamlRef(String file, int line, int column) implements SourceRef {

  /** {@code sqlite3.yaml:12:5}. */
  @Override
  public String describe() {
    return file + ":" + line + ":" + column;
  }

  @Override
  public String toString() {
    return describe();
  }
}
