package dev.ffmbind.processor.model;

import java.util.List;

/**
 * A Java class name split into package and (possibly nested) simple names, without any dependency
 * on javac or JavaPoet.
 */
public record JavaClassName(String packageName, List<String> simpleNames) {

  public JavaClassName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a class name needs at least one simple name");
    }
  }

  public static JavaClassName of(String packageName, String... simpleNames) {
    return new JavaClassName(packageName, List.of(simpleNames));
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** A class nested in this one. */
  public JavaClassName nested(String simpleName) {
    var names = new java.util.ArrayList<>(simpleNames);
    names.add(simpleName);
    return new JavaClassName(packageName, names);
  }

  /** The canonical name, e.g. {@code com.example.Sqlite3.Database}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
