package dev.ffmbind.processor.diag;

import dev.ffmbind.processor.model.SourceRef;
import javax.tools.Diagnostic.Kind;

/**
 * One problem found in the user's input, with where it is.
 *
 * @param message the catalogue entry
 * @param kind error or warning
 * @param text the rendered text, including the {@code [id]} tag
 * @param ref where to point
 */
public record Diagnostic(Message message, Kind kind, String text, SourceRef ref) {

  /** {@code ref: error: text}, the form the CLI prints. */
  public String format() {
    return ref.describe() + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
  }
}
