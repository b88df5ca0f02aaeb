package dev.ffmbind.processor.codegen.text;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Javadoc text kept as words, so {@link Javadoc} can wrap it to the column limit once it knows the
 * indentation. Built like a {@code CodeBlock} from a format with {@code $T}, {@code $N}, {@code
 * $L}, {@code $W} (a space) and {@code $$}: a {@code $L} string argument is spec text and goes
 * through {@link Escapes#javadocText}; a {@code $L} {@code Prose} argument is spliced in; a {@code
 * $L} {@code CodeBlock} is one unbreakable piece. Spaces inside an inline tag ({@code {@link #a
 * b}}) do not break a line.
 */
public final class Prose {

  /** A qualified class name in a rendered {@code CodeBlock}, as JavaPoet would import it. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");

  /** A piece of a word: its code and the text it is estimated to render as. */
  private record Piece(CodeBlock code, String text) {}

  /** A space: where a line may break. */
  private static final Piece SPACE = new Piece(CodeBlock.of(" "), " ");

  /** Pieces of words and {@link #SPACE}s. */
  private final List<Piece> pieces;

  private Prose(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  /** Text from a format and its arguments (see the class comment). */
  public static Prose of(String format, Object... args) {
    return builder().add(format, args).build();
  }

  /** Spec text (a {@code doc}), escaped, its line breaks turned into spaces. */
  public static Prose text(String raw) {
    return builder().add("$L", raw.strip()).build();
  }

  /** Spec text shown as code: {@link Escapes#javadocCode}. */
  public static Prose code(String raw) {
    return builder()
        .addPiece(CodeBlock.of("$L", Escapes.javadocCode(raw)), Escapes.javadocCode(raw))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isEmpty() {
    return pieces.isEmpty();
  }

  /**
   * The words to wrap: runs of pieces between spaces, except that a space inside an inline tag
   * joins its neighbours into one word.
   */
  List<Word> words() {
    List<Word> words = new ArrayList<>();
    CodeBlock.Builder code = CodeBlock.builder();
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Piece piece : pieces) {
      if (piece == SPACE && depth == 0) {
        if (!text.isEmpty()) {
          words.add(new Word(code.build(), text.length()));
        }
        code = CodeBlock.builder();
        text.setLength(0);
        continue;
      }
      String pieceText = piece.text();
      code.add(piece.code());
      text.append(pieceText);
      for (char c : pieceText.toCharArray()) {
        depth = Math.max(0, depth + (c == '{' ? 1 : c == '}' ? -1 : 0));
      }
    }
    if (!text.isEmpty()) {
      words.add(new Word(code.build(), text.length()));
    }
    return words;
  }

  /** A word of wrapped text and its estimated width. */
  record Word(CodeBlock code, int width) {}

  /** Appends formats and other text; a format's leading space separates it from what is before. */
  public static final class Builder {

    private final List<Piece> pieces = new ArrayList<>();

    private Builder() {}

    public boolean isEmpty() {
      return pieces.isEmpty();
    }

    public Builder add(Prose prose) {
      pieces.addAll(prose.pieces);
      return this;
    }

    public Builder add(String format, Object... args) {
      StringBuilder literal = new StringBuilder();
      int next = 0;
      for (int i = 0; i < format.length(); i++) {
        char c = format.charAt(i);
        if (c != '$') {
          literal.append(c);
          continue;
        }
        char kind = format.charAt(++i);
        if (kind == '$' || kind == 'W') {
          literal.append(kind == '$' ? '$' : ' ');
          continue;
        }
        text(literal.toString());
        literal.setLength(0);
        Object arg = args[next++];
        switch (kind) {
          case 'T' -> addPiece(CodeBlock.of("$T", arg), typeText(arg));
          case 'N' -> addPiece(CodeBlock.of("$N", arg), String.valueOf(arg));
          case 'L' -> {
            switch (arg) {
              case Prose prose -> add(prose);
              case CodeBlock block -> addPiece(block, estimate(block));
              case CharSequence spec -> text(Escapes.javadocText(spec.toString()));
              default -> text(String.valueOf(arg));
            }
          }
          default -> throw new IllegalArgumentException("$" + kind + " in javadoc: " + format);
        }
      }
      if (next != args.length) {
        throw new IllegalArgumentException(args.length - next + " unused arguments: " + format);
      }
      text(literal.toString());
      return this;
    }

    /** Plain text: its whitespace separates words. */
    private void text(String text) {
      StringBuilder word = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (Character.isWhitespace(c)) {
          flush(word);
          if (pieces.isEmpty() || pieces.getLast() != SPACE) {
            pieces.add(SPACE);
          }
        } else {
          word.append(c);
        }
      }
      flush(word);
    }

    private void flush(StringBuilder word) {
      if (!word.isEmpty()) {
        addPiece(CodeBlock.of("$L", word.toString()), word.toString());
        word.setLength(0);
      }
    }

    private Builder addPiece(CodeBlock code, String text) {
      pieces.add(new Piece(code, text));
      return this;
    }

    public Prose build() {
      List<Piece> trimmed = new ArrayList<>(pieces);
      while (!trimmed.isEmpty() && trimmed.getLast() == SPACE) {
        trimmed.removeLast();
      }
      while (!trimmed.isEmpty() && trimmed.getFirst() == SPACE) {
        trimmed.removeFirst();
      }
      return new Prose(trimmed);
    }
  }

  /** How a type is likely rendered: imported or nested, so its simple names. */
  private static String typeText(Object type) {
    TypeName name = type instanceof Class<?> c ? TypeName.get(c) : (TypeName) type;
    return name instanceof ClassName c ? String.join(".", c.simpleNames()) : name.toString();
  }

  private static String estimate(CodeBlock block) {
    return QUALIFIED.matcher(block.toString()).replaceAll("");
  }
}
