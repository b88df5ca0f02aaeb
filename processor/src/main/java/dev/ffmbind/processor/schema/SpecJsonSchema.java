package dev.ffmbind.processor.schema;

import dev.ffmbind.processor.frontend.yaml.SchemaParts.Key;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Kind;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Section;
import dev.ffmbind.processor.frontend.yaml.YamlSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (draft 2020-12) of a binding spec from {@link YamlSchema#sections()}: one
 * definition per section, with every key as a property, the required keys required, no other key
 * allowed, words as enums and the sections' choices ({@code errors: {status | predicate}}) as
 * {@code oneOf}. Nothing here names a key: a key added to the table is in the schema.
 *
 * <p>What JSON Schema cannot say is left to the reader, which still reports it with a position:
 * links between keys ({@code length_of} naming a parameter), C type syntax, and value ranges.
 */
public final class SpecJsonSchema {

  /** Where the processor jar carries the schema. */
  public static final String RESOURCE = "dev/ffmbind/processor/ffmbind-spec.schema.json";

  /** The schema's {@code $id}: a name, not a place to download it from. */
  static final String ID = "urn:ffmbind:binding-spec";

  /** A hexadecimal integer as YAML 1.2 writes it. */
  private static final String HEX = "^[-+]?0x[0-9a-fA-F]+$";

  private SpecJsonSchema() {}

  /** The schema as a JSON document, two-space indented, ending with a newline. */
  public static String generate() {
    List<Section> sections = YamlSchema.sections();
    Section root = sections.get(0);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "ffmbind binding spec");
    schema.putAll(section(root));
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Section s : sections.subList(1, sections.size())) {
      defs.put(s.name(), section(s));
    }
    schema.put("$defs", defs);
    StringBuilder out = new StringBuilder();
    Json.write(schema, out, "");
    return out.append('\n').toString();
  }

  private static Map<String, Object> section(Section s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", s.doc());
    m.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Key k : s.keys()) {
      properties.put(k.name(), key(k));
      if (k.required()) {
        required.add(k.name());
      }
    }
    m.put("properties", properties);
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    m.put("additionalProperties", false);
    if (!s.oneOf().isEmpty()) {
      m.put("oneOf", s.oneOf().stream().map(k -> Map.of("required", List.of(k))).toList());
    }
    return m;
  }

  private static Map<String, Object> key(Key k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", k.doc());
    k.defaultValue().ifPresent(d -> m.put("default", defaultValue(k.kind(), d)));
    m.putAll(new TreeMap<>(value(k))); // Map.of's order changes from run to run
    return m;
  }

  /** The schema of a key's value, by its kind. */
  private static Map<String, Object> value(Key k) {
    return switch (k.kind()) {
      case STRING, C_TYPE -> Map.of("type", "string");
      case WORD -> Map.of("type", "string", "enum", k.words());
      case BOOLEAN -> Map.of("type", "boolean");
      // Some YAML libraries (Jackson 3's among them) read 0x100000000 as a string; the reader
      // takes it as the integer YAML 1.2 says it is.
      case INTEGER ->
          Map.of(
              "anyOf",
              List.of(Map.of("type", "integer"), Map.of("type", "string", "pattern", HEX)));
      case CONSTANT -> Map.of("type", List.of("integer", "number", "string"));
      case SCALAR -> Map.of("type", List.of("number", "boolean"));
      case STRING_LIST -> Map.of("type", "array", "items", Map.of("type", "string"));
      case C_TYPE_MAP -> Map.of("type", "object", "additionalProperties", Map.of("type", "string"));
      case LIST -> Map.of("type", "array", "items", ref(k));
      case C_TYPE_OR_MAP -> Map.of("anyOf", List.of(Map.of("type", "string"), ref(k)));
      case WORD_OR_MAP ->
          Map.of("anyOf", List.of(Map.of("type", "string", "enum", k.words()), ref(k)));
    };
  }

  private static Map<String, Object> ref(Key k) {
    return Map.of("$ref", "#/$defs/" + k.section().orElseThrow().name());
  }

  /** A default as JSON: booleans and integers typed, the rest as the string it is written as. */
  private static Object defaultValue(Kind kind, String value) {
    return switch (kind) {
      case BOOLEAN -> Boolean.parseBoolean(value);
      case INTEGER -> Long.parseLong(value);
      default -> value;
    };
  }
}
