package dev.ffmbind.processor.abi;

import java.util.Optional;

/** C string literals: reading what the preprocessor expanded a string macro to, and quoting. */
public final class CStrings {

  private CStrings() {}

  /**
   * The value of a C string expression made of adjacent literals, possibly parenthesized ({@code
   * ("1.3" ".1")}); empty when it is anything else.
   */
  public static Optional<String> literal(String text) {
    String t = text.strip();
    while (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    StringBuilder value = new StringBuilder();
    int i = 0;
    boolean any = false;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c != '"') {
        return Optional.empty();
      }
      any = true;
      i++;
      while (true) {
        if (i >= t.length()) {
          return Optional.empty();
        }
        char d = t.charAt(i++);
        if (d == '"') {
          break;
        }
        if (d != '\\') {
          value.append(d);
          continue;
        }
        if (i >= t.length()) {
          return Optional.empty();
        }
        char e = t.charAt(i++);
        switch (e) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case '0' -> value.append('\0');
          case '\\', '"', '\'', '?' -> value.append(e);
          default -> {
            return Optional.empty(); // octal, hex, universal names: not compared
          }
        }
      }
    }
    return any ? Optional.of(value.toString()) : Optional.empty();
  }

  /** {@code s} as a C string literal, for messages. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
