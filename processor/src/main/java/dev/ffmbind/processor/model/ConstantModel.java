package dev.ffmbind.processor.model;

import java.util.Map;
import java.util.Optional;

/**
 * A named constant of the C library ({@code #define Z_BEST_COMPRESSION 9}), bound as a {@code
 * public static final} field of the binding class.
 *
 * @param ref where it was declared
 * @param name the field's name, which is the C name
 * @param cType the C type the spec gives it; empty to infer it from the value ({@code int} or
 *     {@code long} for an integer, {@code double} for a floating value, a string otherwise)
 * @param value the value
 * @param doc documentation of the field; may be empty
 */
public record ConstantModel(
    SourceRef ref, String name, Optional<CTypeExpr> cType, Value value, String doc) {

  /** A constant's value, of one of the three kinds a spec can write. */
  public sealed interface Value {}

  /**
   * An integer value.
   *
   * @param value the value, as a signed 64-bit integer; for {@code unsigned64}, the bits of a value
   *     from 2^63 to 2^64 - 1 (a negative {@code long})
   * @param unsigned64 whether the value is above {@code Long.MAX_VALUE}: only a 64-bit unsigned
   *     type (or no type, a {@code long} with the same bits) holds it
   */
  public record IntegerValue(long value, boolean unsigned64) implements Value {

    /** A value from {@code Long.MIN_VALUE} to {@code Long.MAX_VALUE}. */
    public IntegerValue(long value) {
      this(value, false);
    }

    /** The value as C writes it: unsigned for {@link #unsigned64}. */
    public String text() {
      return unsigned64 ? Long.toUnsignedString(value) : Long.toString(value);
    }
  }

  /**
   * A floating value.
   *
   * @param value the value
   */
  public record FloatingValue(double value) implements Value {}

  /**
   * A string value.
   *
   * @param value the text, bound as a Java {@code String}
   */
  public record StringValue(String value) implements Value {}

  /**
   * The Java type of the field: the C type's Java primitive ({@code int} for {@code int}, {@code
   * short} for {@code unsigned char}, as parameters), {@code String} for a {@code char} pointer;
   * without a C type, {@code int} for an integer that fits, else {@code long}, {@code double} for a
   * floating value, {@code String} for a string.
   *
   * @param typedefs the binding's typedefs
   * @return empty when the C type cannot hold the value (or is not a number or string type)
   */
  public Optional<Class<?>> javaType(Map<String, String> typedefs) {
    if (cType.isEmpty()) {
      return Optional.of(
          switch (value) {
            case IntegerValue v ->
                !v.unsigned64() && v.value() == (int) v.value() ? int.class : long.class;
            case FloatingValue v -> double.class;
            case StringValue v -> String.class;
          });
    }
    Optional<CTypeExpr> expanded = CTypes.expand(cType.get(), typedefs);
    if (expanded.isEmpty()) {
      return Optional.empty();
    }
    CTypeExpr type = expanded.get();
    if (value instanceof StringValue) {
      return type.pointers() == 1 && type.base().equals("char")
          ? Optional.of(String.class)
          : Optional.empty();
    }
    Optional<CTypes.Scalar> scalar = CTypes.scalar(type);
    if (scalar.isEmpty() || scalar.get().carrier() == JavaType.Primitive.BOOLEAN) {
      return Optional.empty();
    }
    CTypes.Scalar s = scalar.get();
    boolean floating =
        s.carrier() == JavaType.Primitive.FLOAT || s.carrier() == JavaType.Primitive.DOUBLE;
    Class<?> javaType = primitiveClass(s.widened());
    return switch (value) {
      case IntegerValue v when v.unsigned64() ->
          s.unsigned() && s.bytes() == 8 ? Optional.of(javaType) : Optional.empty();
      case IntegerValue v when floating -> Optional.of(javaType);
      case IntegerValue v -> CTypes.fits(v.value(), s) ? Optional.of(javaType) : Optional.empty();
      case FloatingValue v when !floating -> Optional.empty();
      case FloatingValue v ->
          s.carrier() == JavaType.Primitive.FLOAT && Math.abs(v.value()) > Float.MAX_VALUE
              ? Optional.empty()
              : Optional.of(javaType);
      case StringValue v -> Optional.empty();
    };
  }

  private static Class<?> primitiveClass(JavaType.Primitive p) {
    return switch (p) {
      case BOOLEAN -> boolean.class;
      case BYTE -> byte.class;
      case SHORT -> short.class;
      case CHAR -> char.class;
      case INT -> int.class;
      case LONG -> long.class;
      case FLOAT -> float.class;
      case DOUBLE -> double.class;
    };
  }
}
