package dev.ffmbind.processor.frontend.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Key;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Kind;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Section;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.LifetimeModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema and the reader agree: for every key of every section the reader reports a missing
 * required key, a value of the wrong kind in the schema's words, and a key the schema does not
 * have. Specs are built from the schema itself, so a key added to one but not the other fails.
 */
class YamlSchemaTest {

  // --- the table ------------------------------------------------------------------------------

  @Test
  void sectionsAreEveryMapReachableFromTheRootOnce() {
    Set<Section> reachable = new LinkedHashSet<>();
    collect(YamlSchema.SPEC, reachable);
    assertEquals(YamlSchema.SPEC, YamlSchema.sections().get(0));
    assertEquals(reachable, Set.copyOf(YamlSchema.sections()));
    assertEquals(YamlSchema.sections().size(), Set.copyOf(YamlSchema.sections()).size());
  }

  private static void collect(Section section, Set<Section> into) {
    if (into.add(section)) {
      section.keys().forEach(k -> k.section().ifPresent(s -> collect(s, into)));
    }
  }

  @Test
  void everyKeyIsWellFormed() {
    for (Section s : YamlSchema.sections()) {
      assertEquals(s.keyNames().size(), Set.copyOf(s.keyNames()).size(), s.name());
      assertTrue(
          s.keys().stream().anyMatch(Key::required) || !s.oneOf().isEmpty(),
          s.name() + " has a required key or a choice of keys");
      for (String choice : s.oneOf()) {
        assertFalse(s.key(choice).orElseThrow().required(), s.name() + "." + choice);
      }
      for (Key k : s.keys()) {
        String where = s.name() + "." + k.name();
        assertTrue(k.name().matches("[a-z]+(_[a-z]+)*"), where);
        boolean hasWords = k.kind() == Kind.WORD || k.kind() == Kind.WORD_OR_MAP;
        assertEquals(hasWords, !k.words().isEmpty(), where);
        boolean hasSection =
            k.kind() == Kind.LIST || k.kind() == Kind.C_TYPE_OR_MAP || k.kind() == Kind.WORD_OR_MAP;
        assertEquals(hasSection, k.section().isPresent(), where);
        assertTrue(!k.required() || k.defaultValue().isEmpty(), where);
        assertTrue(k.kind() != Kind.BOOLEAN || k.defaultValue().isPresent(), where);
        assertTrue(k.doc().endsWith("."), where);
      }
    }
  }

  @Test
  void vocabulariesComeFromTheModel() {
    assertEquals(List.of("in", "out", "inout"), List.copyOf(YamlSchema.DIRECTIONS.keySet()));
    assertEquals(List.of(Direction.values()), List.copyOf(YamlSchema.DIRECTIONS.values()));
    assertEquals(
        Arrays.stream(LifetimeModel.values()).map(LifetimeModel::yamlName).toList(),
        List.copyOf(YamlSchema.LIFETIMES.keySet()));
    List<String> conventions =
        Arrays.stream(ErrorModel.Kind.values())
            .filter(k -> k != ErrorModel.Kind.STATUS && k != ErrorModel.Kind.PREDICATE)
            .map(ErrorModel.Kind::yamlName)
            .toList();
    assertEquals(conventions, YamlSchema.FUNCTION.key("errors").orElseThrow().words());
    assertEquals(
        List.of("borrowed", "owned"), YamlSchema.PARAM.key("ownership").orElseThrow().words());
    assertEquals(
        List.copyOf(YamlSchema.JAVA_TYPES.keySet()),
        YamlSchema.RETURN.key("java_type").orElseThrow().words());
  }

  @Test
  void theValidTestSpecsFitTheSchema() throws IOException {
    Set<String> used = new LinkedHashSet<>();
    List<String> specs = new ArrayList<>(List.of("/yaml/sqlite3.yaml"));
    try (Stream<java.nio.file.Path> goldens =
        java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/golden"))) {
      goldens
          .map(java.nio.file.Path::toString)
          .filter(f -> f.endsWith(".yaml"))
          .sorted()
          .forEach(f -> specs.add(f.substring("src/test/resources".length())));
    }
    for (String spec : specs) {
      String text;
      try (InputStream in = YamlSchemaTest.class.getResourceAsStream(spec)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      var built = new YamlTreeBuilder(spec, new Diagnostics()).build(text);
      walk(((YamlTreeBuilder.Document) built).root(), YamlSchema.SPEC, used);
    }
    // Between them they reach every section.
    assertEquals(
        Set.copyOf(YamlSchema.sections().stream().map(Section::name).toList()),
        Set.copyOf(used.stream().map(k -> k.substring(0, k.indexOf('.'))).toList()));
  }

  private static void walk(YamlNode node, Section section, Set<String> used) {
    if (!(node instanceof MapNode map)) {
      return;
    }
    for (YamlNode.Entry e : map.entries()) {
      Optional<Key> key = section.key(e.key());
      assertTrue(key.isPresent(), section.name() + " has no key " + e.key());
      used.add(section.name() + "." + e.key());
      key.get()
          .section()
          .ifPresent(
              inner -> {
                if (e.value() instanceof ListNode list) {
                  list.items().forEach(item -> walk(item, inner, used));
                } else {
                  walk(e.value(), inner, used);
                }
              });
    }
  }

  @Test
  void aReaderCannotAskForWhatTheSchemaDoesNotSay() {
    MapNode empty = new MapNode(List.of(), List.of(), new YamlRef("t.yaml", 1, 1));
    Fields f = new ReadContext(new Diagnostics()).fields(empty, YamlSchema.OPAQUE_TYPE, "x");
    assertThrows(IllegalArgumentException.class, () -> f.string("no_such_key"));
    assertThrows(IllegalArgumentException.class, () -> f.requiredString("doc"));
    assertThrows(IllegalArgumentException.class, () -> f.string("c_name"));
    assertThrows(IllegalArgumentException.class, () -> f.bool("doc"));
    assertThrows(IllegalArgumentException.class, () -> f.word("doc", YamlSchema.DIRECTIONS));
    Fields param = new ReadContext(new Diagnostics()).fields(empty, YamlSchema.PARAM, "x");
    assertThrows(
        IllegalArgumentException.class, () -> param.word("direction", YamlSchema.LIFETIMES));
    assertEquals(Optional.empty(), param.word("direction", YamlSchema.DIRECTIONS));
  }

  // --- the reader obeys it --------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyRequiredKeyIsReportedWhenMissing() {
    return keys()
        .filter(sk -> sk.key().required())
        .map(
            sk ->
                DynamicTest.dynamicTest(
                    sk.toString(),
                    () ->
                        assertOneError(
                            spec(sk.section(), sk.key().name(), null),
                            "[ffmbind.yaml.missing-key]",
                            "is missing the required key '" + sk.key().name() + "'")));
  }

  @TestFactory
  Stream<DynamicTest> everyKeyIsReadAsTheKindTheSchemaSays() {
    return keys()
        .map(
            sk ->
                DynamicTest.dynamicTest(
                    sk.toString(),
                    () -> {
                      Key k = sk.key();
                      boolean collection =
                          k.kind() == Kind.LIST
                              || k.kind() == Kind.STRING_LIST
                              || k.kind() == Kind.C_TYPE_MAP;
                      String spec =
                          spec(
                              sk.section(), k.name(), k.name() + ": " + (collection ? "x" : "[1]"));
                      assertOneError(
                          spec,
                          "[ffmbind.yaml.wrong-type]",
                          "'"
                              + k.name()
                              + "' must be "
                              + k.kind().expected()
                              + ", but is "
                              + (collection ? "a string" : "a list"));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyWordIsAcceptedAndOthersAreNot() {
    return keys()
        .filter(sk -> sk.key().kind() == Kind.WORD)
        .map(
            sk ->
                DynamicTest.dynamicTest(
                    sk.toString(),
                    () -> {
                      Key k = sk.key();
                      for (String word : k.words()) {
                        assertEquals(
                            List.of(),
                            read(spec(sk.section(), k.name(), k.name() + ": \"" + word + "\"")),
                            word);
                      }
                      assertOneError(
                          spec(sk.section(), k.name(), k.name() + ": nonsense"),
                          "[ffmbind.yaml.bad-value]",
                          "'"
                              + k.name()
                              + "' must be one of "
                              + String.join(", ", k.words())
                              + ", but is 'nonsense'");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everySectionReportsKeysItDoesNotHave() {
    return YamlSchema.sections().stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.name(),
                    () ->
                        assertOneError(
                            spec(s, null, "zzz: 1"),
                            "[ffmbind.yaml.unknown-key]",
                            "unknown key 'zzz' in ")));
  }

  @Test
  void theBuiltSpecsAreValidAsTheyStand() {
    for (Section s : YamlSchema.sections()) {
      assertEquals(List.of(), read(spec(s, null, null)), s.name());
    }
  }

  private record SectionKey(Section section, Key key) {
    @Override
    public String toString() {
      return section.name() + "." + key.name();
    }
  }

  private static Stream<SectionKey> keys() {
    return YamlSchema.sections().stream()
        .flatMap(s -> s.keys().stream().map(k -> new SectionKey(s, k)));
  }

  private static void assertOneError(String spec, String id, String text) {
    List<String> messages = read(spec);
    assertEquals(1, messages.size(), spec + "\n" + messages);
    assertTrue(
        messages.get(0).contains(id) && messages.get(0).contains(text), spec + "\n" + messages);
  }

  private static List<String> read(String spec) {
    Diagnostics diagnostics = new Diagnostics();
    YamlSpecReader.read("t.yaml", spec, diagnostics);
    return diagnostics.all().stream().map(Diagnostic::format).toList();
  }

  /**
   * A spec, in flow style, holding one map of {@code section} that has its required keys but {@code
   * omit}, plus {@code extra} (YAML text); the maps around it have their required keys.
   */
  private static String spec(Section section, String omit, String extra) {
    String inner = map(section, omit, extra);
    Section current = section;
    while (current != YamlSchema.SPEC) {
      Section child = current;
      Section parent =
          YamlSchema.sections().stream()
              .filter(s -> s.keys().stream().anyMatch(k -> k.section().equals(Optional.of(child))))
              .findFirst()
              .orElseThrow();
      Key key =
          parent.keys().stream()
              .filter(k -> k.section().equals(Optional.of(child)))
              .findFirst()
              .orElseThrow();
      String value = key.kind() == Kind.LIST ? "[" + inner + "]" : inner;
      inner = map(parent, null, key.name() + ": " + value);
      current = parent;
    }
    return inner;
  }

  private static String map(Section section, String omit, String extra) {
    List<String> entries = new ArrayList<>();
    for (Key k : section.keys()) {
      if (k.required() && !k.name().equals(omit)) {
        entries.add(k.name() + ": " + validValue(k));
      }
    }
    // Of a choice of keys, the first, unless the test is about one of them.
    if (!section.oneOf().isEmpty() && (omit == null || !section.oneOf().contains(omit))) {
      String first = section.oneOf().get(0);
      entries.add(first + ": " + validValue(section.key(first).orElseThrow()));
    }
    if (extra != null) {
      entries.add(extra);
    }
    return "{" + String.join(", ", entries) + "}";
  }

  private static String validValue(Key k) {
    return switch (k.kind()) {
      case STRING -> "x";
      case C_TYPE -> "int";
      case INTEGER, CONSTANT -> "1";
      default -> throw new AssertionError("no required " + k.kind() + " keys yet: " + k);
    };
  }
}
