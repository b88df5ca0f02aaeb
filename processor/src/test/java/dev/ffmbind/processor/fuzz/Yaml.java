package dev.ffmbind.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A small YAML tree the spec generator builds and mutates, and its block-style writer. Keys may
 * repeat (a mutation duplicates them), which is why a map is a list of entries.
 */
final class Yaml {

  private Yaml() {}

  /** A YAML node. */
  sealed interface Node permits MapNode, SeqNode, Str, Raw {}

  /** A map entry. */
  record Entry(String key, Node value) {}

  /** A map, written in block style. */
  record MapNode(List<Entry> entries) implements Node {
    MapNode() {
      this(new ArrayList<>());
    }

    MapNode put(String key, Node value) {
      entries.add(new Entry(key, value));
      return this;
    }

    MapNode put(String key, String value) {
      return put(key, new Str(value));
    }
  }

  /** A list, written in block style. */
  record SeqNode(List<Node> items) implements Node {
    SeqNode() {
      this(new ArrayList<>());
    }
  }

  /** A string, always written double-quoted, escaped as YAML requires. */
  record Str(String value) implements Node {}

  /** A plain scalar written as is: {@code true}, {@code 12}, or deliberate garbage. */
  record Raw(String text) implements Node {}

  static String write(Node root) {
    StringBuilder out = new StringBuilder();
    if (root instanceof MapNode || root instanceof SeqNode) {
      block(root, 0, out);
    } else {
      out.append(scalar(root)).append('\n');
    }
    return out.toString();
  }

  private static void block(Node node, int indent, StringBuilder out) {
    String pad = " ".repeat(indent);
    if (node instanceof MapNode map) {
      for (Entry e : map.entries()) {
        out.append(pad).append(key(e.key())).append(':');
        value(e.value(), indent, out);
      }
    } else if (node instanceof SeqNode seq) {
      for (Node item : seq.items()) {
        out.append(pad).append('-');
        if (item instanceof MapNode m && !m.entries().isEmpty()) {
          // The first entry on the dash line, the others aligned under it.
          StringBuilder nested = new StringBuilder();
          block(item, indent + 2, nested);
          out.append(' ').append(nested.substring(indent + 2));
        } else {
          value(item, indent, out);
        }
      }
    }
  }

  private static void value(Node value, int indent, StringBuilder out) {
    if (value instanceof MapNode m && !m.entries().isEmpty()) {
      out.append('\n');
      block(value, indent + 2, out);
    } else if (value instanceof SeqNode s && !s.items().isEmpty()) {
      out.append('\n');
      block(value, indent + 2, out);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(Node node) {
    return switch (node) {
      case MapNode m -> "{}";
      case SeqNode s -> "[]";
      case Str s -> quote(s.value());
      case Raw r -> r.text();
    };
  }

  private static String key(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : quote(key);
  }

  /** A double-quoted YAML string; everything YAML could misread is escaped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || c == 0x7f
              || (c >= 0x80 && c < 0xa0)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\ufeff') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
