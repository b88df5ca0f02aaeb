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

  /** The strategy for a parameter of a callback. */
  public static UpcallArgument of(ResolvedCallback.Param p) {
    return switch (p.model().javaType()) {
      case JavaType.Scalar s -> SCALAR;
      case JavaType.Str s -> STRING;
      case JavaType.StringArray a -> STRING_ARRAY;
      case JavaType.Segment s -> SEGMENT;
      case JavaType.Handle h -> HANDLE;
      case JavaType.UserData u -> USER_DATA;
      default ->
          throw new IllegalStateException("unsupported callback parameter " + p.model().javaType());
    };
  }
}
