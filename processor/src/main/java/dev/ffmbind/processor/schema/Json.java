package dev.ffmbind.processor.schema;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal JSON writer for the schema: maps (keys in their order, except {@link Map#of} maps,
 * which are sorted so the output is stable), lists, strings, numbers and booleans.
 */
final class Json {

  private Json() {}

  static void write(Object value, StringBuilder out, String indent) {
    switch (value) {
      case Map<?, ?> map -> writeMap(map, out, indent);
      case List<?> list -> writeList(list, out, indent);
      case String s -> string(s, out);
      case Boolean b -> out.append(b);
      case Number n -> out.append(n);
      default -> throw new IllegalArgumentException("not JSON: " + value.getClass());
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out, String indent) {
    Map<?, ?> ordered =
        map instanceof java.util.LinkedHashMap<?, ?> ? map : new TreeMap<Object, Object>(map);
    if (ordered.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> it = ordered.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      out.append(inner);
      string((String) e.getKey(), out);
      out.append(": ");
      write(e.getValue(), out, inner);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void writeList(List<?> list, StringBuilder out, String indent) {
    boolean scalars = list.stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>);
    if (scalars) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i > 0 ? ", " : "");
        write(list.get(i), out, indent);
      }
      out.append(']');
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      write(list.get(i), out, inner);
      out.append(i < list.size() - 1 ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
