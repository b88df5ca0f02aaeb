package dev.ffmbind.processor.frontend.yaml;

import java.util.List;
import java.util.Optional;

/**
 * The parts {@link YamlSchema} is made of: the kinds of value a key may hold, a key, and a section
 * (a kind of YAML map). The schema's tables are built from these; {@link Fields} reads through
 * them.
 */
public final class SchemaParts {

  private SchemaParts() {}

  /** What a key's value must be. */
  public enum Kind {
    /** Any string. */
    STRING("a string"),
    /** A C type spelling ({@code "const char*"}). */
    C_TYPE("a string"),
    /** One of the key's {@link Key#words()}. */
    WORD("a string"),
    /** {@code true} or {@code false} (YAML 1.2: nothing else). */
    BOOLEAN("true or false"),
    /** A 64-bit integer (decimal, {@code 0x} hex, negative). */
    INTEGER("an integer"),
    /** An integer, a floating number or a string: the value of a constant. */
    CONSTANT("a number or string"),
    /** A number or boolean, kept as written ({@code 0}, {@code false}, {@code 0.0}). */
    SCALAR("a number or boolean"),
    /** A list of strings. */
    STRING_LIST("a list"),
    /** A map from names to C type spellings. */
    C_TYPE_MAP("a map"),
    /** A list of maps of the key's {@link Key#section()}. */
    LIST("a list"),
    /** A C type spelling, or a map of the key's {@link Key#section()}. */
    C_TYPE_OR_MAP("a string"),
    /** One of the key's {@link Key#words()}, or a map of the key's {@link Key#section()}. */
    WORD_OR_MAP("a string");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    /** How messages name a value of this kind ({@code 'x' must be a list, but is ...}). */
    String expected() {
      return expected;
    }
  }

  /**
   * One key of a section.
   *
   * @param name the key as written
   * @param required whether the section must have it
   * @param kind what its value must be
   * @param words for {@link Kind#WORD} and {@link Kind#WORD_OR_MAP}: the allowed words, in the
   *     order messages and docs list them; empty otherwise
   * @param section for {@link Kind#LIST}, {@link Kind#C_TYPE_OR_MAP} and {@link Kind#WORD_OR_MAP}:
   *     the section of the maps it holds
   * @param defaultValue the value the reader uses when the key is left out, if it is a constant
   * @param doc one sentence for editors and docs
   */
  public record Key(
      String name,
      boolean required,
      Kind kind,
      List<String> words,
      Optional<Section> section,
      Optional<String> defaultValue,
      String doc) {
    public Key {
      words = List.copyOf(words);
    }
  }

  /**
   * A kind of YAML map in a spec.
   *
   * @param name a stable identifier ({@code function}, {@code param})
   * @param doc one sentence for editors and docs
   * @param keys every key the map may have, in the order the docs list them
   * @param oneOf optional keys of which the map must have exactly one (the reader checks it); empty
   *     when there is no such choice
   */
  public record Section(String name, String doc, List<Key> keys, List<String> oneOf) {
    public Section {
      keys = List.copyOf(keys);
      oneOf = List.copyOf(oneOf);
    }

    /** A section without a choice of keys. */
    Section(String name, String doc, List<Key> keys) {
      this(name, doc, keys, List.of());
    }

    /** The key of this name, if the section has one. */
    public Optional<Key> key(String keyName) {
      return keys.stream().filter(k -> k.name().equals(keyName)).findFirst();
    }

    /** The constant default of a key. */
    String defaultValue(String keyName) {
      return key(keyName).flatMap(Key::defaultValue).orElseThrow();
    }

    /** The keys' names, in order. */
    public List<String> keyNames() {
      return keys.stream().map(Key::name).toList();
    }
  }
}
