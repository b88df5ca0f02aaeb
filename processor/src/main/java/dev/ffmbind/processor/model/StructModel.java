package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A C struct or union whose fields Java reads and writes, bound as a generated value type nested in
 * the binding class (a record for a struct, a class carrying the bytes for a union). Its layout is
 * computed by {@link StructLayouts} with the C rules of LP64 x86-64 and AArch64.
 *
 * @param ref where it was declared
 * @param cName the C tag or typedef name ({@code timeval}); {@code struct timeval}, {@code union
 *     timeval} and the bare name all denote it
 * @param javaClass the generated value type, nested in the binding class
 * @param union whether it is a union (all fields at offset 0)
 * @param fields the fields, in C order
 * @param doc documentation of the generated type; may be empty
 * @param resident whether a view class over native memory ({@link #viewClass}) is generated too,
 *     and {@code T*} parameters and results are carried by it rather than by copies
 */
public record StructModel(
    SourceRef ref,
    String cName,
    JavaClassName javaClass,
    boolean union,
    List<Field> fields,
    String doc,
    boolean resident) {

  public StructModel {
    fields = List.copyOf(fields);
  }

  /** A struct or union bound as a value only (not {@link #resident}). */
  public StructModel(
      SourceRef ref,
      String cName,
      JavaClassName javaClass,
      boolean union,
      List<Field> fields,
      String doc) {
    this(ref, cName, javaClass, union, fields, doc, false);
  }

  /**
   * The view class of a resident struct: the value type's simple name plus {@code View} ({@code
   * ZStreamView}), nested in the binding class beside it.
   */
  public JavaClassName viewClass() {
    var names = new java.util.ArrayList<>(javaClass.simpleNames());
    names.set(names.size() - 1, javaClass.simpleName() + "View");
    return new JavaClassName(javaClass.packageName(), names);
  }

  /** {@code struct} or {@code union}, for messages and Javadoc. */
  public String keyword() {
    return union ? "union" : "struct";
  }

  /** {@code struct 'timeval'}, for messages. */
  public String describe() {
    return keyword() + " '" + cName + "'";
  }

  /**
   * One field.
   *
   * @param ref where it was declared
   * @param name the C name; the Java component is {@link Names#lowerCamel} of it
   * @param spelling the C type as written
   * @param type the parsed C type; empty when the spelling is a construct ffmbind refuses ({@link
   *     #refusal})
   * @param javaType the Java type asked for ({@code byte[]} for a {@code char[N]}), or empty for
   *     the default
   * @param doc documentation of the component; may be empty
   */
  public record Field(
      SourceRef ref,
      String name,
      String spelling,
      Optional<CTypeExpr> type,
      Optional<JavaType> javaType,
      String doc) {

    /** The Java name of the field: the record component or accessor. */
    public String javaName() {
      return Names.lowerCamel(name);
    }
  }

  /**
   * A {@code struct X} or {@code union X} tag written in a C type spelling.
   *
   * @param keyword {@code struct} or {@code union}
   * @param name the tag
   */
  public record Tag(String keyword, String name) {}

  private static final Pattern TAG =
      Pattern.compile("\\b(struct|union)\\s+([A-Za-z_][A-Za-z0-9_]*)");

  /** The tag a C type spelling names ({@code struct timeval*} gives struct timeval), if any. */
  public static Optional<Tag> tag(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    var m = TAG.matcher(spelling);
    return m.find() ? Optional.of(new Tag(m.group(1), m.group(2))) : Optional.empty();
  }

  /** A C construct in a field's type that ffmbind refuses rather than lay out wrongly. */
  public enum Refusal {
    BITFIELD,
    FLEXIBLE_ARRAY,
    LONG_DOUBLE,
    ATTRIBUTE
  }

  private static final Pattern BITFIELD = Pattern.compile(".*:\\s*[0-9]+\\s*");
  private static final Pattern FLEXIBLE = Pattern.compile(".*\\[\\s*]\\s*");
  private static final Pattern LONG_DOUBLE = Pattern.compile(".*\\blong\\s+double\\b.*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(".*(__attribute__|_Alignas|alignas|__packed__|__aligned__).*");

  /**
   * Whether a field type spelling is a construct that cannot be laid out by this DSL: a bitfield
   * ({@code unsigned int : 3}), a flexible array member ({@code char[]}), {@code long double}, or a
   * {@code packed}/{@code aligned} attribute. Front ends keep such a field unparsed, and the
   * validator refuses it naming the struct and the field.
   */
  public static Optional<Refusal> refusal(String spelling) {
    if (spelling == null) {
      return Optional.empty();
    }
    String s = spelling.strip();
    if (ATTRIBUTE.matcher(s).matches()) {
      return Optional.of(Refusal.ATTRIBUTE);
    }
    if (BITFIELD.matcher(s).matches()) {
      return Optional.of(Refusal.BITFIELD);
    }
    if (FLEXIBLE.matcher(s).matches()) {
      return Optional.of(Refusal.FLEXIBLE_ARRAY);
    }
    if (LONG_DOUBLE.matcher(s).matches()) {
      return Optional.of(Refusal.LONG_DOUBLE);
    }
    return Optional.empty();
  }
}
