package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedHandleType;
import dev.ffmbind.processor.binding.StringEncoding;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.Names;

/**
 * Translations from model types to JavaPoet types and FFM layouts, and the JavaPoet names of the
 * JDK and runtime classes generated code uses. Shared by the writers and the marshallers.
 */
public final class Poet {

  private Poet() {}

  public static final ClassName MEMORY_SEGMENT =
      ClassName.get("java.lang.foreign", "MemorySegment");
  public static final ClassName ARENA = ClassName.get("java.lang.foreign", "Arena");
  public static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
  public static final ClassName FUNCTION_DESCRIPTOR =
      ClassName.get("java.lang.foreign", "FunctionDescriptor");
  public static final ClassName LINKER = ClassName.get("java.lang.foreign", "Linker");
  public static final ClassName SYMBOL_LOOKUP = ClassName.get("java.lang.foreign", "SymbolLookup");
  public static final ClassName METHOD_HANDLE = ClassName.get("java.lang.invoke", "MethodHandle");
  public static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
  public static final ClassName STANDARD_CHARSETS =
      ClassName.get("java.nio.charset", "StandardCharsets");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName MAP = ClassName.get("java.util", "Map");
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  public static final ClassName GENERATED_BINDING =
      ClassName.get("dev.ffmbind", "GeneratedBinding");
  public static final ClassName NATIVE_HANDLE = ClassName.get("dev.ffmbind", "NativeHandle");
  public static final ClassName REF = ClassName.get("dev.ffmbind", "Ref");
  public static final ClassName NATIVE_BUFFER = ClassName.get("dev.ffmbind", "NativeBuffer");
  public static final ClassName ERRNO_EXCEPTION = ClassName.get("dev.ffmbind", "ErrnoException");
  public static final ClassName STATUS_EXCEPTION = ClassName.get("dev.ffmbind", "StatusException");
  public static final ClassName LIBRARY_NOT_FOUND =
      ClassName.get("dev.ffmbind", "LibraryNotFoundException");
  public static final ClassName MISSING_SYMBOLS =
      ClassName.get("dev.ffmbind", "MissingSymbolsException");
  public static final ClassName SYMBOL_UNAVAILABLE =
      ClassName.get("dev.ffmbind", "SymbolUnavailableException");
  public static final ClassName SCRATCH = ClassName.get("dev.ffmbind.internal", "Scratch");
  public static final ClassName ERRNO = ClassName.get("dev.ffmbind.internal", "Errno");
  public static final ClassName BLOCKING_CALLS =
      ClassName.get("dev.ffmbind.internal", "BlockingCalls");
  public static final ClassName NATIVE_STRINGS =
      ClassName.get("dev.ffmbind.internal", "NativeStrings");
  public static final ClassName UPCALL_ARRAYS =
      ClassName.get("dev.ffmbind.internal", "UpcallArrays");
  public static final ClassName UPCALL_STRUCTS =
      ClassName.get("dev.ffmbind.internal", "UpcallStructs");
  public static final ClassName SIZED_STRINGS =
      ClassName.get("dev.ffmbind.internal", "SizedStrings");
  public static final ClassName LIBRARIES = ClassName.get("dev.ffmbind.internal", "Libraries");
  public static final ClassName CHECKS = ClassName.get("dev.ffmbind.internal", "Checks");
  public static final ClassName NATIVE_ARRAYS =
      ClassName.get("dev.ffmbind.internal", "NativeArrays");
  public static final ClassName CALL_DESCRIPTION =
      ClassName.get("dev.ffmbind.internal", "CallDescription");
  public static final ClassName UPCALLS = ClassName.get("dev.ffmbind.internal", "Upcalls");
  public static final ClassName UNCHECKED = ClassName.get("dev.ffmbind.internal", "Unchecked");
  public static final ClassName UPCALL_TARGET = UPCALLS.nestedClass("Target");
  public static final ClassName UPCALL_FRAME = UPCALLS.nestedClass("Frame");
  public static final ClassName UPCALL_CALL = UPCALLS.nestedClass("Call");
  public static final ClassName UPCALL_REGISTERED = UPCALLS.nestedClass("Registered");
  public static final ClassName UPCALL_CALLER = UPCALLS.nestedClass("Caller");
  public static final ClassName REGISTRATION = ClassName.get("dev.ffmbind", "Registration");
  public static final ClassName CALLBACK_EXCEPTION_HANDLER =
      ClassName.get("dev.ffmbind", "CallbackExceptionHandler");
  public static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");

  public static ClassName className(JavaClassName name) {
    return ClassName.get(
        name.packageName(),
        name.simpleNames().get(0),
        name.simpleNames().subList(1, name.simpleNames().size()).toArray(String[]::new));
  }

  public static TypeName primitive(Primitive p) {
    return switch (p) {
      case BOOLEAN -> TypeName.BOOLEAN;
      case BYTE -> TypeName.BYTE;
      case SHORT -> TypeName.SHORT;
      case CHAR -> TypeName.CHAR;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case FLOAT -> TypeName.FLOAT;
      case DOUBLE -> TypeName.DOUBLE;
    };
  }

  /** The Java type of the public API. */
  public static TypeName javaType(JavaType type) {
    return switch (type) {
      case JavaType.Void v -> TypeName.VOID;
      case JavaType.Scalar s -> primitive(s.primitive());
      case JavaType.PrimitiveArray a -> ArrayTypeName.of(primitive(a.element()));
      case JavaType.Str s -> ClassName.get(String.class);
      case JavaType.Segment s -> MEMORY_SEGMENT;
      case JavaType.Buffer b -> BYTE_BUFFER;
      case JavaType.Handle h -> className(h.handleClass());
      case JavaType.HandleRef r -> ParameterizedTypeName.get(REF, className(r.handleClass()));
      case JavaType.Callback c -> className(c.callbackClass());
      case JavaType.CEnum e -> className(e.enumClass());
      case JavaType.UserData u -> ClassName.get(Object.class);
      case JavaType.StringArray a -> ArrayTypeName.of(ClassName.get(String.class));
      case JavaType.HandleArray a -> ArrayTypeName.of(className(a.handleClass()));
      case JavaType.StringRef r -> ParameterizedTypeName.get(REF, ClassName.get(String.class));
      case JavaType.PositionRef r -> ParameterizedTypeName.get(REF, ClassName.get(Long.class));
      case JavaType.NativeBuf b -> NATIVE_BUFFER;
      case JavaType.StructValue v -> className(v.structClass());
      case JavaType.StructRef r -> ParameterizedTypeName.get(REF, className(r.structClass()));
      case JavaType.StructArray a -> ArrayTypeName.of(className(a.structClass()));
      case JavaType.StructView v -> className(v.viewClass());
    };
  }

  /** The name of the {@code ValueLayout} constant for a primitive carrier. */
  public static String layoutConstant(Primitive p) {
    return switch (p) {
      case BOOLEAN -> "JAVA_BOOLEAN";
      case BYTE -> "JAVA_BYTE";
      case SHORT -> "JAVA_SHORT";
      case CHAR -> "JAVA_CHAR";
      case INT -> "JAVA_INT";
      case LONG -> "JAVA_LONG";
      case FLOAT -> "JAVA_FLOAT";
      case DOUBLE -> "JAVA_DOUBLE";
    };
  }

  /** {@code ValueLayout.X} for an expanded C type: its scalar carrier, or {@code ADDRESS}. */
  public static CodeBlock layout(CTypeExpr expanded) {
    return CodeBlock.of("$T.$L", VALUE_LAYOUT, layoutName(expanded));
  }

  public static String layoutName(CTypeExpr expanded) {
    if (expanded.isPointer()) {
      return "ADDRESS";
    }
    return layoutConstant(
        CTypes.scalar(expanded)
            .orElseThrow(() -> new IllegalStateException("no layout for " + expanded))
            .carrier());
  }

  /** The Java type {@code invokeExact} sees for an expanded C type. */
  public static TypeName carrier(CTypeExpr expanded) {
    if (expanded.isVoid()) {
      return TypeName.VOID;
    }
    if (expanded.isPointer()) {
      return MEMORY_SEGMENT;
    }
    return primitive(CTypes.scalar(expanded).orElseThrow().carrier());
  }

  /** Whether a value is a struct or union passed or returned by value (not through a pointer). */
  public static boolean isStructByValue(JavaType java, CTypeExpr expanded) {
    return java instanceof JavaType.StructValue && !expanded.isPointer();
  }

  /**
   * The descriptor layout of a parameter or result: {@link #layout(CTypeExpr)}, or the {@code
   * LAYOUT} of a struct passed by value.
   */
  public static CodeBlock layout(JavaType java, CTypeExpr expanded) {
    if (isStructByValue(java, expanded)) {
      return CodeBlock.of(
          "$T.$N", className(((JavaType.StructValue) java).structClass()), Names.STRUCT_LAYOUT);
    }
    return layout(expanded);
  }

  /**
   * The {@code invokeExact} type of a result: {@link #carrier(CTypeExpr)}, or {@code MemorySegment}
   * for a struct returned by value.
   */
  public static TypeName carrier(JavaType java, CTypeExpr expanded) {
    return isStructByValue(java, expanded) ? MEMORY_SEGMENT : carrier(expanded);
  }

  /** An expression for a charset: a {@code StandardCharsets} constant where there is one. */
  public static CodeBlock charset(String name) {
    return StringEncoding.standardConstant(name)
        .map(constant -> CodeBlock.of("$T.$L", STANDARD_CHARSETS, constant))
        .orElseGet(() -> CodeBlock.of("$L", Names.charsetField(name)));
  }

  /**
   * The charset argument of a string conversion: {@code NativeStrings.WCHAR_T} for wide strings.
   */
  public static CodeBlock charset(StringEncoding encoding) {
    return encoding.wide()
        ? CodeBlock.of("$T.WCHAR_T", NATIVE_STRINGS)
        : charset(encoding.charset().orElseThrow());
  }

  /**
   * A new handle of a type from a pointer expression: owned ones get the type's destructor, so
   * their {@code close()} frees the C object once.
   */
  public static CodeBlock newHandle(
      ResolvedHandleType type, CodeBlock pointer, boolean owned, ClassName downcalls) {
    ClassName handle = className(type.type().javaClass());
    if (!owned) {
      return CodeBlock.of("new $T($L)", handle, pointer);
    }
    return CodeBlock.of("new $T($L,$W$L)", handle, pointer, destructorReference(type, downcalls));
  }

  /**
   * The {@code NativeHandle.Destructor} of a type: the private destructor method when the binding
   * declares the destructor function, otherwise the plain {@code void f(T*)} downcall.
   */
  public static CodeBlock destructorReference(ResolvedHandleType type, ClassName downcalls) {
    return type.hasDestructorFunction()
        ? CodeBlock.of("this::$L", Names.destroyMethod(type.type().javaClass().simpleName()))
        : CodeBlock.of(
            "$T::$L", downcalls, Names.freeMethod(type.type().destructor().orElseThrow()));
  }

  /** The holder class of a callback type's stub. */
  public static ClassName stubHolder(ClassName bindingClass, JavaClassName callbackClass) {
    return bindingClass.nestedClass(Names.stubHolder(callbackClass.simpleName()));
  }

  /** An integer literal of a primitive type: {@code 0}, {@code 0L}, {@code (short) 0}. */
  public static CodeBlock literal(Primitive type, long value) {
    return switch (type) {
      case LONG -> CodeBlock.of("$LL", value);
      // An unsigned int above Integer.MAX_VALUE: its 32 bits, as a hex literal.
      case INT ->
          value == (int) value
              ? CodeBlock.of("$L", value)
              : CodeBlock.of(
                  "0x$L", Integer.toHexString((int) value).toUpperCase(java.util.Locale.ROOT));
      default -> CodeBlock.of("($T) $L", primitive(type), value);
    };
  }

  /**
   * An unsigned C value as a Java {@code long} holding its value: zero-extended when the C type is
   * unsigned and narrower than 64 bits.
   */
  public static CodeBlock unsignedLong(CodeBlock value, CTypes.Scalar sc) {
    if (!sc.unsigned() || sc.bytes() == 8) {
      return value;
    }
    return switch (sc.carrier()) {
      case BYTE -> CodeBlock.of("$T.toUnsignedLong($L)", Byte.class, value);
      case SHORT -> CodeBlock.of("$T.toUnsignedLong($L)", Short.class, value);
      case INT -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, value);
      default -> value;
    };
  }

  /**
   * A C scalar value as the Java API carries it: unchanged when the Java type is the carrier,
   * otherwise zero-extended into the wider type ({@code uint8_t} 255 is {@code (short) 255}).
   *
   * @param value an expression of the carrier type
   * @param scalar the C scalar
   * @param java the Java primitive of the API
   */
  public static CodeBlock widen(CodeBlock value, CTypes.Scalar scalar, JavaType.Primitive java) {
    if (scalar.carrier() == java) {
      return value;
    }
    Class<?> box =
        switch (scalar.carrier()) {
          case BYTE -> Byte.class;
          case SHORT -> Short.class;
          case INT -> Integer.class;
          default -> throw new IllegalStateException("cannot widen " + scalar);
        };
    // toUnsignedInt gives an int and toUnsignedLong a long: cast only where that is not the API
    // type.
    String method = scalar.carrier() == JavaType.Primitive.INT ? "toUnsignedLong" : "toUnsignedInt";
    boolean exact =
        (scalar.carrier() == JavaType.Primitive.SHORT && java == JavaType.Primitive.INT)
            || (scalar.carrier() == JavaType.Primitive.INT && java == JavaType.Primitive.LONG);
    return exact
        ? CodeBlock.of("$T.$N($L)", box, method, value)
        : CodeBlock.of("($T) $T.$N($L)", primitive(java), box, method, value);
  }
}
