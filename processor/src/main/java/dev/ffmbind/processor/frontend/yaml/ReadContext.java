package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Entry;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ScalarKind;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.JavaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every section reader shares while one spec is read: where problems go, the typedefs that did
 * not parse, and the checks of single values (a string, a word, a C type, a list of maps).
 */
final class ReadContext {

  private final Diagnostics diagnostics;

  /** Typedefs whose C type did not parse: reported once, left out of the model, uses skipped. */
  private final Set<String> brokenTypedefs = new HashSet<>();

  /** An array length that is a name ({@code char[UTS_LEN]}). */
  private static final java.util.regex.Pattern NAMED_LENGTH =
      java.util.regex.Pattern.compile("\\[\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*]");

  private final Map<String, Long> arrayLengths = new java.util.HashMap<>();

  ReadContext(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A map that is an entry of a list, with its path for messages ({@code functions[2]}). */
  record Item(MapNode map, String path) {}

  void error(YamlRef at, Message message, Object... args) {
    diagnostics.error(at, message, args);
  }

  /** Typed access to a map of the given section, named by {@code path} until it is named. */
  Fields fields(MapNode map, SchemaParts.Section section, String path) {
    return new Fields(this, map, section, path);
  }

  /** Leaves a typedef, and every type that uses it, out of the model (it was reported). */
  void typedefBroken(String name) {
    brokenTypedefs.add(name);
  }

  /**
   * Integer constants of the spec, by name: array lengths may name them ({@code char[UTS_LEN]}).
   */
  void arrayLengths(Map<String, Long> constants) {
    arrayLengths.putAll(constants);
  }

  /**
   * The spelling with an array length that names an integer constant replaced by its value ({@code
   * char[UTS_LEN]} to {@code char[65]}); reports a name that is no such constant.
   */
  Optional<String> withArrayLengths(String spelling, YamlRef at) {
    var m = NAMED_LENGTH.matcher(spelling);
    if (!m.find()) {
      return Optional.of(spelling);
    }
    String name = m.group(1);
    Long value = arrayLengths.get(name);
    if (value == null) {
      error(
          at,
          Message.C_TYPE_ARRAY_LENGTH,
          spelling,
          name,
          Diagnostics.didYouMean(name, arrayLengths.keySet()));
      return Optional.empty();
    }
    return Optional.of(spelling.substring(0, m.start(1)) + value + spelling.substring(m.end(1)));
  }

  /** Parses a C type; reports one that does not parse; skips one that uses a broken typedef. */
  Optional<CTypeExpr> cType(String written, YamlRef at) {
    Optional<String> substituted = withArrayLengths(written, at);
    if (substituted.isEmpty()) {
      return Optional.empty();
    }
    String spelling = substituted.get();
    Optional<CTypeExpr> parsed = CTypeExpr.parse(spelling);
    Optional<String> arrayProblem = CTypeExpr.arrayProblem(spelling);
    if (arrayProblem.isPresent()) {
      error(at, Message.C_TYPE_ARRAY, spelling, arrayProblem.get());
    } else if (parsed.isEmpty()) {
      error(at, Message.C_TYPE_SYNTAX, spelling);
    }
    return parsed.filter(t -> !brokenTypedefs.contains(t.base()));
  }

  Optional<JavaType> javaType(String spelling, YamlRef at) {
    return choice(spelling.strip(), at, "java_type", YamlSchema.JAVA_TYPES);
  }

  /** The value a word stands for; reports a word that is not one of {@code values}' keys. */
  <T> Optional<T> choice(String value, YamlRef at, String key, Map<String, T> values) {
    T found = values.get(value);
    if (found == null) {
      error(
          at,
          Message.YAML_BAD_VALUE,
          key,
          String.join(", ", values.keySet()),
          value,
          Diagnostics.didYouMean(value, values.keySet()));
    }
    return Optional.ofNullable(found);
  }

  Optional<String> stringValue(YamlNode node, String key) {
    if (node instanceof Scalar s && s.kind() == ScalarKind.STRING) {
      return Optional.of(s.text());
    }
    wrongType(node, key, "a string");
    return Optional.empty();
  }

  /** Reports a value of the wrong kind, unless it is an alias (already reported). */
  void wrongType(YamlNode node, String key, String expected) {
    if (node instanceof Scalar s && s.kind() == ScalarKind.ALIAS) {
      return;
    }
    error(node.ref(), Message.YAML_WRONG_TYPE, key, expected, node.describeKind());
  }

  void reportDuplicates(MapNode map, String what) {
    for (Entry d : map.duplicates()) {
      error(d.keyRef(), Message.YAML_DUPLICATE_KEY, d.key(), what);
    }
  }

  /**
   * Reads each entry of a list that must hold maps; reports the others.
   *
   * @param key the list's key, for {@code key[i]} in messages
   * @param owner appended to {@code key[i]} to name an entry that has no name ({@code " of status
   *     table 's'"})
   */
  <T> List<T> eachMap(ListNode list, String key, String owner, Function<Item, Optional<T>> reader) {
    List<T> result = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode node = list.items().get(i);
      String path = key + "[" + i + "]";
      if (node instanceof MapNode map) {
        reader.apply(new Item(map, path + owner)).ifPresent(result::add);
      } else {
        wrongType(node, path, "a map");
      }
    }
    return result;
  }
}
