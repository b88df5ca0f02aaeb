package dev.ffmbind.processor.codegen.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout rules generated code keeps, as a check the tests run over every golden and over the
 * sources the examples' builds generate: no line over {@link Javadoc#COLUMNS} columns, no tab, no
 * trailing whitespace, and every javadoc comment opens with a summary sentence (text with a
 * sentence end before any blank line, {@code <p>}, snippet or block tag).
 */
public final class SourceStyle {

  private SourceStyle() {}

  /** The end of a sentence: {@code .}, {@code ?} or {@code !} before whitespace or the end. */
  static final Pattern SENTENCE_END = Pattern.compile("[.?!](\\s|$)");

  /** Where the summary paragraph of a comment ends. */
  private static final Pattern PARAGRAPH_END = Pattern.compile("^(@|<p>|<pre>|\\{@snippet)");

  /**
   * What breaks the rules in one source file.
   *
   * @param name the file, as problems name it
   * @param source its text
   * @return one line per problem, {@code name:line: what}; empty when it keeps the rules
   */
  public static List<String> problems(String name, String source) {
    List<String> problems = new ArrayList<>();
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + ":" + (i + 1) + ": ";
      int columns = line.codePointCount(0, line.length());
      if (columns > Javadoc.COLUMNS) {
        problems.add(where + columns + " columns");
      }
      if (line.indexOf('\t') >= 0) {
        problems.add(where + "a tab");
      }
      if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
        problems.add(where + "trailing whitespace");
      }
      if (line.strip().equals("/**") && !hasSummary(lines, i + 1)) {
        problems.add(where + "a javadoc comment without a summary sentence");
      }
    }
    return problems;
  }

  /** Whether the comment whose text starts at a line opens with a sentence. */
  private static boolean hasSummary(List<String> lines, int from) {
    StringBuilder summary = new StringBuilder();
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("*/")) {
        break;
      }
      String text = line.startsWith("*") ? line.substring(1).strip() : line;
      if (text.isEmpty() || PARAGRAPH_END.matcher(text).lookingAt()) {
        break;
      }
      summary.append(text).append(' ');
    }
    return SENTENCE_END.matcher(summary).find();
  }
}
