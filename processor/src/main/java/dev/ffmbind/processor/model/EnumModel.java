package dev.ffmbind.processor.model;

import java.util.List;

/**
 * A C enum, bound as a generated Java class that keeps every value C returns: a constant per value
 * the spec lists, and an instance made on demand for a value it does not (a newer library's).
 *
 * @param ref where it was declared
 * @param cName the C type name that parameters and returns use ({@code color}); the spec declares
 *     it as a typedef of {@code underlying}
 * @param javaClass the generated class, nested in the binding class
 * @param underlying the C integer type the enum travels as ({@code int} by default)
 * @param values the values the spec lists, in declaration order
 * @param doc documentation of the class; may be empty
 */
public record EnumModel(
    SourceRef ref,
    String cName,
    JavaClassName javaClass,
    CTypeExpr underlying,
    List<Value> values,
    String doc) {

  public EnumModel {
    values = List.copyOf(values);
  }

  /**
   * One listed value.
   *
   * @param ref where it was declared
   * @param name the C name, which is also the Java constant's name
   * @param value the number
   * @param doc documentation of the constant; may be empty
   */
  public record Value(SourceRef ref, String name, long value, String doc) {}
}
