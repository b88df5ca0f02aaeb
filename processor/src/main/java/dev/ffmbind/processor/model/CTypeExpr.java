package dev.ffmbind.processor.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A C type as the user wrote it ({@code const char*}, {@code sqlite3**}, {@code unsigned int}),
 * parsed into a normalized base type, a pointer depth and whether the pointee is {@code const}.
 *
 * <p>Typedefs are expanded by {@link CTypes}, not here: this record is pure syntax.
 *
 * @param spelling the text as written by the user, kept for messages and Javadoc
 * @param base the normalized base type: {@code int}, {@code unsigned long}, {@code char}, {@code
 *     void}, {@code sqlite3}, ...
 * @param pointers the number of {@code *}
 * @param constPointee whether the innermost pointee is {@code const} ({@code const char*})
 * @param arrayLength for a fixed-size array ({@code unsigned char[16]}): its element count, else 0.
 *     Such a type is counted as a pointer ({@code pointers} includes the decay), as C passes an
 *     array parameter.
 */
public record CTypeExpr(
    String spelling, String base, int pointers, boolean constPointee, int arrayLength) {

  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ARRAY = Pattern.compile("(.*)\\[\\s*([0-9]*)\\s*]");

  /** A type that is not a fixed-size array. */
  public CTypeExpr(String spelling, String base, int pointers, boolean constPointee) {
    this(spelling, base, pointers, constPointee, 0);
  }

  /**
   * Whether this is a fixed-size array ({@code T[N]}), passed as a pointer to its first element.
   */
  public boolean isArray() {
    return arrayLength > 0;
  }

  /**
   * Why a spelling with an array suffix is not a fixed-size array this DSL accepts, or empty when
   * it has no such problem (it may still not be a C type at all: see {@link #parse}).
   */
  public static Optional<String> arrayProblem(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    var m = ARRAY.matcher(spelling.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(2);
    if (digits.isEmpty()) {
      return Optional.empty(); // T[]: not a C type this DSL understands (no length to check)
    }
    if (m.group(1).strip().endsWith("]")) {
      return Optional.of("arrays of arrays are not supported");
    }
    if (parse(m.group(1)).filter(CTypeExpr::isVoid).isPresent()) {
      return Optional.of("its elements cannot be void");
    }
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      n = Long.MAX_VALUE;
    }
    if (n <= 0 || n > Integer.MAX_VALUE) {
      return Optional.of("an array length must be between 1 and " + Integer.MAX_VALUE);
    }
    return Optional.empty();
  }

  public boolean isPointer() {
    return pointers > 0;
  }

  public boolean isVoid() {
    return pointers == 0 && base.equals("void");
  }

  /** The type one pointer level down ({@code char*} for {@code char**}). */
  public CTypeExpr pointee() {
    if (pointers == 0) {
      throw new IllegalStateException(spelling + " is not a pointer");
    }
    return new CTypeExpr(spelling, base, pointers - 1, constPointee);
  }

  /** The same type with another base, used when expanding typedefs. */
  public CTypeExpr withBase(String newBase, int extraPointers, boolean extraConst) {
    return new CTypeExpr(
        spelling, newBase, pointers + extraPointers, constPointee || extraConst, arrayLength);
  }

  /** The canonical spelling, e.g. {@code const char*} or {@code unsigned char[16]}. */
  public String canonical() {
    if (isArray()) {
      return elementSpelling() + "[" + arrayLength + "]";
    }
    return (constPointee ? "const " : "") + base + "*".repeat(pointers);
  }

  /**
   * A declaration of {@code name} with this type as C writes it: {@code const char* s}, {@code
   * unsigned char out[16]}.
   */
  public String declaration(String name) {
    if (isArray()) {
      return elementSpelling() + " " + name + "[" + arrayLength + "]";
    }
    return canonical() + " " + name;
  }

  private String elementSpelling() {
    return (constPointee ? "const " : "") + base + "*".repeat(pointers - 1);
  }

  /**
   * Parses a C type spelling. Accepts {@code const} before or after the base type, any whitespace
   * around {@code *}, multi-word integer types ({@code unsigned long long int}) and {@code _Bool}.
   * Qualifiers on the pointer itself ({@code char * const}) are accepted and dropped, since they do
   * not change how the value is passed.
   *
   * @return the parsed type, or empty if the text is not a C type this DSL understands
   */
  public static Optional<CTypeExpr> parse(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    String text = spelling.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    var array = ARRAY.matcher(text);
    if (array.matches()) {
      if (array.group(2).isEmpty() || arrayProblem(text).isPresent()) {
        return Optional.empty();
      }
      return parse(array.group(1))
          .map(
              e ->
                  new CTypeExpr(
                      text,
                      e.base(),
                      e.pointers() + 1,
                      e.constPointee(),
                      Integer.parseInt(array.group(2))));
    }
    int pointers = 0;
    boolean constPointee = false;
    StringBuilder base = new StringBuilder();
    // Split into identifiers and stars.
    String spaced = text.replace("*", " * ");
    boolean seenStar = false;
    for (String token : spaced.trim().split("\\s+")) {
      switch (token) {
        case "*" -> {
          pointers++;
          seenStar = true;
        }
        case "const" -> {
          if (!seenStar) {
            constPointee = true;
          }
          // "char * const": const pointer, same ABI; ignore.
        }
        case "volatile", "restrict", "__restrict", "struct", "enum", "union" -> {
          // qualifiers and tags do not change how a value crosses the boundary
        }
        default -> {
          if (seenStar || !IDENT.matcher(token).matches()) {
            return Optional.empty();
          }
          if (base.length() > 0) {
            base.append(' ');
          }
          base.append(token);
        }
      }
    }
    if (base.length() == 0) {
      return Optional.empty();
    }
    String normalized = normalizeBase(base.toString());
    if (normalized == null) {
      return Optional.empty();
    }
    return Optional.of(new CTypeExpr(text, normalized, pointers, constPointee));
  }

  /** Collapses the many spellings of the built-in integer types; returns null when invalid. */
  private static String normalizeBase(String words) {
    String[] parts = words.split(" ");
    if (parts.length == 1) {
      return switch (parts[0]) {
        case "_Bool" -> "bool";
        case "unsigned" -> "unsigned int";
        case "signed" -> "int";
        default -> parts[0];
      };
    }
    boolean unsigned = false;
    boolean signed = false;
    int longs = 0;
    String core = null;
    for (String w : parts) {
      switch (w) {
        case "unsigned" -> unsigned = true;
        case "signed" -> signed = true;
        case "long" -> longs++;
        case "int", "char", "short" -> {
          if (core != null && !(core.equals("int") || w.equals("int"))) {
            return null;
          }
          if (core == null || core.equals("int")) {
            core = w;
          }
        }
        default -> {
          return null; // "unsigned sqlite3" and the like
        }
      }
    }
    if (unsigned && signed) {
      return null;
    }
    if (longs > 2 || (longs > 0 && core != null && !core.equals("int"))) {
      return null;
    }
    String result;
    if (longs == 2) {
      result = "long long";
    } else if (longs == 1) {
      result = "long";
    } else {
      result = core == null ? "int" : core;
    }
    if (result.equals("char")) {
      return unsigned ? "unsigned char" : signed ? "signed char" : "char";
    }
    return unsigned ? "unsigned " + result : result;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
