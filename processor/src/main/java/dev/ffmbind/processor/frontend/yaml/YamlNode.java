package dev.ffmbind.processor.frontend.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node with its location: the small tree the spec reader walks. Unlike Jackson's {@code
 * JsonNode}, every map key and every value keeps where it was written, and a map keeps its keys in
 * order together with any keys written twice.
 */
sealed interface YamlNode {

  /** Where the node starts; for a non-empty map, its first key (in block and flow style alike). */
  YamlRef ref();

  /** The node's kind for messages: {@code a map}, {@code a list}, {@code a string}, ... */
  String describeKind();

  /** The scalar kinds YAML distinguishes (as Jackson resolves them). */
  enum ScalarKind {
    STRING("a string"),
    INTEGER("an integer"),
    FLOAT("a number"),
    BOOLEAN("a boolean"),
    NULL("null"),
    /** An alias ({@code *name}); reported when the tree is built, ignored afterwards. */
    ALIAS("an alias");

    private final String description;

    ScalarKind(String description) {
      this.description = description;
    }
  }

  /**
   * A scalar.
   *
   * @param kind what YAML resolved it to
   * @param text the scalar's text (for an alias, the anchor name)
   * @param number for {@link ScalarKind#INTEGER}, the value if it fits in a {@code long}
   */
  record Scalar(ScalarKind kind, String text, Optional<Long> number, YamlRef ref)
      implements YamlNode {
    @Override
    public String describeKind() {
      return kind.description;
    }
  }

  /** One {@code key: value} of a map. */
  record Entry(String key, YamlRef keyRef, YamlNode value) {}

  /**
   * A map.
   *
   * @param entries the first occurrence of each key, in document order
   * @param duplicates later occurrences of keys already in {@code entries}
   */
  record MapNode(List<Entry> entries, List<Entry> duplicates, YamlRef ref) implements YamlNode {
    public MapNode {
      entries = List.copyOf(entries);
      duplicates = List.copyOf(duplicates);
    }

    Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describeKind() {
      return "a map";
    }
  }

  /** A list. */
  record ListNode(List<YamlNode> items, YamlRef ref) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describeKind() {
      return "a list";
    }
  }
}
