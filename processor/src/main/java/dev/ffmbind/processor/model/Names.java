package dev.ffmbind.processor.model;

import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Naming rules shared by both front ends and the validator. */
public final class Names {

  private Names() {}

  /** Suffix of the class generated for an annotated interface. */
  public static final String IMPLEMENTATION_SUFFIX = "_Ffm";

  /**
   * The class generated for an annotated interface: {@code Libc} gives {@code Libc_Ffm},
   * nested {@code Outer.Libc} gives {@code Outer_Libc_Ffm}, in the interface's package.
   */
  public static JavaClassName implementationOf(JavaClassName iface) {
    return new JavaClassName(iface.packageName(),
        java.util.List.of(String.join("_", iface.simpleNames()) + IMPLEMENTATION_SUFFIX));
  }

  /** The default exception class name of a status table: {@code sqlite} gives {@code SqliteException}. */
  public static String statusException(String table) {
    return upperCamel(table) + "Exception";
  }

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

  /** The generated method telling whether an optional function's symbol exists: {@code sqlite3Foo} gives {@code hasSqlite3Foo}. */
  public static String availabilityMethod(String javaName) {
    return "has" + Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  private static final Pattern C_SYMBOL =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(@@?[A-Za-z0-9_.]+)?");

  /** Whether a C symbol is a name, or a versioned name ({@code vfunc@VER_1}, {@code vfunc@@VER_2}). */
  public static boolean isCSymbol(String symbol) {
    return symbol != null && C_SYMBOL.matcher(symbol).matches();
  }

  /** Whether a name can be a Java identifier that ffmbind may use ({@code $} is reserved for generated locals). */
  public static boolean isJavaIdentifier(String name) {
    return name != null && SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name)
        && name.indexOf('$') < 0;
  }

  /** Whether a dotted name is a valid Java package name (empty: the unnamed package). */
  public static boolean isPackageName(String name) {
    return name != null && (name.isEmpty() || SourceVersion.isName(name));
  }
}
