package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.JavaClassName;
import java.util.List;
import java.util.Optional;

/**
 * A callback type with its C types expanded and links resolved.
 *
 * @param model the callback type as declared
 * @param params its parameters, in C order
 * @param returnType the C return type with typedefs expanded
 * @param returnScalar the C scalar it returns; empty for {@code void}
 */
public record ResolvedCallback(
    CallbackType model,
    List<Param> params,
    CTypeExpr returnType,
    Optional<CTypes.Scalar> returnScalar) {

  public ResolvedCallback {
    params = List.copyOf(params);
  }

  /** The user-data parameter C passes back, if any. */
  public Optional<Param> userData() {
    return params.stream()
        .filter(p -> p.model().javaType() instanceof dev.ffmbind.processor.model.JavaType.UserData)
        .findFirst();
  }

  /**
   * One parameter of a callback.
   *
   * @param model the parameter as declared
   * @param cType its C type with typedefs expanded
   * @param scalar the C scalar it is, if it is one
   * @param pointeeScalar for a pointer to one scalar ({@code const int*}): that scalar, so Java may
   *     read it
   * @param encoding for a string or string array: how it is encoded
   * @param count for a string array: the parameter giving its element count
   * @param struct for a struct or union by value or through one pointer: its value class (whose
   *     {@code LAYOUT} gives the size of the memory the callback may touch)
   */
  public record Param(
      CallbackParam model,
      CTypeExpr cType,
      Optional<CTypes.Scalar> scalar,
      Optional<CTypes.Scalar> pointeeScalar,
      Optional<StringEncoding> encoding,
      Optional<Param> count,
      Optional<JavaClassName> struct) {

    public String name() {
      return model.name();
    }

    /** Whether C passes a pointer to a struct or union (not the struct by value). */
    public boolean isStructPointer() {
      return struct.isPresent() && cType.pointers() == 1;
    }
  }
}
