package dev.ffmbind.processor.model;

import dev.ffmbind.processor.model.JavaType.Primitive;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that knows how C types map to Java on LP64 Linux (x86-64, AArch64): the scalar
 * table, typedef expansion, the default Java type of each C type and which other Java types may
 * carry it, and the other direction: the C type a Java type implies when none is written. Front
 * ends use it to fill the model, the validator to check it and the generator to marshal it.
 * docs/types.md documents the same table.
 */
public final class CTypes {

  private CTypes() {}

  /**
   * A C scalar type.
   *
   * @param cName the normalized C name
   * @param bytes its size on LP64
   * @param unsigned whether it is an unsigned integer
   * @param carrier the Java primitive with the same width (the FFM value layout's carrier)
   * @param widened the Java primitive the API uses by default: {@code carrier}, or for unsigned
   *     types narrower than 64 bits the next wider signed type, so every value is representable
   */
  public record Scalar(
      String cName, int bytes, boolean unsigned, Primitive carrier, Primitive widened) {

    /** The largest value of an unsigned type narrower than 64 bits. */
    public long unsignedMax() {
      return bytes == 8 ? -1L : (1L << (8 * bytes)) - 1;
    }
  }

  private static final Map<String, Scalar> SCALARS = scalars();

  private static Map<String, Scalar> scalars() {
    var m = new java.util.LinkedHashMap<String, Scalar>();
    signed(m, 1, Primitive.BYTE, "char", "signed char", "int8_t");
    unsigned(m, 1, Primitive.BYTE, Primitive.SHORT, "unsigned char", "uint8_t");
    signed(m, 2, Primitive.SHORT, "short", "int16_t");
    unsigned(m, 2, Primitive.SHORT, Primitive.INT, "unsigned short", "uint16_t");
    signed(m, 4, Primitive.INT, "int", "int32_t", "wchar_t");
    unsigned(m, 4, Primitive.INT, Primitive.LONG, "unsigned int", "uint32_t");
    signed(
        m,
        8,
        Primitive.LONG,
        "long",
        "long long",
        "int64_t",
        "ssize_t",
        "intptr_t",
        "ptrdiff_t",
        "off_t");
    // 64-bit unsigned values keep their bits in a Java long (there is no wider primitive).
    unsigned(
        m,
        8,
        Primitive.LONG,
        Primitive.LONG,
        "unsigned long",
        "unsigned long long",
        "uint64_t",
        "size_t",
        "uintptr_t");
    m.put("float", new Scalar("float", 4, false, Primitive.FLOAT, Primitive.FLOAT));
    m.put("double", new Scalar("double", 8, false, Primitive.DOUBLE, Primitive.DOUBLE));
    m.put("bool", new Scalar("bool", 1, false, Primitive.BOOLEAN, Primitive.BOOLEAN));
    return Map.copyOf(m);
  }

  private static void signed(Map<String, Scalar> m, int bytes, Primitive p, String... names) {
    for (String n : names) {
      m.put(n, new Scalar(n, bytes, false, p, p));
    }
  }

  private static void unsigned(
      Map<String, Scalar> m, int bytes, Primitive carrier, Primitive widened, String... names) {
    for (String n : names) {
      m.put(n, new Scalar(n, bytes, true, carrier, widened));
    }
  }

  /**
   * Whether an integer value is one of a C integer type's values (a 64-bit unsigned one only up to
   * 2^63 - 1: a long's bits above are negative).
   */
  public static boolean fits(long value, Scalar s) {
    if (s.unsigned()) {
      return value >= 0 && (s.bytes() == 8 || value <= s.unsignedMax());
    }
    if (s.bytes() == 8) {
      return true;
    }
    long max = (1L << (8 * s.bytes() - 1)) - 1;
    return value >= -max - 1 && value <= max;
  }

  /** All scalar C type names this mapping knows, for docs and "did you mean". */
  public static Set<String> scalarNames() {
    return SCALARS.keySet();
  }

  /** The scalar with this normalized base name, if it is one. */
  public static Optional<Scalar> scalar(String base) {
    return Optional.ofNullable(SCALARS.get(base));
  }

  /** The scalar a non-pointer type denotes, if it is one. */
  public static Optional<Scalar> scalar(CTypeExpr type) {
    return type.pointers() == 0 ? scalar(type.base()) : Optional.empty();
  }

  /**
   * Expands typedefs until the base is a built-in type or an opaque type. Typedef values are C type
   * spellings themselves ({@code Bytef -> unsigned char}, {@code voidpf -> void*}).
   *
   * @return the expanded type, or empty when a typedef is malformed or cyclic
   */
  public static Optional<CTypeExpr> expand(CTypeExpr type, Map<String, String> typedefs) {
    CTypeExpr current = type;
    Set<String> seen = new HashSet<>();
    while (typedefs.containsKey(current.base())) {
      if (!seen.add(current.base())) {
        return Optional.empty();
      }
      Optional<CTypeExpr> target = CTypeExpr.parse(typedefs.get(current.base()));
      if (target.isEmpty()) {
        return Optional.empty();
      }
      CTypeExpr t = target.get();
      if (t.isArray() && (current.pointers() > 0 || current.isArray())) {
        // A pointer to, or an array of, an array typedef (uuid_t*, uuid_t[4]): not supported.
        return Optional.empty();
      }
      current =
          new CTypeExpr(
              type.spelling(),
              t.base(),
              current.pointers() + t.pointers(),
              current.constPointee() || t.constPointee(),
              t.isArray() ? t.arrayLength() : current.arrayLength());
    }
    return Optional.of(current);
  }

  /** Whether an expanded base names a type this binding can handle without more declarations. */
  public static boolean isKnownBase(String base, Function<String, Optional<JavaClassName>> opaque) {
    return base.equals("void") || SCALARS.containsKey(base) || opaque.apply(base).isPresent();
  }

  /**
   * The Java type used when the user does not choose one (always the case in YAML unless {@code
   * java_type} is given).
   *
   * @param type the expanded C type
   * @param opaque finds the handle class of an opaque C type name
   * @param isReturn whether this is a return value (pointers to data return as MemorySegment,
   *     {@code char*} as String)
   * @return the Java type, or empty when the C type is not supported
   */
  public static Optional<JavaType> defaultJavaType(
      CTypeExpr type, Function<String, Optional<JavaClassName>> opaque, boolean isReturn) {
    if (type.isVoid()) {
      return isReturn ? Optional.of(new JavaType.Void()) : Optional.empty();
    }
    Optional<Scalar> scalar = scalar(type.base());
    if (type.pointers() == 0) {
      return scalar.map(s -> new JavaType.Scalar(s.widened()));
    }
    Optional<JavaClassName> handle = opaque.apply(type.base());
    if (handle.isPresent()) {
      return switch (type.pointers()) {
        case 1 -> Optional.of(new JavaType.Handle(handle.get()));
        case 2 -> isReturn ? Optional.empty() : Optional.of(new JavaType.HandleRef(handle.get()));
        default -> Optional.empty();
      };
    }
    if (type.pointers() == 2 && type.base().equals("char") && !isReturn) {
      // An out-string by default; a String[] or a position when declared so.
      return Optional.of(new JavaType.StringRef());
    }
    if (type.pointers() != 1) {
      return Optional.empty(); // other pointers to pointers: not supported
    }
    if (isStringBase(type.base()) && (isReturn || type.constPointee())) {
      return Optional.of(new JavaType.Str());
    }
    if (type.base().equals("void") || isReturn) {
      return Optional.of(new JavaType.Segment());
    }
    return scalar
        .filter(s -> s.carrier() != Primitive.BOOLEAN)
        .map(s -> new JavaType.PrimitiveArray(s.carrier()));
  }

  /**
   * The C type a Java type stands for when the user names none (an annotated method without
   * {@code @CType}): the other direction of {@link #defaultJavaType}. For every Java type that a C
   * type carries by default, the C type given here maps back to it ({@code CTypesTest} checks both
   * directions together). The exceptions are deliberate: {@code char}, {@code char[]} and {@code
   * boolean[]} imply {@code uint16_t}, {@code uint16_t*} and {@code bool*}, which no Java type of
   * theirs is compatible with, so the validator says which Java type to use instead; callbacks,
   * user data and string arrays are C types declared by the callback, not by this table.
   *
   * @param type the Java type
   * @param readOnly whether the data behind a pointer is only read (an {@code @In} parameter): its
   *     pointee is then {@code const}
   * @param opaqueName the C name of a handle class
   * @return the C type, or empty when a handle class's C name is not a C type name
   */
  public static Optional<CTypeExpr> impliedCType(
      JavaType type, boolean readOnly, Function<JavaClassName, String> opaqueName) {
    String constant = readOnly ? "const " : "";
    String spelling =
        switch (type) {
          case JavaType.Void v -> "void";
          case JavaType.Scalar s ->
              switch (s.primitive()) {
                case BOOLEAN -> "bool";
                case BYTE -> "int8_t";
                case SHORT -> "int16_t";
                case CHAR -> "uint16_t"; // no Java char: the validator asks for int or short
                case INT -> "int";
                case LONG -> "int64_t";
                case FLOAT -> "float";
                case DOUBLE -> "double";
              };
          // An array is data: bytes are unsigned, the other elements signed and of fixed width.
          case JavaType.PrimitiveArray a ->
              constant
                  + switch (a.element()) {
                    case BYTE -> "uint8_t";
                    case SHORT -> "int16_t";
                    case CHAR -> "uint16_t"; // no char[]: the validator asks for short[]
                    case INT -> "int32_t";
                    case LONG -> "int64_t";
                    case FLOAT -> "float";
                    case DOUBLE -> "double";
                    case BOOLEAN -> "bool"; // no boolean[]: the validator reports bool* unsupported
                  }
                  + "*";
          case JavaType.Str s -> "const char*";
          case JavaType.Segment s -> constant + "void*";
          case JavaType.Buffer b -> constant + "uint8_t*";
          case JavaType.NativeBuf b -> "uint8_t*";
          case JavaType.Handle h -> opaqueName.apply(h.handleClass()) + "*";
          case JavaType.HandleRef r -> opaqueName.apply(r.handleClass()) + "**";
          case JavaType.Callback c -> c.cName();
          case JavaType.CEnum e -> e.cName();
          case JavaType.UserData u -> "void*";
          case JavaType.StringArray a -> "char**";
          case JavaType.HandleArray a -> opaqueName.apply(a.handleClass()) + "**";
          case JavaType.StringRef r -> "char**";
          case JavaType.PositionRef r -> "char**";
          case JavaType.StructValue v -> (readOnly ? "const " : "") + v.cName();
          case JavaType.StructRef r -> r.cName() + "*";
          case JavaType.StructArray a -> (readOnly ? "const " : "") + a.cName() + "*";
          case JavaType.StructView v -> v.cName() + "*";
        };
    return CTypeExpr.parse(spelling);
  }

  /**
   * The Java types that may carry a C type, the default first. Used to validate annotated
   * interfaces and YAML {@code java_type} overrides.
   */
  public static List<JavaType> compatibleJavaTypes(
      CTypeExpr type, Function<String, Optional<JavaClassName>> opaque, boolean isReturn) {
    Optional<JavaType> def = defaultJavaType(type, opaque, isReturn);
    boolean data = type.base().equals("void") || scalar(type.base()).isPresent();
    if (def.isEmpty() && !isReturn && type.pointers() == 2 && !type.isArray() && data) {
      // T** of data: only as a pointer C writes into a copied argument (points_into).
      return List.of(new JavaType.PositionRef());
    }
    if (def.isEmpty()) {
      return List.of();
    }
    var result = new java.util.ArrayList<JavaType>();
    result.add(def.get());
    Optional<Scalar> scalar = scalar(type.base());
    if (type.pointers() == 0) {
      // Unsigned types may also be carried as raw bits in the same-width signed primitive.
      scalar
          .filter(s -> s.carrier() != s.widened())
          .ifPresent(s -> result.add(new JavaType.Scalar(s.carrier())));
      return List.copyOf(result);
    }
    if (def.get() instanceof JavaType.StringRef) {
      result.add(new JavaType.PositionRef());
      result.add(new JavaType.StringArray());
      result.add(new JavaType.Segment());
      return List.copyOf(result);
    }
    if (def.get() instanceof JavaType.Handle || def.get() instanceof JavaType.HandleRef) {
      if (type.pointers() == 1) {
        result.add(new JavaType.Segment());
      }
      return List.copyOf(result);
    }
    boolean bytesLike = type.base().equals("void") || scalar.map(s -> s.bytes() == 1).orElse(false);
    if (isReturn) {
      if (isStringBase(type.base())) {
        result.add(new JavaType.Segment());
      }
      if (bytesLike && scalar.map(s -> s.carrier() != Primitive.BOOLEAN).orElse(true)) {
        result.add(new JavaType.NativeBuf()); // needs a size: checked by the validator
      }
      return List.copyOf(result);
    }
    if (isStringBase(type.base()) && !(def.get() instanceof JavaType.Str)) {
      result.add(new JavaType.Str());
    }
    if (bytesLike) {
      add(result, new JavaType.PrimitiveArray(Primitive.BYTE));
      add(result, new JavaType.Buffer());
    }
    if (type.isArray() && type.base().equals("char") && !type.constPointee()) {
      add(result, new JavaType.StringRef()); // char out[37] that C fills: a String back
    }
    add(result, new JavaType.Segment());
    return List.copyOf(result);
  }

  private static void add(List<JavaType> list, JavaType t) {
    if (!list.contains(t)) {
      list.add(t);
    }
  }

  /** {@code char} and {@code wchar_t} pointers may carry strings. */
  private static boolean isStringBase(String base) {
    return base.equals("char") || base.equals("wchar_t");
  }

  /**
   * Whether an expanded C type is a wide string pointer ({@code const wchar_t*}): its strings are
   * always in the platform's {@code wchar_t} encoding ({@code NativeStrings.WCHAR_T}, UTF-32 in
   * native byte order on Linux), never in a declared charset.
   */
  public static boolean isWideString(CTypeExpr expanded) {
    return expanded.pointers() == 1 && expanded.base().equals("wchar_t");
  }

  /** Whether the C type is an integer scalar (usable as a length or status code). */
  public static boolean isInteger(CTypeExpr type) {
    return scalar(type)
        .map(
            s ->
                s.carrier() != Primitive.FLOAT
                    && s.carrier() != Primitive.DOUBLE
                    && s.carrier() != Primitive.BOOLEAN)
        .orElse(false);
  }

  /**
   * The default direction of a parameter: const data is read-only, {@code T**} is an out-parameter.
   */
  public static Direction defaultDirection(CTypeExpr type, JavaType javaType) {
    if (javaType instanceof JavaType.StringRef || javaType instanceof JavaType.PositionRef) {
      return Direction.OUT; // the pointer C writes; const chars behind it do not matter
    }
    if (!type.isPointer()
        || type.constPointee()
        || javaType instanceof JavaType.StringArray
        || javaType instanceof JavaType.Str
        || javaType instanceof JavaType.Handle
        || javaType instanceof JavaType.UserData
        || javaType instanceof JavaType.Callback) {
      return Direction.IN;
    }
    if (javaType instanceof JavaType.HandleRef) {
      return Direction.OUT;
    }
    return Direction.INOUT;
  }

  /** The size in bytes of one element behind a pointer to data ({@code 1} for {@code void*}). */
  public static long elementSize(CTypeExpr type) {
    if (type.pointers() != 1) {
      return 8;
    }
    return scalar(type.base()).map(Scalar::bytes).orElse(1);
  }
}
