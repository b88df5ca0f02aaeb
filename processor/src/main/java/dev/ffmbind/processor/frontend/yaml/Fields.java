package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Key;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Kind;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Entry;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ScalarKind;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the keys of one map of a {@link SchemaParts.Section}. {@link #named} reports
 * duplicate and unknown keys once the map's name (for messages) is known; the getters report values
 * of the wrong kind and missing required keys.
 *
 * <p>Every getter looks its key up in the section and checks that it is read as the kind the schema
 * declares, required or not as the schema says: a reader that asks for anything else is a bug, and
 * fails at once ({@link IllegalArgumentException}), so the schema stays the truth.
 */
final class Fields {

  private final ReadContext ctx;
  private final MapNode map;
  private final SchemaParts.Section section;
  private String what;

  Fields(ReadContext ctx, MapNode map, SchemaParts.Section section, String path) {
    this.ctx = ctx;
    this.map = map;
    this.section = section;
    this.what = path;
  }

  /** Names the map for messages and reports its duplicate and unknown keys. */
  Fields named(String name) {
    this.what = name;
    ctx.reportDuplicates(map, name);
    List<String> known = section.keyNames();
    for (Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        ctx.error(
            e.keyRef(),
            Message.YAML_UNKNOWN_KEY,
            e.key(),
            name,
            Diagnostics.didYouMean(e.key(), known));
      }
    }
    return this;
  }

  /** The schema's key, checked to be read as one of {@code kinds}, required as the schema says. */
  private Key key(String name, boolean required, Kind... kinds) {
    Key key =
        section
            .key(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the reader asks for '"
                            + name
                            + "', which section "
                            + section.name()
                            + " does not have"));
    if (!List.of(kinds).contains(key.kind()) || key.required() != required) {
      throw new IllegalArgumentException(
          "section "
              + section.name()
              + " declares "
              + key
              + ", but the reader reads it as "
              + (required ? "required " : "optional ")
              + List.of(kinds));
    }
    return key;
  }

  /** The raw value of a key that is more than one kind of value ({@code returns}, ...). */
  Optional<YamlNode> node(String name) {
    section
        .key(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "section " + section.name() + " has no key '" + name + "'"));
    return map.entry(name).map(Entry::value);
  }

  YamlRef valueRef(String name) {
    return map.entry(name).map(e -> e.value().ref()).orElse(map.ref());
  }

  YamlRef keyRef(String name) {
    return map.entry(name).map(Entry::keyRef).orElse(map.ref());
  }

  private <T> Optional<T> required(String name, Optional<T> value) {
    if (map.entry(name).isEmpty()) {
      ctx.error(map.ref(), Message.YAML_MISSING_KEY, what, name);
    }
    return value;
  }

  private Optional<String> text(String name) {
    return map.entry(name).flatMap(e -> ctx.stringValue(e.value(), name));
  }

  Optional<String> string(String name) {
    key(name, false, Kind.STRING);
    return text(name);
  }

  /** A string key with a constant default, which the schema declares. */
  String stringOrDefault(String name) {
    Key key = key(name, false, Kind.STRING);
    return text(name).orElseGet(() -> key.defaultValue().orElseThrow());
  }

  Optional<String> requiredString(String name) {
    key(name, true, Kind.STRING);
    return required(name, text(name));
  }

  /** A required C type: reported when missing or unparsable. */
  Optional<CTypeExpr> requiredCType(String name) {
    key(name, true, Kind.C_TYPE);
    return required(name, text(name)).flatMap(t -> ctx.cType(t, valueRef(name)));
  }

  /**
   * A required C type as written, unparsed: for a reader that refuses some spellings itself before
   * parsing (struct fields).
   */
  Optional<String> requiredRawCType(String name) {
    key(name, true, Kind.C_TYPE);
    return required(name, text(name));
  }

  /**
   * An optional C type.
   *
   * @return empty when the key is absent; a value that is empty when the type does not parse
   *     (reported)
   */
  Optional<Optional<CTypeExpr>> cType(String name) {
    key(name, false, Kind.C_TYPE);
    return text(name).map(t -> ctx.cType(t, valueRef(name)));
  }

  /**
   * A word of the key's vocabulary.
   *
   * @return empty when the key is absent (or not a string, which is reported); a value that is
   *     empty when the word is not one of {@code values}' keys (reported)
   */
  <T> Optional<Optional<T>> word(String name, Map<String, T> values) {
    words(name, values);
    return text(name).map(word -> ctx.choice(word, valueRef(name), name, values));
  }

  /** A {@code java_type} spelling, as {@link #word}; spaces around it do not count. */
  Optional<Optional<JavaType>> javaType(String name) {
    words(name, YamlSchema.JAVA_TYPES);
    return text(name).map(word -> ctx.javaType(word, valueRef(name)));
  }

  private void words(String name, Map<String, ?> values) {
    Key key = key(name, false, Kind.WORD);
    if (!key.words().equals(List.copyOf(values.keySet()))) {
      throw new IllegalArgumentException(
          "the reader's words for '" + name + "' are not the" + " schema's: " + values.keySet());
    }
  }

  /** A boolean key; when absent, the schema's default. */
  boolean bool(String name) {
    Key key = key(name, false, Kind.BOOLEAN);
    return map.entry(name)
        .flatMap(
            e -> {
              if (e.value() instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
                return Optional.of(s.text().equalsIgnoreCase("true"));
              }
              ctx.wrongType(e.value(), name, key.kind().expected());
              return Optional.empty();
            })
        .orElseGet(() -> Boolean.parseBoolean(key.defaultValue().orElseThrow()));
  }

  Optional<Long> requiredInteger(String name) {
    Key key = key(name, true, Kind.INTEGER);
    return required(
        name,
        map.entry(name)
            .flatMap(
                e -> {
                  if (e.value() instanceof Scalar s && s.kind() == ScalarKind.INTEGER) {
                    if (s.number().isEmpty()) {
                      ctx.error(
                          e.value().ref(),
                          Message.YAML_WRONG_TYPE,
                          name,
                          "a 64-bit integer",
                          "an integer out of that range");
                    }
                    return s.number();
                  }
                  ctx.wrongType(e.value(), name, key.kind().expected());
                  return Optional.empty();
                }));
  }

  /** A required integer, floating number or string: the scalar, unless it is another kind. */
  Optional<Scalar> requiredConstant(String name) {
    Key key = key(name, true, Kind.CONSTANT);
    return required(
        name,
        map.entry(name)
            .flatMap(
                e -> {
                  if (e.value() instanceof Scalar s
                      && (s.kind() == ScalarKind.INTEGER
                          || s.kind() == ScalarKind.FLOAT
                          || s.kind() == ScalarKind.STRING)) {
                    return Optional.of(s);
                  }
                  ctx.wrongType(e.value(), name, key.kind().expected());
                  return Optional.empty();
                }));
  }

  /** A number or boolean, as written. */
  Optional<String> scalar(String name) {
    Key key = key(name, false, Kind.SCALAR);
    return map.entry(name)
        .flatMap(
            e -> {
              if (e.value() instanceof Scalar s
                  && s.kind() != ScalarKind.NULL
                  && s.kind() != ScalarKind.ALIAS) {
                return Optional.of(s.text());
              }
              ctx.wrongType(e.value(), name, key.kind().expected());
              return Optional.empty();
            });
  }

  /** A list of maps of the key's section. */
  Optional<ListNode> list(String name) {
    return collection(key(name, false, Kind.LIST), ListNode.class);
  }

  /** A map from names to C type spellings. */
  Optional<MapNode> cTypeMap(String name) {
    return collection(key(name, false, Kind.C_TYPE_MAP), MapNode.class);
  }

  List<String> stringList(String name) {
    List<String> result = new ArrayList<>();
    collection(key(name, false, Kind.STRING_LIST), ListNode.class)
        .ifPresent(
            l -> {
              for (int i = 0; i < l.items().size(); i++) {
                ctx.stringValue(l.items().get(i), name + "[" + i + "]").ifPresent(result::add);
              }
            });
    return result;
  }

  /** The key's value if it is a {@code type} of node; reports it as the wrong kind otherwise. */
  private <N extends YamlNode> Optional<N> collection(Key key, Class<N> type) {
    return map.entry(key.name())
        .flatMap(
            e -> {
              if (type.isInstance(e.value())) {
                return Optional.of(type.cast(e.value()));
              }
              ctx.wrongType(e.value(), key.name(), key.kind().expected());
              return Optional.empty();
            });
  }
}
