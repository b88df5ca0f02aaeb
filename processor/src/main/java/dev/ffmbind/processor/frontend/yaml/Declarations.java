package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.model.StructModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the spec declared before the section being read: functions see everything, callbacks see the
 * typedefs and opaque types. The section readers use it to pick default Java types.
 *
 * @param binding the generated class, which nests handle classes and exceptions
 * @param typedefs the typedefs that parsed
 * @param opaqueTypes the opaque types read
 * @param statusTables the status tables read
 * @param callbacks the callback types read
 * @param enums the enums read
 * @param structs the structs and unions read
 */
record Declarations(
    JavaClassName binding,
    Map<String, String> typedefs,
    List<OpaqueType> opaqueTypes,
    List<StatusTableModel> statusTables,
    List<CallbackType> callbacks,
    List<EnumModel> enums,
    List<StructModel> structs) {

  Declarations {
    structs = List.copyOf(structs);
    typedefs = Map.copyOf(typedefs);
    opaqueTypes = List.copyOf(opaqueTypes);
    statusTables = List.copyOf(statusTables);
    callbacks = List.copyOf(callbacks);
    enums = List.copyOf(enums);
  }

  Declarations withCallbacks(List<CallbackType> read) {
    return new Declarations(binding, typedefs, opaqueTypes, statusTables, read, enums, structs);
  }

  /** The handle class of an opaque C type name. */
  Optional<JavaClassName> opaque(String cName) {
    return opaqueTypes.stream()
        .filter(o -> o.cName().equals(cName))
        .map(OpaqueType::javaClass)
        .findFirst();
  }

  /**
   * The Java type of a C type written as an enum's C name (no pointer, before typedefs expand), if
   * it is one.
   */
  Optional<JavaType> enumType(CTypeExpr written) {
    return written.pointers() > 0
        ? Optional.empty()
        : enums.stream()
            .filter(e -> e.cName().equals(written.base()))
            .findFirst()
            .map(e -> new JavaType.CEnum(e.javaClass(), e.cName()));
  }

  /**
   * The Java type of an expanded C type that is a struct or union by value or through one pointer:
   * its value type, except for a pointer C may write ({@code struct timeval*}), a {@code Ref} of
   * it.
   */
  Optional<JavaType> structType(CTypeExpr expanded, boolean isReturn) {
    if (expanded.pointers() > 1 || expanded.isArray()) {
      return Optional.empty();
    }
    return structs.stream()
        .filter(s -> s.cName().equals(expanded.base()))
        .findFirst()
        .map(
            s ->
                s.resident() && expanded.isPointer()
                    ? new JavaType.StructView(s.javaClass(), s.viewClass(), s.cName())
                    : expanded.isPointer() && !expanded.constPointee() && !isReturn
                        ? new JavaType.StructRef(s.javaClass(), s.cName())
                        : new JavaType.StructValue(s.javaClass(), s.cName()));
  }

  Optional<CallbackType> callback(String cName) {
    return callbacks.stream().filter(c -> c.cName().equals(cName)).findFirst();
  }

  boolean hasStatusTable(String name) {
    return statusTables.stream().anyMatch(t -> t.name().equals(name));
  }

  /** The type with typedefs expanded, or as written when they do not expand. */
  CTypeExpr expand(CTypeExpr type) {
    return CTypes.expand(type, typedefs).orElse(type);
  }
}
