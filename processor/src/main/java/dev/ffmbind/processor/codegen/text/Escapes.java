package dev.ffmbind.processor.codegen.text;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one escaping function per context for text from a spec (docs, C names and types, status
 * descriptions, file names) that ends up in Java source. Every such string goes through exactly one
 * of these before it reaches the output, so a spec can never end a comment, start a javadoc block
 * tag, break a string literal or smuggle in a unicode escape (javac translates {@code \}{@code
 * uXXXX} everywhere, comments included, before it parses anything).
 */
public final class Escapes {

  private Escapes() {}

  /** Line terminators of any kind: CR LF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
  private static final Pattern LINE_TERMINATOR = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);");

  /**
   * Spec text as javadoc text. A spec's {@code doc} is javadoc (the annotation front end reads it
   * from a doc comment), so markup such as {@code <b>} and inline tags are kept; what would break
   * the comment or change its meaning is escaped: {@code *}{@code /}, backslashes (no unicode
   * escapes), an {@code @} starting a word (no block tags), a {@code <} that starts no tag and an
   * {@code &} that starts no entity. Line terminators of every kind become {@code \n}; other
   * control characters become spaces.
   */
  public static String javadocText(String raw) {
    String text = LINE_TERMINATOR.matcher(raw).replaceAll("\n");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char previous = i == 0 ? ' ' : text.charAt(i - 1);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      switch (c) {
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(previous == '*' ? "&#47;" : "/");
        case '@' -> out.append(Character.isWhitespace(previous) ? "&#64;" : "@");
        case '<' ->
            out.append(Character.isLetter(next) || next == '/' || next == '!' ? "<" : "&lt;");
        case '&' ->
            out.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "&" : "&amp;");
        case '\n' -> out.append('\n');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Spec text split into paragraphs at blank lines, whatever its line terminators. */
  public static List<String> paragraphs(String raw) {
    return Stream.of(LINE_TERMINATOR.matcher(raw.strip()).replaceAll("\n").split("\n\\s*\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /**
   * Whether text may stand as is in {@code {@code ...}} or a {@code {@snippet}}, where entities are
   * not expanded: no line terminator, backslash, comment end, control character, and balanced
   * braces.
   */
  public static boolean isPlainCode(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\'
          || Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || (c == '/' && i > 0 && text.charAt(i - 1) == '*')) {
        return false;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * Spec text shown as code in javadoc: {@code {@code text}}, or, when the text cannot stand in
   * that tag ({@link #isPlainCode}), {@code <code>} with the text escaped for HTML.
   */
  public static String javadocCode(String raw) {
    if (isPlainCode(raw)) {
      return "{@code " + raw + "}";
    }
    return "<code>" + javadocText(raw).replace("<", "&lt;").replace("\n", " ") + "</code>";
  }

  /**
   * A Java string literal of any text, for {@code $L}. Like JavaPoet's {@code $S}, but line and
   * paragraph separators are written as unicode escapes: JavaPoet would break the line inside the
   * literal (javac reads the escaped separator as a plain character of the string).
   */
  public static CodeBlock stringLiteral(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        // Octal escapes, not unicode ones: javac reads a unicode escape of LF as a line break.
        default -> {
          if (Character.isISOControl(c)) {
            out.append('\\').append(Integer.toOctalString(c));
          } else if (c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", out.append('"'));
  }

  /**
   * Spec text in a {@code //} comment: one line, its backslashes doubled (a doubled backslash
   * starts no unicode escape, so {@code \}{@code u000a} cannot end the comment).
   */
  public static String lineComment(String raw) {
    return LINE_TERMINATOR.matcher(raw).replaceAll(" ").replace("\\", "\\\\");
  }
}
