package dev.ffmbind.processor.codegen.upcall;

import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.model.JavaType;

/**
 * The one place that picks how a callback receives a C argument: a class per way, one line here.
 */
public final class UpcallArguments {

  private UpcallArguments() {}

  private static final UpcallArgument SCALAR = new ScalarArgument();
  private static final UpcallArgument STRING = new StringArgument();
  private static final UpcallArgument STRING_ARRAY = new StringArrayArgument();
  private static final UpcallArgument SEGMENT = new SegmentArgument();
  private static final UpcallArgument HANDLE = new HandleArgument();
  private static final UpcallArgument USER_DATA = new UserDataArgument();
  private static final UpcallArgument HANDLE_ARRAY = new HandleArrayArgument();
  private static final UpcallArgument STRUCT_VALUE = new StructValueArgument();
  private static final UpcallArgument STRUCT_VIEW = new StructViewArgument();
  private static final UpcallArgument STRUCT_SEGMENT = new StructSegmentArgument();

  /** The strategy for a parameter of a callback. */
  public static UpcallArgument of(ResolvedCallback.Param p) {
    return switch (p.model().javaType()) {
      case JavaType.Scalar s -> SCALAR;
      case JavaType.Str s -> STRING;
      case JavaType.StringArray a -> STRING_ARRAY;
      case JavaType.HandleArray a -> HANDLE_ARRAY;
      case JavaType.StructValue v -> STRUCT_VALUE;
      case JavaType.StructView v -> STRUCT_VIEW;
      case JavaType.Segment s -> p.struct().isPresent() ? STRUCT_SEGMENT : SEGMENT;
      case JavaType.Handle h -> HANDLE;
      case JavaType.UserData u -> USER_DATA;
      default ->
          throw new IllegalStateException("unsupported callback parameter " + p.model().javaType());
    };
  }
}
