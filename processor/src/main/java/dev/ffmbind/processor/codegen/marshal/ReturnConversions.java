package dev.ffmbind.processor.codegen.marshal;

import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.model.JavaType;

/**
 * The one place that picks how a result is returned. Each strategy is stateless; adding one is its
 * class plus one line here.
 */
public final class ReturnConversions {

  private ReturnConversions() {}

  private static final ReturnConversion VOID = new VoidReturn();
  private static final ReturnConversion SCALAR = new ScalarReturn();
  private static final ReturnConversion STRING = new StringReturn();
  private static final ReturnConversion SIZED_STRING = new SizedStringReturn();
  private static final ReturnConversion NATIVE_BUFFER = new NativeBufferReturn();
  private static final ReturnConversion SEGMENT = new SegmentReturn();
  private static final ReturnConversion HANDLE = new HandleReturn();
  private static final ReturnConversion ENUM = new EnumReturn();
  private static final ReturnConversion REGISTRATION = new RegistrationReturn();
  private static final ReturnConversion POSITION = new PositionReturn();
  private static final ReturnConversion STRUCT = new StructReturn();
  private static final ReturnConversion STRUCT_VIEW = new StructViewReturn();

  /** The strategy for the result of a call. */
  public static ReturnConversion of(ResolvedReturn r, Call call) {
    if (call.fn().registersCallback()) {
      return REGISTRATION;
    }
    if (r.pointsInto().isPresent()) {
      return POSITION;
    }
    return switch (r.javaType()) {
      case JavaType.Void v -> VOID;
      case JavaType.Scalar s -> SCALAR;
      case JavaType.Str s -> r.size().isPresent() ? SIZED_STRING : STRING;
      case JavaType.NativeBuf b -> NATIVE_BUFFER;
      case JavaType.Segment s -> SEGMENT;
      case JavaType.Handle h -> HANDLE;
      case JavaType.CEnum e -> ENUM;
      case JavaType.StructValue v -> STRUCT;
      case JavaType.StructView v -> STRUCT_VIEW;
      default -> throw new IllegalStateException("unsupported return " + r.javaType());
    };
  }
}
