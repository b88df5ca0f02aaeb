package dev.ffmbind.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Section;
import dev.ffmbind.processor.frontend.yaml.YamlSchema;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of specs against the YAML reader: the docs copy is the generator's output, every
 * spec and docs snippet of the repository validates, the schema and the reader accept the same keys
 * in every section, and what the reader refuses for its structure the schema refuses too. {@code
 * -Dffmbind.updateGoldens=true} rewrites docs/ffmbind-spec.schema.json.
 */
class SpecSchemaTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path DOCS_COPY = REPO.resolve("docs/ffmbind-spec.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The reader's messages about a spec's structure: the rules JSON Schema expresses. */
  private static final Set<String> STRUCTURAL =
      Set.of(
          "ffmbind.yaml.unknown-key",
          "ffmbind.yaml.missing-key",
          "ffmbind.yaml.wrong-type",
          "ffmbind.yaml.bad-value",
          "ffmbind.yaml.errors-map",
          "ffmbind.yaml.root-not-map");

  /** Problems of the YAML text itself, which a JSON Schema never sees. */
  private static final Set<String> NOT_JSON =
      Set.of(
          "ffmbind.yaml.syntax",
          "ffmbind.yaml.duplicate-key",
          "ffmbind.yaml.alias",
          "ffmbind.yaml.multiple-documents",
          "ffmbind.yaml.empty",
          "ffmbind.spec.unreadable");

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SpecJsonSchema.generate(), InputFormat.JSON);
  }

  private static JsonNode schemaTree() throws IOException {
    return JSON.readTree(SpecJsonSchema.generate());
  }

  @Test
  void theDocsCopyIsTheGeneratorsOutput() throws IOException {
    String generated = SpecJsonSchema.generate();
    if (Boolean.getBoolean("ffmbind.updateGoldens")) {
      Files.writeString(DOCS_COPY, generated);
    }
    assertTrue(Files.exists(DOCS_COPY), DOCS_COPY + " is missing");
    assertEquals(
        generated,
        Files.readString(DOCS_COPY),
        "docs/ffmbind-spec.schema.json is out of date with YamlSchema; refresh it with"
            + " ./test.sh -o -q -pl processor -am -Dtest=SpecSchemaTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dffmbind.updateGoldens=true");
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                com.networknt.schema.SchemaLocation.of(
                    SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(SpecJsonSchema.generate(), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }

  @Test
  void everySectionOfTheTableIsInTheSchemaWithExactlyItsKeys() throws IOException {
    JsonNode tree = schemaTree();
    List<Section> sections = YamlSchema.sections();
    assertEquals(
        sections.size() - 1, tree.get("$defs").size(), "one definition per section but the root");
    for (Section s : sections) {
      JsonNode def = s == sections.get(0) ? tree : tree.get("$defs").get(s.name());
      assertTrue(def != null, "section " + s.name() + " has no definition");
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      assertEquals(s.keyNames(), properties, "keys of " + s.name());
      assertFalse(def.get("additionalProperties").asBoolean(), s.name() + " allows other keys");
    }
  }

  /**
   * Drives the real reader with each key of the schema in its place in a spec: none is refused as
   * unknown; and an extra key in each place is.
   */
  @Test
  void theReaderAcceptsEveryKeyOfTheSchemaAndNoOther() throws IOException {
    JsonNode tree = schemaTree();
    Map<String, List<String>> paths = sectionPaths(tree);
    assertEquals(tree.get("$defs").size() + 1, paths.size(), "every section is reachable");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : paths.entrySet()) {
      JsonNode def = e.getKey().isEmpty() ? tree : tree.get("$defs").get(e.getKey());
      Iterator<Map.Entry<String, JsonNode>> keys = def.get("properties").properties().iterator();
      while (keys.hasNext()) {
        Map.Entry<String, JsonNode> key = keys.next();
        ObjectNode section = JsonNodeFactory.instance.objectNode();
        section.set(key.getKey(), sample(key.getValue()));
        List<String> unknown = unknownKeys(specWith(e.getValue(), section));
        if (!unknown.isEmpty()) {
          problems.add(where(e.getKey()) + "." + key.getKey() + " refused: " + unknown);
        }
      }
      ObjectNode extra = JsonNodeFactory.instance.objectNode();
      extra.put("not_a_key_zz", "x");
      if (unknownKeys(specWith(e.getValue(), extra)).isEmpty()) {
        problems.add(where(e.getKey()) + " accepts a key the schema does not have");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everySpecOfTheRepositoryIsJudgedAlikeByTheReaderAndTheSchema() throws IOException {
    Schema schema = schema();
    List<Path> specs;
    try (Stream<Path> files = Files.walk(REPO)) {
      specs =
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !REPO.relativize(p).toString().matches("(.*/)?(target[^/]*|\\..*)/.*"))
              .sorted()
              .toList();
    }
    assertTrue(specs.size() > 30, "found only " + specs);
    int valid = 0;
    List<String> problems = new ArrayList<>();
    for (Path spec : specs) {
      String verdict = compare(schema, REPO.relativize(spec).toString(), Files.readAllBytes(spec));
      if (verdict.equals("valid")) {
        valid++;
      } else if (!verdict.equals("invalid") && !verdict.equals("not json")) {
        problems.add(verdict);
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(valid > 30, "only " + valid + " specs are valid");
  }

  /** Specs the reader refuses for their structure, each for one rule. */
  @Test
  void whatTheReaderRefusesForItsStructureTheSchemaRefuses() {
    Schema schema = schema();
    String head = "library: c\npackage: p\nclass: C\n";
    List<String> specs =
        List.of(
            head + "vendor: x\nfunctions: []\n",
            "library: c\nclass: C\nfunctions: []\n",
            head + "functions:\n  - {c_symbol: f}\n",
            head + "functions:\n  - {name: f, c_symbl: g}\n",
            head + "functions:\n  - {name: f, params: int}\n",
            head + "functions:\n  - {name: f, critical: 'yes'}\n",
            head
                + "functions:\n  - {name: f, params: [{name: a, type: int, direction: sideways}]}\n",
            head + "functions:\n  - {name: f, params: [{name: a, type: int, java_type: Long}]}\n",
            head + "functions:\n  - {name: f, errors: minus-one}\n",
            head + "functions:\n  - {name: f, errors: {status: s, predicate: p}}\n",
            head + "functions:\n  - {name: f, errors: {message_function: m}}\n",
            head + "functions:\n  - {name: f, returns: {ownership: owned}}\n",
            head + "enums:\n  - {c_name: e, values: [{name: A, value: one}]}\n",
            head + "status_tables:\n  - {name: s, codes: [OK]}\n",
            head + "typedefs: [int]\n",
            "- library: c\n");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String verdict =
          compare(schema, "bad" + i + ".yaml", specs.get(i).getBytes(StandardCharsets.UTF_8));
      if (!verdict.equals("invalid")) {
        problems.add("bad" + i + ".yaml: expected invalid, " + verdict);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyYamlSnippetInTheDocsValidates() throws IOException {
    Schema full = schema();
    Schema fragment = fragmentSchema();
    Pattern block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(REPO.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    docs.add(REPO.resolve("README.md"));
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Path doc : docs) {
      Matcher m = block.matcher(Files.readString(doc));
      while (m.find()) {
        String yaml = m.group(1);
        boolean whole = yaml.lines().anyMatch(l -> l.startsWith("library:"));
        List<Error> errors = (whole ? full : fragment).validate(yaml, InputFormat.YAML);
        checked++;
        if (!errors.isEmpty()) {
          problems.add(REPO.relativize(doc) + " snippet " + firstLine(yaml) + ": " + errors);
        }
      }
    }
    assertTrue(checked >= 10, "found only " + checked + " YAML snippets");
    assertEquals(List.of(), problems);
  }

  // --- helpers ----------------------------------------------------------------------------------

  /**
   * The reader's and the schema's verdicts on one spec: {@code valid} or {@code invalid} when they
   * agree, {@code not json} when the reader stops at the YAML text, otherwise what differs.
   */
  private static String compare(Schema schema, String name, byte[] content) {
    Diagnostics diagnostics = new Diagnostics();
    YamlSpecReader.read(name, content, diagnostics);
    List<Diagnostic> all = diagnostics.all();
    if (all.stream().anyMatch(d -> NOT_JSON.contains(d.message().id()))) {
      return "not json";
    }
    List<String> structural =
        all.stream()
            .filter(d -> STRUCTURAL.contains(d.message().id()))
            .map(Diagnostic::format)
            .toList();
    List<Error> errors =
        schema.validate(new String(content, StandardCharsets.UTF_8), InputFormat.YAML);
    if (structural.isEmpty() && errors.isEmpty()) {
      return "valid";
    }
    if (!structural.isEmpty() && !errors.isEmpty()) {
      return "invalid";
    }
    return structural.isEmpty()
        ? name + ": the reader accepts it, the schema says " + errors
        : name + ": the schema accepts it, the reader says " + structural;
  }

  /** The schema a docs fragment must meet: the root's keys (none required), or list items. */
  private static Schema fragmentSchema() throws IOException {
    ObjectNode tree = (ObjectNode) schemaTree();
    ObjectNode root = tree.deepCopy();
    root.remove(List.of("$schema", "$id", "$defs", "required", "title"));
    ArrayNode anyOf = JsonNodeFactory.instance.arrayNode();
    anyOf.add(root);
    // A map cut out of a section (a function's returns: line), its required keys elsewhere.
    tree.get("$defs")
        .properties()
        .forEach(
            d -> {
              ObjectNode part = d.getValue().deepCopy();
              part.remove("required");
              part.remove("oneOf");
              anyOf.add(part);
            });
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    tree.get("$defs").fieldNames().forEachRemaining(n -> items.add(ref(n)));
    anyOf.add(
        JsonNodeFactory.instance.objectNode().put("type", "array").set("items", anyOfNode(items)));
    ObjectNode fragment = JsonNodeFactory.instance.objectNode();
    fragment.put("$schema", tree.get("$schema").asText());
    fragment.set("$defs", tree.get("$defs"));
    fragment.set("anyOf", anyOf);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.writeValueAsString(fragment), InputFormat.JSON);
  }

  private static ObjectNode anyOfNode(ArrayNode options) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.set("anyOf", options);
    return n;
  }

  private static ObjectNode ref(String def) {
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/" + def);
  }

  /**
   * For each section (the root as {@code ""}), the keys that lead to it from the root, found by
   * following the schema's references; a key holding a list is followed by {@code []}.
   */
  private static Map<String, List<String>> sectionPaths(JsonNode tree) {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    paths.put("", List.of());
    List<String> queue = new ArrayList<>(List.of(""));
    while (!queue.isEmpty()) {
      String at = queue.remove(0);
      JsonNode def = at.isEmpty() ? tree : tree.get("$defs").get(at);
      Iterator<Map.Entry<String, JsonNode>> keys = def.get("properties").properties().iterator();
      while (keys.hasNext()) {
        Map.Entry<String, JsonNode> key = keys.next();
        JsonNode v = key.getValue();
        boolean list = v.has("items");
        JsonNode refHolder = list ? v.get("items") : v;
        String ref = null;
        if (refHolder.has("$ref")) {
          ref = refHolder.get("$ref").asText();
        } else if (refHolder.has("anyOf")) {
          for (JsonNode option : refHolder.get("anyOf")) {
            if (option.has("$ref")) {
              ref = option.get("$ref").asText();
            }
          }
        }
        if (ref != null) {
          String target = ref.substring(ref.lastIndexOf('/') + 1);
          if (!paths.containsKey(target)) {
            List<String> path = new ArrayList<>(paths.get(at));
            path.add(key.getKey() + (list ? "[]" : ""));
            paths.put(target, path);
            queue.add(target);
          }
        }
      }
    }
    return paths;
  }

  /** A spec (as JSON, which is YAML) with {@code section} at {@code path}. */
  private static String specWith(List<String> path, ObjectNode section) throws IOException {
    JsonNode inner = section;
    for (int i = path.size() - 1; i >= 0; i--) {
      String key = path.get(i);
      JsonNode value = inner;
      if (key.endsWith("[]")) {
        key = key.substring(0, key.length() - 2);
        value = JsonNodeFactory.instance.arrayNode().add(inner);
      }
      ObjectNode outer = JsonNodeFactory.instance.objectNode();
      if (i == 0) {
        outer.put("library", "c").put("package", "p").put("class", "C");
      }
      outer.set(key, value);
      inner = outer;
    }
    return JSON.writeValueAsString(inner);
  }

  /** A value of the right kind for a key's schema. */
  private static JsonNode sample(JsonNode keySchema) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (keySchema.has("enum")) {
      return keySchema.get("enum").get(0);
    }
    if (keySchema.has("anyOf")) {
      return sample(keySchema.get("anyOf").get(0));
    }
    JsonNode type = keySchema.get("type");
    String t = type == null ? "object" : type.isArray() ? type.get(0).asText() : type.asText();
    return switch (t) {
      case "string" -> f.textNode("x");
      case "boolean" -> f.booleanNode(false);
      case "integer", "number" -> f.numberNode(1);
      case "array" -> f.arrayNode();
      default -> f.objectNode();
    };
  }

  private static List<String> unknownKeys(String spec) {
    Diagnostics diagnostics = new Diagnostics();
    YamlSpecReader.read("k.yaml", spec, diagnostics);
    return diagnostics.all().stream()
        .filter(d -> d.message().id().equals("ffmbind.yaml.unknown-key"))
        .map(Diagnostic::format)
        .toList();
  }

  private static String where(String section) {
    return section.isEmpty() ? "spec" : section;
  }

  private static String firstLine(String yaml) {
    return "'" + yaml.lines().findFirst().orElse("").strip() + "'";
  }

  @Test
  void theSampleCheckWouldSeeAnUnknownKey() {
    // The drift checks above rely on the reader naming unknown keys with this id.
    List<String> unknown = unknownKeys("{library: c, package: p, class: C, vendor: x}");
    if (unknown.isEmpty()) {
      fail("the reader did not report an unknown key");
    }
  }
}
