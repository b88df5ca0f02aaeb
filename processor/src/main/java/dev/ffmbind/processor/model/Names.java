package dev.ffmbind.processor.model;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every naming rule of ffmbind in one place: what the front ends and validators accept as Java and
 * C names, the names of generated classes and methods users see, and every name the generator
 * invents inside a binding class. Generated locals end in {@code $} so they can never clash with a
 * C parameter name ({@link #isJavaIdentifier} rejects names containing {@code $}).
 *
 * <p>Uses its own table of Java keywords rather than javac's, so the model stays free of {@code
 * javax.lang.model}.
 */
public final class Names {

  private Names() {}

  // ---- Java and C names ------------------------------------------------------------------------

  /** Reserved keywords and literals of Java 25: never an identifier. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "_",
          "true",
          "false",
          "null");

  /**
   * Contextual keywords of Java 25: identifiers in most places, but not as the name of a type
   * ({@code var}, {@code record}, {@code yield}, ...) or in some declarations.
   */
  private static final Set<String> CONTEXTUAL_KEYWORDS =
      Set.of(
          "exports",
          "module",
          "non-sealed",
          "open",
          "opens",
          "permits",
          "provides",
          "record",
          "requires",
          "sealed",
          "to",
          "transitive",
          "uses",
          "var",
          "when",
          "with",
          "yield");

  /** Whether a word is a reserved Java keyword or literal ({@code class}, {@code true}). */
  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  /** Whether a word is a contextual Java keyword ({@code var}, {@code record}, {@code yield}). */
  public static boolean isContextualKeyword(String name) {
    return CONTEXTUAL_KEYWORDS.contains(name);
  }

  /** Whether a name is a syntactically valid Java identifier that is not a reserved keyword. */
  private static boolean isIdentifierNotKeyword(String name) {
    if (name.isEmpty() || isKeyword(name)) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!Character.isJavaIdentifierStart(first)) {
      return false;
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isJavaIdentifierPart(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether a name can be a Java identifier that ffmbind may use ({@code $} is reserved for
   * generated locals).
   */
  public static boolean isJavaIdentifier(String name) {
    return name != null && isIdentifierNotKeyword(name) && name.indexOf('$') < 0;
  }

  /** Whether a dotted name is a valid Java package name (empty: the unnamed package). */
  public static boolean isPackageName(String name) {
    if (name == null) {
      return false;
    }
    if (name.isEmpty()) {
      return true;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifierNotKeyword(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a C symbol is a name, or a versioned name ({@code vfunc@VER_1}, {@code vfunc@@VER_2}).
   */
  public static boolean isCSymbol(String symbol) {
    return symbol != null && C_SYMBOL.matcher(symbol).matches();
  }

  private static final Pattern C_SYMBOL =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(@@?[A-Za-z0-9_.]+)?");

  /** UpperCamelCase of a C identifier: {@code sqlite3_stmt} gives {@code Sqlite3Stmt}. */
  public static String upperCamel(String cName) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : cName.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /**
   * lowerCamelCase of a C identifier, the Java name of a struct field: {@code tv_sec} gives {@code
   * tvSec}, {@code sysname} stays. Leading underscores are dropped ({@code __pad} gives {@code
   * pad}); a name of underscores only stays as it is.
   */
  public static String lowerCamel(String cName) {
    String upper = upperCamel(cName);
    if (upper.isEmpty()) {
      return cName;
    }
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /**
   * The names a record component cannot take: the methods of {@code Object} a record's accessor
   * would clash with, and the members the generated struct type declares itself.
   */
  public static final java.util.Set<String> STRUCT_RESERVED =
      java.util.Set.of(
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "read",
          "write",
          "layout");

  /**
   * The names a field accessor of a resident struct's view cannot take: the members the view
   * declares itself and the methods of {@code Object}.
   */
  public static final java.util.Set<String> STRUCT_VIEW_RESERVED =
      java.util.Set.of(
          "segment",
          "toValue",
          "set",
          "of",
          "allocate",
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  /** The constant holding a generated struct type's {@code StructLayout}. */
  public static final String STRUCT_LAYOUT = "LAYOUT";

  // ---- generated classes and methods users see -------------------------------------------------

  /** Suffix of the class generated for an annotated interface. */
  public static final String IMPLEMENTATION_SUFFIX = "_Ffm";

  /**
   * The class generated for an annotated interface: {@code Libc} gives {@code Libc_Ffm}, nested
   * {@code Outer.Libc} gives {@code Outer_Libc_Ffm}, in the interface's package.
   */
  public static JavaClassName implementationOf(JavaClassName iface) {
    return new JavaClassName(
        iface.packageName(),
        List.of(String.join("_", iface.simpleNames()) + IMPLEMENTATION_SUFFIX));
  }

  /**
   * The default exception class name of a status table: {@code sqlite} gives {@code
   * SqliteException}.
   */
  public static String statusException(String table) {
    return upperCamel(table) + "Exception";
  }

  /**
   * The generated method telling whether an optional function's symbol exists: {@code sqlite3Foo}
   * gives {@code hasSqlite3Foo}.
   */
  public static String availabilityMethod(String javaName) {
    return "has" + Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  // ---- names inside a binding class ------------------------------------------------------------

  /** The holder class whose static fields are the linked method handles. */
  public static final String DOWNCALLS = "Downcalls";

  /** The field holding the downcall handle of a function. */
  public static String handleField(String javaName) {
    return javaName;
  }

  /**
   * The field holding the {@code void f(void*)} handle of a deallocator, e.g. {@code
   * FREE_SQLITE3_FREE}.
   */
  public static String freeField(String symbol) {
    return "FREE_" + symbol.toUpperCase(Locale.ROOT);
  }

  /** The helper that calls a deallocator, e.g. {@code free$sqlite3_free}. */
  public static String freeMethod(String symbol) {
    return "free$" + symbol;
  }

  /**
   * The private method that frees an owned handle of a type whose destructor is a declared
   * function.
   */
  public static String destroyMethod(String handleSimpleName) {
    return "destroy$" + handleSimpleName;
  }

  /** The binding-class field holding a charset without a {@code StandardCharsets} constant. */
  public static String charsetField(String charset) {
    return Charset.forName(charset).name().toUpperCase(Locale.ROOT).replace('-', '_') + "$";
  }

  /**
   * The native-side local of a parameter: {@code path$} for {@code path}. A parameter named like
   * one of the stub's own locals ({@link #RESULT} and the others below) gets {@code result$arg}
   * instead, so the two can never be the same variable.
   */
  public static String nativeLocal(String param) {
    String local = param + "$";
    return STUB_LOCALS.contains(local) ? param + "$arg" : local;
  }

  /** The local holding what C wrote to a handle out-parameter. */
  public static String outLocal(String param) {
    return param + "$out";
  }

  /**
   * The nested class holding the one upcall stub of a callback type, e.g. {@code
   * IntComparatorStub}.
   */
  public static String stubHolder(String callbackSimpleName) {
    return callbackSimpleName + "Stub";
  }

  /** In a stub holder: the upcall stub's field. */
  public static final String STUB = "STUB";

  /** In a stub holder: the static method the stub calls. */
  public static final String UPCALL_METHOD = "upcall";

  /** Locals of generated methods. */
  public static final String UPCALL = "upcall$";

  public static final String TARGET = "target$";
  public static final String CALLBACK = "callback$";

  /** The stub's arena for arguments valid only during the callback (struct views). */
  public static final String UPCALL_SCOPE = "scope$";

  public static final String SCRATCH = "scratch$";
  public static final String ERRNO = "errno$";
  public static final String RESULT = "result$";
  public static final String SIZE = "size$";

  /** The thread's caller frame, through which callbacks' exceptions reach the downcall. */
  public static final String CALLER = "caller$";

  /** The user-data pointer a handle-scoped setter passes. */
  public static final String USER_DATA = "userData$";

  /** The default user-data slot of a handle when no callback type names it. */
  public static final String DEFAULT_SLOT = "user_data";

  /** The local of the {@code i}-th call-scoped frame of a function with several callbacks. */
  public static String upcallFrame(int i) {
    return i == 0 ? UPCALL : UPCALL + i;
  }

  /** Every fixed local name above, which {@link #nativeLocal} must not produce. */
  private static final Set<String> STUB_LOCALS =
      Set.of(UPCALL, TARGET, CALLBACK, SCRATCH, ERRNO, RESULT, SIZE, CALLER, USER_DATA);
}
