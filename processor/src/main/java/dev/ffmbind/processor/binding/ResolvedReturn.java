package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.Optional;

/**
 * What a downcall returns, resolved.
 *
 * @param model the return value as declared
 * @param cType the C return type with typedefs expanded
 * @param scalar the C scalar it is, if it is one
 * @param encoding for a returned string: how it is encoded
 * @param size for a sized string or buffer: the parameter giving its size in bytes
 * @param handleType for a returned handle: its opaque type
 * @param pointsInto for a pointer returned as its position: the copied argument it points into
 */
public record ResolvedReturn(
    ReturnModel model,
    CTypeExpr cType,
    Optional<CTypes.Scalar> scalar,
    Optional<StringEncoding> encoding,
    Optional<ResolvedParam> size,
    Optional<ResolvedHandleType> handleType,
    Optional<ResolvedParam> pointsInto) {

  public JavaType javaType() {
    return model.javaType();
  }

  /** Whether the caller owns the returned memory or object. */
  public boolean owned() {
    return model.ownership().owned();
  }
}
