package dev.ffmbind.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.processor.model.JavaType.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The C-to-Java table in both directions: the C type a Java type implies (an annotated method
 * without {@code @CType}) maps back to that Java type.
 */
class CTypesTest {

  private static final JavaClassName HANDLE = JavaClassName.of("p", "L", "Thing");
  private static final Function<String, Optional<JavaClassName>> OPAQUE =
      c -> c.equals("thing") ? Optional.of(HANDLE) : Optional.empty();
  private static final Function<JavaClassName, String> OPAQUE_NAME =
      j -> j.equals(HANDLE) ? "thing" : "unknown";

  /** What the annotation front end accepts as a parameter's Java type. */
  private static List<JavaType> parameterTypes() {
    List<JavaType> types = new ArrayList<>();
    for (Primitive p : Primitive.values()) {
      types.add(new JavaType.Scalar(p));
      types.add(new JavaType.PrimitiveArray(p));
    }
    types.addAll(
        List.of(
            new JavaType.Str(),
            new JavaType.Segment(),
            new JavaType.Buffer(),
            new JavaType.Handle(HANDLE),
            new JavaType.HandleRef(HANDLE)));
    return types;
  }

  /** What the annotation front end accepts as a return type. */
  private static List<JavaType> returnTypes() {
    List<JavaType> types = new ArrayList<>();
    for (Primitive p : Primitive.values()) {
      types.add(new JavaType.Scalar(p));
    }
    types.addAll(
        List.of(
            new JavaType.Void(),
            new JavaType.Str(),
            new JavaType.Segment(),
            new JavaType.NativeBuf(),
            new JavaType.Handle(HANDLE)));
    return types;
  }

  /** Java types no C type carries: the validator reports them with the type to use instead. */
  private static final List<JavaType> NOT_CARRIED =
      List.of(
          new JavaType.Scalar(Primitive.CHAR),
          new JavaType.PrimitiveArray(Primitive.CHAR),
          new JavaType.PrimitiveArray(Primitive.BOOLEAN));

  /** Second carriers of their implied C type: the default is another Java type. */
  private static final List<JavaType> NOT_THE_DEFAULT =
      List.of(new JavaType.Buffer(), new JavaType.NativeBuf());

  @Test
  void theImpliedCTypeOfAParameterMapsBackToItsJavaType() {
    for (boolean readOnly : List.of(false, true)) {
      for (JavaType java : parameterTypes()) {
        roundTrip(java, readOnly, false);
      }
    }
  }

  @Test
  void theImpliedCTypeOfAReturnValueMapsBackToItsJavaType() {
    for (JavaType java : returnTypes()) {
      roundTrip(java, false, true);
    }
  }

  private static void roundTrip(JavaType java, boolean readOnly, boolean isReturn) {
    CTypeExpr c = CTypes.impliedCType(java, readOnly, OPAQUE_NAME).orElseThrow();
    String where = java.describe() + (readOnly ? " (read-only)" : "") + " -> " + c.canonical();
    List<JavaType> compatible = CTypes.compatibleJavaTypes(c, OPAQUE, isReturn);
    if (NOT_CARRIED.contains(java)) {
      assertFalse(compatible.contains(java), where);
      return;
    }
    assertTrue(compatible.contains(java), where + " carries " + compatible);
    if (!NOT_THE_DEFAULT.contains(java)) {
      assertEquals(Optional.of(java), CTypes.defaultJavaType(c, OPAQUE, isReturn), where);
    }
  }

  @Test
  void theDefaultJavaTypeOfEveryCTypeImpliesACTypeWithTheSameDefault() {
    List<String> spellings = new ArrayList<>();
    for (String scalar : CTypes.scalarNames()) {
      spellings.addAll(List.of(scalar, scalar + "*", "const " + scalar + "*"));
    }
    spellings.addAll(List.of("void*", "const void*", "thing*", "thing**"));
    for (boolean isReturn : List.of(false, true)) {
      for (String spelling : spellings) {
        CTypeExpr c = CTypeExpr.parse(spelling).orElseThrow();
        Optional<JavaType> java = CTypes.defaultJavaType(c, OPAQUE, isReturn);
        if (java.isEmpty()) {
          continue; // bool*, thing** returned: not supported
        }
        CTypeExpr implied =
            CTypes.impliedCType(java.get(), c.constPointee(), OPAQUE_NAME).orElseThrow();
        assertEquals(
            java,
            CTypes.defaultJavaType(implied, OPAQUE, isReturn),
            spelling + " -> " + java.get().describe() + " -> " + implied.canonical());
      }
    }
  }

  @Test
  void readOnlyDataIsConstAndScalarsNeverAre() {
    Function<JavaType, String> implied =
        j -> CTypes.impliedCType(j, true, OPAQUE_NAME).orElseThrow().canonical();
    assertEquals("const uint8_t*", implied.apply(new JavaType.PrimitiveArray(Primitive.BYTE)));
    assertEquals("const void*", implied.apply(new JavaType.Segment()));
    assertEquals("const uint8_t*", implied.apply(new JavaType.Buffer()));
    assertEquals("int", implied.apply(new JavaType.Scalar(Primitive.INT)));
    assertEquals("thing*", implied.apply(new JavaType.Handle(HANDLE)));
  }

  @Test
  void callbacksUserDataAndStringArraysImplyTheirDeclaredCTypes() {
    JavaClassName cb = JavaClassName.of("p", "L", "Compare");
    assertEquals(
        "compare_fn",
        CTypes.impliedCType(new JavaType.Callback(cb, "compare_fn"), true, OPAQUE_NAME)
            .orElseThrow()
            .canonical());
    assertEquals(
        "void*",
        CTypes.impliedCType(new JavaType.UserData(), true, OPAQUE_NAME).orElseThrow().canonical());
    assertEquals(
        "char**",
        CTypes.impliedCType(new JavaType.StringArray(), true, OPAQUE_NAME)
            .orElseThrow()
            .canonical());
  }
}
