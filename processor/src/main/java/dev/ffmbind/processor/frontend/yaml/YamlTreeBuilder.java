package dev.ffmbind.processor.frontend.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Entry;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ScalarKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds a {@link YamlNode} tree from YAML text with Jackson's streaming {@link YAMLParser}, so
 * every node keeps its {@code line:column}. Reports malformed YAML (at SnakeYAML's problem mark),
 * aliases and a second document; duplicate keys are kept in the tree for the reader to report,
 * since only the reader can name the map they are in.
 */
final class YamlTreeBuilder {

  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private final String fileName;
  private final Diagnostics diagnostics;
  private YAMLParser parser;

  YamlTreeBuilder(String fileName, Diagnostics diagnostics) {
    this.fileName = fileName;
    this.diagnostics = diagnostics;
  }

  /** What {@link #build} found. */
  sealed interface Result {}

  /** The document's root node. */
  record Document(YamlNode root) implements Result {}

  /** The text holds no document at all (empty, or only comments). */
  record Empty() implements Result {}

  /** The YAML could not be read; the problem has been reported. */
  record Failed() implements Result {}

  Result build(String yamlText) {
    try (YAMLParser p = FACTORY.createParser(yamlText)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Empty();
      }
      YamlNode root = node(first);
      JsonToken next = p.nextToken();
      if (next != null) {
        diagnostics.error(here(), Message.YAML_MULTIPLE_DOCUMENTS);
        return new Failed();
      }
      return new Document(root);
    } catch (IOException | RuntimeException e) {
      reportSyntax(e);
      return new Failed();
    } finally {
      parser = null;
    }
  }

  private YamlNode node(JsonToken token) throws IOException {
    YamlRef ref = here();
    return switch (token) {
      case START_OBJECT -> map(ref);
      case START_ARRAY -> list(ref);
      case VALUE_STRING -> {
        if (parser.isCurrentAlias()) {
          diagnostics.error(ref, Message.YAML_ALIAS, parser.getText());
          yield new Scalar(ScalarKind.ALIAS, parser.getText(), Optional.empty(), ref);
        }
        yield new Scalar(ScalarKind.STRING, parser.getText(), Optional.empty(), ref);
      }
      case VALUE_NUMBER_INT ->
          new Scalar(
              ScalarKind.INTEGER,
              parser.getText(),
              parser.getNumberType() == NumberType.BIG_INTEGER
                  ? Optional.empty()
                  : Optional.of(parser.getLongValue()),
              ref);
      case VALUE_NUMBER_FLOAT ->
          new Scalar(ScalarKind.FLOAT, parser.getText(), Optional.empty(), ref);
      // Jackson follows YAML 1.1 (yes/no/on/off are booleans); specs follow YAML 1.2, where only
      // true and false are, so 'name: off' is a string and 'critical: yes' is reported.
      case VALUE_TRUE, VALUE_FALSE ->
          new Scalar(
              parser.getText().equalsIgnoreCase(String.valueOf(token == JsonToken.VALUE_TRUE))
                  ? ScalarKind.BOOLEAN
                  : ScalarKind.STRING,
              parser.getText(),
              Optional.empty(),
              ref);
      case VALUE_NULL -> new Scalar(ScalarKind.NULL, parser.getText(), Optional.empty(), ref);
      default ->
          new Scalar(ScalarKind.STRING, String.valueOf(parser.getText()), Optional.empty(), ref);
    };
  }

  private MapNode map(YamlRef ref) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Entry> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw new IOException("unexpected end of input inside a map");
      }
      // t is FIELD_NAME: Jackson gives every key as text.
      String key = parser.currentName();
      YamlRef keyRef = here();
      YamlNode value = node(parser.nextToken());
      Entry entry = new Entry(key, keyRef, value);
      if (seen.add(key)) {
        entries.add(entry);
      } else {
        duplicates.add(entry);
      }
    }
    // A block map starts at its first key; a flow map is located there too ({name: a} at 'name',
    // not at the brace), so a map's location is the same in both styles.
    return new MapNode(entries, duplicates, entries.isEmpty() ? ref : entries.get(0).keyRef());
  }

  private ListNode list(YamlRef ref) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IOException("unexpected end of input inside a list");
      }
      items.add(node(t));
    }
    return new ListNode(items, ref);
  }

  private YamlRef here() {
    return ref(parser.currentTokenLocation());
  }

  private YamlRef ref(JsonLocation location) {
    if (location == null) {
      return new YamlRef(fileName, 1, 1);
    }
    return new YamlRef(
        fileName, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /**
   * Reports a parse failure. SnakeYAML's exception knows the exact problem mark and a short problem
   * text; Jackson's own location is often the start of the last good token instead.
   */
  private void reportSyntax(Exception e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        String text =
            marked.getProblem() == null ? "unreadable input" : marked.getProblem().strip();
        Mark context = marked.getContextMark();
        if (marked.getContext() != null && context != null) {
          text +=
              " ("
                  + marked.getContext().strip()
                  + " at "
                  + (context.getLine() + 1)
                  + ":"
                  + (context.getColumn() + 1)
                  + ")";
        }
        diagnostics.error(
            new YamlRef(fileName, mark.getLine() + 1, mark.getColumn() + 1),
            Message.YAML_SYNTAX,
            text);
        return;
      }
    }
    if (e instanceof JsonProcessingException j) {
      diagnostics.error(ref(j.getLocation()), Message.YAML_SYNTAX, j.getOriginalMessage());
      return;
    }
    YamlRef at = parser == null ? new YamlRef(fileName, 1, 1) : ref(parser.currentLocation());
    diagnostics.error(at, Message.YAML_SYNTAX, String.valueOf(e.getMessage()));
  }
}
