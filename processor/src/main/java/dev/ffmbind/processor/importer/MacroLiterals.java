package dev.ffmbind.processor.importer;

import dev.ffmbind.processor.abi.CStrings;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a macro's expansion is as a spec constant's value: an integer, a floating or a string
 * literal (outer parentheses dropped), written as the spec writes it; empty for anything else.
 */
final class MacroLiterals {

  private static final Pattern INTEGER =
      Pattern.compile("(-?)\\s*(0[xX][0-9a-fA-F]+|[0-9]+)([uUlL]*)");
  private static final Pattern FLOATING =
      Pattern.compile("-?\\s*([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+(?=[eE]))([eE][+-]?[0-9]+)?[fFlL]?");

  private MacroLiterals() {}

  /** The spec's value of an expansion, if it is a literal. */
  static Optional<String> literal(String expansion) {
    String text = expansion.strip();
    while (text.startsWith("(")
        && text.endsWith(")")
        && balanced(text.substring(1, text.length() - 1))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    String literal = text;
    return integer(literal).or(() -> floating(literal)).or(() -> string(literal));
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static Optional<String> integer(String text) {
    Matcher m = INTEGER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(2);
    try {
      long v;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        v = Long.parseUnsignedLong(digits.substring(2), 16);
        if (v < 0) {
          return Optional.empty();
        }
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        v = Long.parseLong(digits.substring(1), 8);
      } else {
        v = Long.parseLong(digits);
      }
      return Optional.of(Long.toString(m.group(1).isEmpty() ? v : -v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> floating(String text) {
    if (!FLOATING.matcher(text).matches()) {
      return Optional.empty();
    }
    String t = text.replaceAll("\\s+", "").replaceAll("[fFlL]$", "");
    double d = Double.parseDouble(t);
    return Double.isFinite(d) ? Optional.of(Double.toString(d)) : Optional.empty();
  }

  private static Optional<String> string(String text) {
    return CStrings.literal(text).map(HeaderImporter::yamlString);
  }
}
