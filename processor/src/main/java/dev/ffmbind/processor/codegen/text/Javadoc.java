package dev.ffmbind.processor.codegen.text;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated javadoc comment: a summary sentence, more paragraphs, code snippets and block tags,
 * word-wrapped so that no line passes {@link #COLUMNS} at the indentation it is written at. Writers
 * build every comment of generated code through it.
 */
public final class Javadoc {

  /** The column limit of generated code. */
  public static final int COLUMNS = 100;

  /** One level of indentation in generated code (two spaces, like the project's own sources). */
  public static final String INDENT = "  ";

  /** The indentation of a block tag's continuation lines. */
  private static final String TAG_CONTINUATION = "    ";

  private sealed interface Part {}

  private record Paragraph(Prose text) implements Part {}

  private record Snippet(List<String> lines, boolean attached) implements Part {}

  private record Tag(Prose text) implements Part {}

  private final List<Part> parts = new ArrayList<>();

  private Javadoc() {}

  /** A comment starting with its summary: the first sentence says what the element does. */
  public static Javadoc summary(Prose summary) {
    if (summary.isEmpty()) {
      throw new IllegalArgumentException("a javadoc needs a summary sentence");
    }
    Javadoc doc = new Javadoc();
    doc.parts.add(new Paragraph(summary));
    return doc;
  }

  /** A comment starting with its summary: {@link Prose#of}. */
  public static Javadoc summary(String format, Object... args) {
    return summary(Prose.of(format, args));
  }

  /**
   * A comment whose summary is a spec's {@code doc} (its paragraphs, split at blank lines, kept
   * apart) or, for a doc with no text, the given summary. A first paragraph without a sentence end
   * gets a period, so the summary is a sentence.
   */
  public static Javadoc specDoc(String doc, Prose otherwise) {
    Javadoc javadoc = null;
    for (String paragraph : Escapes.paragraphs(doc)) {
      Prose text = Prose.text(paragraph);
      if (text.isEmpty()) {
        continue; // only control characters
      }
      if (javadoc == null) {
        boolean sentence = SourceStyle.SENTENCE_END.matcher(paragraph).find();
        javadoc = summary(sentence ? text : Prose.of("$L.", text));
      } else {
        javadoc.paragraph(text);
      }
    }
    return javadoc != null ? javadoc : summary(otherwise);
  }

  /** A further paragraph, after a blank line, starting with {@code <p>}. */
  public Javadoc paragraph(Prose text) {
    parts.add(new Paragraph(Prose.of("<p>$L", text)));
    return this;
  }

  public Javadoc paragraph(String format, Object... args) {
    return paragraph(Prose.of(format, args));
  }

  /**
   * A {@code {@snippet}} of code: right under the paragraph before it, or after a blank line. Text
   * that cannot stand in a snippet ({@link Escapes#isPlainCode}) becomes a {@code <pre>} block of
   * escaped text.
   */
  public Javadoc snippet(String lang, List<String> lines, boolean attached) {
    List<String> out = new ArrayList<>();
    if (lines.stream().allMatch(Escapes::isPlainCode)) {
      out.add("{@snippet lang=" + lang + " :");
      out.addAll(lines);
      out.add("}");
    } else {
      out.add("<pre>");
      lines.forEach(
          l ->
              out.add(
                  Escapes.javadocText(l)
                      .replace("<", "&lt;")
                      .replace("{", "&#123;")
                      .replace("}", "&#125;")));
      out.add("</pre>");
    }
    parts.add(new Snippet(out, attached));
    return this;
  }

  /** A block tag: {@code @param name text}, {@code @return text}, {@code @throws T text}. */
  public Javadoc tag(String tag, Prose text) {
    parts.add(new Tag(Prose.of(tag + " $L", text)));
    return this;
  }

  public Javadoc param(String name, Prose text) {
    return tag("@param " + name, text);
  }

  /**
   * A C declaration as snippet lines: one line if it fits, else broken after the commas of its
   * parameter list, continuation lines indented.
   *
   * @param width the columns the lines may take
   */
  public static List<String> cDeclaration(String declaration, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String piece : declaration.split("(?<=, )")) {
      if (!line.isEmpty() && line.length() + piece.stripTrailing().length() > width) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append(TAG_CONTINUATION);
      }
      line.append(piece);
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** The columns javadoc text may take at an indentation depth (after {@code " * "}). */
  public static int width(int depth) {
    return COLUMNS - depth * INDENT.length() - " * ".length();
  }

  /**
   * The comment for {@code addJavadoc}, wrapped for an element at an indentation depth (0 for a
   * top-level class, 1 for its members and nested classes, and so on).
   */
  public CodeBlock render(int depth) {
    int width = width(depth);
    CodeBlock.Builder out = CodeBlock.builder();
    Part previous = null;
    for (Part part : parts) {
      if (previous != null
          && !(part instanceof Tag && previous instanceof Tag)
          && !(part instanceof Snippet s && s.attached())) {
        out.add("\n");
      }
      switch (part) {
        case Paragraph p -> wrap(out, p.text(), width, "");
        case Tag t -> wrap(out, t.text(), width, TAG_CONTINUATION);
        case Snippet s -> s.lines().forEach(l -> out.add("$L\n", l));
      }
      previous = part;
    }
    return out.build();
  }

  private static void wrap(CodeBlock.Builder out, Prose text, int width, String continuation) {
    int column = 0;
    boolean lineStart = true;
    for (Prose.Word word : text.words()) {
      if (!lineStart && column + 1 + word.width() > width) {
        out.add("\n$L", continuation);
        column = continuation.length();
        lineStart = true;
      }
      if (!lineStart) {
        out.add(" ");
        column++;
      }
      out.add(word.code());
      column += word.width();
      lineStart = false;
    }
    out.add("\n");
  }
}
