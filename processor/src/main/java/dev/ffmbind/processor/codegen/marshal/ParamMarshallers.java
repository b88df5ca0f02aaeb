package dev.ffmbind.processor.codegen.marshal;

import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.model.JavaType;

/**
 * The one place that picks how a parameter is passed. Each strategy is stateless; adding one is its
 * class plus one line here.
 */
public final class ParamMarshallers {

  private ParamMarshallers() {}

  private static final ParamMarshaller SCALAR = new ScalarMarshaller();
  private static final ParamMarshaller STRING = new StringMarshaller();
  private static final ParamMarshaller SIZED_STRING = new SizedStringMarshaller();
  private static final ParamMarshaller COPIED_ARRAY = new CopiedArrayMarshaller();
  private static final ParamMarshaller CRITICAL_ARRAY = new CriticalArrayMarshaller();
  private static final ParamMarshaller BYTE_BUFFER = new ByteBufferMarshaller();
  private static final ParamMarshaller SEGMENT = new SegmentMarshaller();
  private static final ParamMarshaller HANDLE = new HandleMarshaller();
  private static final ParamMarshaller HANDLE_OUT = new HandleOutMarshaller();
  private static final ParamMarshaller CALLBACK = new CallbackMarshaller();
  private static final ParamMarshaller ENUM = new EnumMarshaller();
  private static final ParamMarshaller USER_DATA = new UserDataMarshaller();
  private static final ParamMarshaller HIDDEN_LENGTH = new HiddenLengthMarshaller();
  private static final ParamMarshaller RESULT_SIZE = new ResultSizeMarshaller();
  private static final ParamMarshaller ELEMENT_SIZE = new ElementSizeMarshaller();
  private static final ParamMarshaller STRING_OUT = new StringOutMarshaller();
  private static final ParamMarshaller FIXED_STRING_OUT = new FixedStringOutMarshaller();
  private static final ParamMarshaller POSITION_OUT = new PositionOutMarshaller();
  private static final ParamMarshaller STRING_ARRAY = new StringArrayMarshaller();
  private static final ParamMarshaller STRUCT_VALUE = new StructValueMarshaller();
  private static final ParamMarshaller STRUCT_REF = new StructRefMarshaller();
  private static final ParamMarshaller STRUCT_ARRAY = new StructArrayMarshaller();
  private static final ParamMarshaller STRUCT_VIEW = new StructViewMarshaller();

  /** The strategy for a parameter of a call. */
  public static ParamMarshaller of(ResolvedParam p, Call call) {
    if (p.model().resultSize()) {
      return RESULT_SIZE;
    }
    if (p.lengthOf().isPresent()) {
      return HIDDEN_LENGTH;
    }
    if (p.elementSize().isPresent()) {
      return ELEMENT_SIZE;
    }
    return switch (p.javaType()) {
      case JavaType.Scalar s -> SCALAR;
      case JavaType.Str s -> p.lengthLinked() ? SIZED_STRING : STRING;
      case JavaType.PrimitiveArray a -> call.fn().critical() ? CRITICAL_ARRAY : COPIED_ARRAY;
      case JavaType.Buffer b -> BYTE_BUFFER;
      case JavaType.Segment s -> SEGMENT;
      case JavaType.Handle h -> HANDLE;
      case JavaType.HandleRef r -> HANDLE_OUT;
      case JavaType.Callback c -> CALLBACK;
      case JavaType.CEnum e -> ENUM;
      case JavaType.UserData u -> USER_DATA;
      case JavaType.StringArray a -> STRING_ARRAY;
      case JavaType.StringRef r -> p.cType().isArray() ? FIXED_STRING_OUT : STRING_OUT;
      case JavaType.PositionRef r -> POSITION_OUT;
      case JavaType.StructValue v -> STRUCT_VALUE;
      case JavaType.StructRef r -> STRUCT_REF;
      case JavaType.StructArray a -> STRUCT_ARRAY;
      case JavaType.StructView v -> STRUCT_VIEW;
      case JavaType.Void v -> throw new IllegalStateException("void parameter");
      case JavaType.NativeBuf b ->
          throw new IllegalStateException("NativeBuffer is only a return type");
      case JavaType.HandleArray a ->
          throw new IllegalStateException("a handle array is only a callback parameter");
    };
  }
}
