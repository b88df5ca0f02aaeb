package dev.ffmbind.processor.diag;

import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of a whole compilation so the user sees all of them at once. Front ends and
 * the validator add to it; the processor (or the CLI) prints it; nothing is generated for a binding
 * while it has errors.
 */
public final class Diagnostics {

  private final List<Diagnostic> items = new ArrayList<>();

  public void error(SourceRef ref, Message message, Object... args) {
    items.add(new Diagnostic(message, message.kind(), message.render(ref, args), ref));
  }

  public void warning(SourceRef ref, Message message, Object... args) {
    items.add(
        new Diagnostic(
            message, javax.tools.Diagnostic.Kind.WARNING, message.render(ref, args), ref));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(d -> d.kind() == javax.tools.Diagnostic.Kind.ERROR);
  }

  public int errorCount() {
    return (int) items.stream().filter(d -> d.kind() == javax.tools.Diagnostic.Kind.ERROR).count();
  }

  public List<Diagnostic> all() {
    return List.copyOf(items);
  }

  public void addAll(Collection<Diagnostic> more) {
    items.addAll(more);
  }

  /** A "did you mean" suffix for an unknown word, or an empty string when nothing is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** The candidate with the smallest edit distance, if it is close enough to be a typo. */
  public static java.util.Optional<String> closest(String word, Collection<String> candidates) {
    return candidates.stream()
        .map(
            c ->
                java.util.Map.entry(
                    c,
                    distance(
                        word.toLowerCase(java.util.Locale.ROOT),
                        c.toLowerCase(java.util.Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(2, e.getKey().length() / 3))
        .min(
            Comparator.comparingInt(java.util.Map.Entry<String, Integer>::getValue)
                .thenComparing(java.util.Map.Entry::getKey))
        .map(java.util.Map.Entry::getKey);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
