package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.model.Names;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a binding may not use because of what the generated Java source and class file already
 * hold: restricted identifiers, the JDK's packages, the generated class's own members, the types
 * its code names by their simple name, and the class-file limit on a constant.
 *
 * <p>A small table kept next to the validators that use it; the generator's own naming rules live
 * in {@link Names}, where this table is meant to move.
 */
final class ReservedNames {

  private ReservedNames() {}

  /** The most bytes a class-file constant (a name, a string literal) holds in modified UTF-8. */
  static final int MAX_CONSTANT_BYTES = 65_535;

  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Identifiers that are not keywords but cannot name a type (JLS 3.9, TypeIdentifier). */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

  /**
   * The members the generated binding class and its {@code Downcalls} holder declare, which a
   * function's Java name would clash with (the holder has a field named after each function), and
   * what each one is, for the message.
   */
  private static final Map<String, String> MEMBERS =
      Map.ofEntries(
          Map.entry("LIBRARY", "the field holding the library name"),
          Map.entry("ALTERNATIVES", "the field holding the alternative library names"),
          Map.entry("SYMBOLS", "the field listing the symbols load() checks"),
          Map.entry("load", "the static method load()"),
          Map.entry("INSTANCE", "the field of " + Names.DOWNCALLS + " holding the instance"),
          Map.entry("LINKER", "the field of " + Names.DOWNCALLS + " holding the linker"),
          Map.entry("LOOKUP", "the field of " + Names.DOWNCALLS + " holding the symbol lookup"));

  /**
   * The methods of {@code java.lang.Object} by name, with the parameter counts at which a method of
   * that name would override (or fail to override) them; other counts are overloads and compile
   * ({@code sqlite3_finalize} bound as {@code finalize(Statement)}).
   */
  private static final Map<String, Set<Integer>> OBJECT_METHODS =
      Map.of(
          "getClass",
          Set.of(0),
          "hashCode",
          Set.of(0),
          "equals",
          Set.of(1),
          "toString",
          Set.of(0),
          "clone",
          Set.of(0),
          "finalize",
          Set.of(0),
          "notify",
          Set.of(0),
          "notifyAll",
          Set.of(0),
          "wait",
          Set.of(0, 1, 2));

  /**
   * The types generated code names by their simple name ({@code Checks.notNull(..)}, {@code
   * ValueLayout.JAVA_INT}): a parameter or a {@code Downcalls} field of that name would hide the
   * type from the code around it.
   */
  private static final Set<String> REFERENCED_TYPES =
      Set.of(
          Names.DOWNCALLS,
          // java.lang
          "AssertionError",
          "Boolean",
          "Byte",
          "Character",
          "Double",
          "Error",
          "Float",
          "IllegalArgumentException",
          "Integer",
          "Long",
          "Math",
          "Object",
          "RuntimeException",
          "Short",
          "String",
          "Throwable",
          // the JDK
          "ByteBuffer",
          "Charset",
          "FunctionDescriptor",
          "Linker",
          "List",
          "Map",
          "MemorySegment",
          "MethodHandle",
          "MethodHandles",
          "StandardCharsets",
          "SymbolLookup",
          "ValueLayout",
          // the runtime
          "CallDescription",
          "Checks",
          "Errno",
          "ErrnoException",
          "Libraries",
          "LibraryNotFoundException",
          "MissingSymbolsException",
          "NativeArrays",
          "NativeBuffer",
          "NativeHandle",
          "NativeStrings",
          "Ref",
          "Registration",
          "Scratch",
          "SizedStrings",
          "StatusException",
          "SymbolUnavailableException",
          "Upcalls",
          "Unchecked");

  /** Whether a name is a plain C identifier (no version suffix). */
  static boolean isCIdentifier(String name) {
    return name != null && C_IDENTIFIER.matcher(name).matches();
  }

  /** Whether a package belongs to the JDK ({@code java}, {@code javax} and below). */
  static boolean isJdkPackage(String packageName) {
    return packageName.equals("java")
        || packageName.startsWith("java.")
        || packageName.equals("javax")
        || packageName.startsWith("javax.");
  }

  /** Whether a valid identifier still cannot name a class. */
  static boolean isRestrictedTypeName(String name) {
    return RESTRICTED_TYPE_NAMES.contains(name);
  }

  /**
   * What a function's Java name clashes with in the generated class, if anything: one of its
   * members, a method of {@code Object} it would override, a deallocator handle ({@code FREE_...}),
   * or a type its code names.
   *
   * @param javaParams the number of parameters of the Java method
   */
  static Optional<String> functionClash(String javaName, int javaParams) {
    if (MEMBERS.containsKey(javaName)) {
      return Optional.of(MEMBERS.get(javaName));
    }
    if (OBJECT_METHODS.getOrDefault(javaName, Set.of()).contains(javaParams)) {
      return Optional.of("java.lang.Object's method " + javaName + "()");
    }
    if (javaName.startsWith("FREE_")) {
      return Optional.of("the fields of " + Names.DOWNCALLS + " holding deallocators (FREE_...)");
    }
    return typeClash(javaName);
  }

  /**
   * What a field of the binding class (a constant) clashes with, if anything: a field the class
   * already declares, or a type its code names (a field obscures a type of the same name).
   */
  static Optional<String> fieldClash(String name) {
    if (Set.of("LIBRARY", "ALTERNATIVES", "SYMBOLS").contains(name)) {
      return Optional.of(MEMBERS.get(name));
    }
    return typeClash(name);
  }

  /** What a parameter name hides in the generated method body, if anything. */
  static Optional<String> parameterClash(String name) {
    return typeClash(name);
  }

  private static Optional<String> typeClash(String name) {
    return REFERENCED_TYPES.contains(name)
        ? Optional.of("the type " + name + ", which the generated code names")
        : Optional.empty();
  }

  /** The length of a name in a class file's (modified) UTF-8. */
  static int classFileLength(String name) {
    int bytes = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  /** Whether a name is too long for a class-file constant. */
  static boolean tooLong(String name) {
    // Cheap test first: every char takes at least one byte and at most three.
    return name.length() > MAX_CONSTANT_BYTES / 3 && classFileLength(name) > MAX_CONSTANT_BYTES;
  }

  /** The start of a long name, for a message that should not repeat all of it. */
  static String head(String name) {
    int codePoints = name.codePointCount(0, name.length());
    return codePoints <= 32 ? name : name.substring(0, name.offsetByCodePoints(0, 32));
  }
}
