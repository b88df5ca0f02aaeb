package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ParamModel;
import java.util.Optional;

/**
 * One downcall parameter with everything the generator needs resolved.
 *
 * @param model the parameter as declared
 * @param cType its C type with typedefs expanded
 * @param scalar the C scalar it is, for a non-pointer; or the scalar it points to, for a hidden
 *     result size ({@code size_t* out_len})
 * @param encoding for a string parameter: how its characters are encoded
 * @param lengthOf for a hidden length: the parameter whose element count it is (resolved on its
 *     own: its own links are not followed)
 * @param boundsOf for a caller-given length: the parameter it must not exceed (likewise)
 * @param lengthLinked whether another parameter is the length or bound of this one (C is told how
 *     long it is)
 * @param handleType for a handle or handle out-parameter: its opaque type
 * @param elementSize for a hidden element size: the array it measures and the byte size passed
 * @param pointsInto for a pointer C writes through this out-parameter, received as a position: the
 *     copied argument it points into (resolved on its own)
 */
public record ResolvedParam(
    ParamModel model,
    CTypeExpr cType,
    Optional<CTypes.Scalar> scalar,
    Optional<StringEncoding> encoding,
    Optional<ResolvedParam> lengthOf,
    Optional<ResolvedParam> boundsOf,
    boolean lengthLinked,
    Optional<ResolvedHandleType> handleType,
    Optional<ElementSize> elementSize,
    Optional<ResolvedParam> pointsInto) {

  /**
   * The size in bytes of one element of an array or typed pointer, which a hidden parameter passes.
   *
   * @param of the array (resolved on its own)
   * @param bytes the size of one of its elements
   */
  public record ElementSize(ResolvedParam of, int bytes) {

    /** The size of one element of a Java array as it is copied into native memory. */
    public static int bytes(JavaType.Primitive element) {
      return switch (element) {
        case BOOLEAN, BYTE -> 1;
        case SHORT, CHAR -> 2;
        case INT, FLOAT -> 4;
        case LONG, DOUBLE -> 8;
      };
    }
  }

  public String name() {
    return model.name();
  }

  public JavaType javaType() {
    return model.javaType();
  }

  public boolean nullable() {
    return model.nullable();
  }

  /** This parameter with its element-size link resolved. */
  ResolvedParam withElementSize(Optional<ElementSize> size) {
    return new ResolvedParam(
        model,
        cType,
        scalar,
        encoding,
        lengthOf,
        boundsOf,
        lengthLinked,
        handleType,
        size,
        pointsInto);
  }

  /** This parameter with the argument its written pointer points into resolved. */
  ResolvedParam withPointsInto(Optional<ResolvedParam> into) {
    return new ResolvedParam(
        model,
        cType,
        scalar,
        encoding,
        lengthOf,
        boundsOf,
        lengthLinked,
        handleType,
        elementSize,
        into);
  }

  /** Whether it is a parameter of the Java method (not a hidden length or result size). */
  public boolean isInJavaSignature() {
    return model.isInJavaSignature();
  }
}
