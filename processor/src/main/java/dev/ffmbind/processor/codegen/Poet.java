package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Translations from model types to JavaPoet types and FFM layouts. */
final class Poet {

  private Poet() {}

  static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
  static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
  static final ClassName FUNCTION_DESCRIPTOR = ClassName.get("java.lang.foreign", "FunctionDescriptor");
  static final ClassName LINKER = ClassName.get("java.lang.foreign", "Linker");
  static final ClassName SYMBOL_LOOKUP = ClassName.get("java.lang.foreign", "SymbolLookup");
  static final ClassName METHOD_HANDLE = ClassName.get("java.lang.invoke", "MethodHandle");
  static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
  static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final ClassName GENERATED_BINDING = ClassName.get("dev.ffmbind", "GeneratedBinding");
  static final ClassName NATIVE_HANDLE = ClassName.get("dev.ffmbind", "NativeHandle");
  static final ClassName REF = ClassName.get("dev.ffmbind", "Ref");
  static final ClassName NATIVE_BUFFER = ClassName.get("dev.ffmbind", "NativeBuffer");
  static final ClassName ERRNO_EXCEPTION = ClassName.get("dev.ffmbind", "ErrnoException");
  static final ClassName STATUS_EXCEPTION = ClassName.get("dev.ffmbind", "StatusException");
  static final ClassName LIBRARY_NOT_FOUND = ClassName.get("dev.ffmbind", "LibraryNotFoundException");
  static final ClassName MISSING_SYMBOLS = ClassName.get("dev.ffmbind", "MissingSymbolsException");
  static final ClassName SYMBOL_UNAVAILABLE = ClassName.get("dev.ffmbind", "SymbolUnavailableException");
  static final ClassName SCRATCH = ClassName.get("dev.ffmbind.internal", "Scratch");
  static final ClassName ERRNO = ClassName.get("dev.ffmbind.internal", "Errno");
  static final ClassName NATIVE_STRINGS = ClassName.get("dev.ffmbind.internal", "NativeStrings");
  static final ClassName SIZED_STRINGS = ClassName.get("dev.ffmbind.internal", "SizedStrings");
  static final ClassName LIBRARIES = ClassName.get("dev.ffmbind.internal", "Libraries");
  static final ClassName CHECKS = ClassName.get("dev.ffmbind.internal", "Checks");
  static final ClassName NATIVE_ARRAYS = ClassName.get("dev.ffmbind.internal", "NativeArrays");
  static final ClassName CALL_DESCRIPTION = ClassName.get("dev.ffmbind.internal", "CallDescription");
  static final ClassName UPCALLS = ClassName.get("dev.ffmbind.internal", "Upcalls");
  static final ClassName UPCALL_TARGET = UPCALLS.nestedClass("Target");
  static final ClassName UPCALL_FRAME = UPCALLS.nestedClass("Frame");
  static final ClassName UPCALL_CALL = UPCALLS.nestedClass("Call");
  static final ClassName UPCALL_REGISTERED = UPCALLS.nestedClass("Registered");
  static final ClassName REGISTRATION = ClassName.get("dev.ffmbind", "Registration");
  static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");

  static ClassName className(JavaClassName name) {
    return ClassName.get(name.packageName(), name.simpleNames().get(0),
        name.simpleNames().subList(1, name.simpleNames().size()).toArray(String[]::new));
  }

  static TypeName primitive(Primitive p) {
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
  static TypeName javaType(JavaType type) {
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
      case JavaType.UserData u -> ClassName.get(Object.class);
      case JavaType.StringArray a -> ArrayTypeName.of(ClassName.get(String.class));
      case JavaType.NativeBuf b -> NATIVE_BUFFER;
    };
  }

  /** The name of the {@code ValueLayout} constant for a primitive carrier. */
  static String layoutConstant(Primitive p) {
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
  static CodeBlock layout(CTypeExpr expanded) {
    return CodeBlock.of("$T.$L", VALUE_LAYOUT, layoutName(expanded));
  }

  static String layoutName(CTypeExpr expanded) {
    if (expanded.isPointer()) {
      return "ADDRESS";
    }
    return layoutConstant(CTypes.scalar(expanded).orElseThrow(
        () -> new IllegalStateException("no layout for " + expanded)).carrier());
  }

  /** The Java type {@code invokeExact} sees for an expanded C type. */
  static TypeName carrier(CTypeExpr expanded) {
    if (expanded.isVoid()) {
      return TypeName.VOID;
    }
    if (expanded.isPointer()) {
      return MEMORY_SEGMENT;
    }
    return primitive(CTypes.scalar(expanded).orElseThrow().carrier());
  }

  /** An expression for a charset: a {@code StandardCharsets} constant where there is one. */
  static CodeBlock charset(String name) {
    Charset cs = Charset.forName(name);
    String constant = cs.equals(StandardCharsets.UTF_8) ? "UTF_8"
        : cs.equals(StandardCharsets.ISO_8859_1) ? "ISO_8859_1"
        : cs.equals(StandardCharsets.US_ASCII) ? "US_ASCII"
        : cs.equals(StandardCharsets.UTF_16LE) ? "UTF_16LE"
        : cs.equals(StandardCharsets.UTF_16BE) ? "UTF_16BE"
        : null;
    if (constant != null) {
      return CodeBlock.of("$T.$L", STANDARD_CHARSETS, constant);
    }
    return CodeBlock.of("$L", charsetField(name));
  }

  /** The binding-class field holding a charset without a {@code StandardCharsets} constant. */
  static String charsetField(String name) {
    return Charset.forName(name).name().toUpperCase(Locale.ROOT).replace('-', '_') + "$";
  }

  /** Whether a charset needs a {@link #charsetField} in the binding class. */
  static boolean needsCharsetField(String name) {
    return !charset(name).toString().contains("StandardCharsets");
  }

  /**
   * A C scalar value as the Java API carries it: unchanged when the Java type is the carrier,
   * otherwise zero-extended into the wider type ({@code uint8_t} 255 is {@code (short) 255}).
   *
   * @param value an expression of the carrier type
   * @param scalar the C scalar
   * @param java the Java primitive of the API
   */
  static CodeBlock widen(CodeBlock value, CTypes.Scalar scalar, JavaType.Primitive java) {
    if (scalar.carrier() == java) {
      return value;
    }
    String widen = switch (scalar.carrier()) {
      case BYTE -> "Byte.toUnsignedInt";
      case SHORT -> "Short.toUnsignedInt";
      case INT -> "Integer.toUnsignedLong";
      default -> throw new IllegalStateException("cannot widen " + scalar);
    };
    // toUnsignedInt gives an int and toUnsignedLong a long: cast only where that is not the API type.
    boolean exact = (scalar.carrier() == JavaType.Primitive.SHORT && java == JavaType.Primitive.INT)
        || (scalar.carrier() == JavaType.Primitive.INT && java == JavaType.Primitive.LONG);
    return exact ? CodeBlock.of("$L($L)", widen, value)
        : CodeBlock.of("($T) $L($L)", primitive(java), widen, value);
  }
}
