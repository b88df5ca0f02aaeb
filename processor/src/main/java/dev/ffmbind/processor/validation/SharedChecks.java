package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StructModel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks more than one validator makes: a charset, a C type against the Java type carrying it,
 * a user-data pointer, an owned handle.
 */
record SharedChecks(ValidationContext context, Diagnostics diagnostics) {

  /** The charsets FFM can encode NUL-terminated strings in (no BOM-writing UTF-16/UTF-32). */
  private static final Set<Charset> SUPPORTED_CHARSETS =
      Set.of(
          StandardCharsets.UTF_8,
          StandardCharsets.ISO_8859_1,
          StandardCharsets.US_ASCII,
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          Charset.forName("UTF-32LE"),
          Charset.forName("UTF-32BE"));

  /** A charset must exist and be one FFM can put into a NUL-terminated string. */
  void charset(SourceRef ref, String name) {
    try {
      if (SUPPORTED_CHARSETS.contains(Charset.forName(name))) {
        return;
      }
    } catch (IllegalArgumentException unknownOrIllegal) {
      // reported below
    }
    diagnostics.error(ref, Message.CHARSET_UNSUPPORTED, name);
  }

  /**
   * A struct or union by value or through one pointer: carried by its value type (by value, {@code
   * const T*}, a returned {@code T*}), a {@code Ref} of it ({@code T*} C writes), or a {@code
   * MemorySegment} (any pointer). Arrays of structs and pointers to pointers are not supported yet.
   */
  private Optional<CTypeExpr> structType(
      SourceRef ref,
      String where,
      CTypeExpr type,
      CTypeExpr c,
      StructModel struct,
      boolean isReturn,
      JavaType javaType) {
    List<JavaType> allowed = new ArrayList<>();
    if (c.pointers() <= 1 && !c.isArray()) {
      allowed.add(new JavaType.StructValue(struct.javaClass(), struct.cName()));
      if (c.isPointer()) {
        if (!isReturn && !c.constPointee()) {
          allowed.add(0, new JavaType.StructRef(struct.javaClass(), struct.cName()));
        }
        if (!isReturn) {
          allowed.add(new JavaType.StructArray(struct.javaClass(), struct.cName()));
        }
        allowed.add(new JavaType.Segment());
        if (struct.resident()) {
          // A resident struct's pointer is its view (or raw memory): the front ends give no way to
          // ask for a copy of it, so the message offers only what a spec can say.
          allowed.clear();
          allowed.add(
              new JavaType.StructView(struct.javaClass(), struct.viewClass(), struct.cName()));
          allowed.add(new JavaType.Segment());
        }
      }
    }
    if (allowed.isEmpty()) {
      diagnostics.error(
          ref,
          Message.STRUCT_UNSUPPORTED_USE,
          where,
          type.spelling(),
          struct.keyword(),
          struct.cName());
      return Optional.empty();
    }
    if (!allowed.contains(javaType)) {
      diagnostics.error(
          ref,
          Message.JAVA_TYPE_MISMATCH,
          where,
          type.spelling(),
          javaType.describe(),
          describe(allowed));
      return Optional.empty();
    }
    return Optional.of(c);
  }

  /**
   * Expands typedefs and checks that the C type is known, supported, and carried by a compatible
   * Java type.
   *
   * @param where how a message names the value ({@code f(n)}, {@code f return value})
   * @return the expanded type when all is well; empty after a problem was reported, or when the
   *     type is a duplicate opaque type (reported once, where it is declared)
   */
  Optional<CTypeExpr> cType(
      SourceRef ref, String where, CTypeExpr type, boolean isReturn, JavaType javaType) {
    Optional<CTypeExpr> expanded = context.expand(type);
    if (expanded.isEmpty()) {
      if (context.typedefs().nestsArray(type)) {
        diagnostics.error(
            ref, Message.C_TYPE_ARRAY, type.spelling(), TypedefValidator.NESTED_ARRAY);
      } else {
        diagnostics.error(ref, Message.C_TYPE_TYPEDEF_CYCLE, type.base());
      }
      return Optional.empty();
    }
    CTypeExpr c = expanded.get();
    if (context.duplicateOpaqueTypes().contains(c.base())) {
      return Optional.empty();
    }
    Optional<StructModel> struct = context.model().struct(c.base());
    if (struct.isPresent()) {
      return structType(ref, where, type, c, struct.get(), isReturn, javaType);
    }
    Optional<StructModel.Tag> tag = StructModel.tag(type.spelling());
    if (tag.isPresent() && !CTypes.isKnownBase(c.base(), context::handleClass)) {
      StructValidator.undeclared(diagnostics, context, ref, type.spelling(), tag.get());
      return Optional.empty();
    }
    if (!CTypes.isKnownBase(c.base(), context::handleClass)) {
      List<String> known = knownTypeNames();
      known.addAll(context.model().typedefs().keySet());
      diagnostics.error(
          ref, Message.C_TYPE_UNKNOWN, type.base(), Diagnostics.didYouMean(type.base(), known));
      return Optional.empty();
    }
    if (c.pointers() == 0 && context.opaqueType(c.base()).isPresent()) {
      diagnostics.error(ref, Message.C_TYPE_BY_VALUE_STRUCT, where, c.base(), c.base());
      return Optional.empty();
    }
    List<JavaType> compatible = CTypes.compatibleJavaTypes(c, context::handleClass, isReturn);
    if (compatible.isEmpty()) {
      String hint =
          c.pointers() > 1
              ? " (pointers to pointers are supported for opaque handles and char**, and as"
                  + " out-pointers into an argument)"
              : c.isVoid() ? " (void is only a return type)" : "";
      diagnostics.error(ref, Message.C_TYPE_UNSUPPORTED, where, type.spelling(), hint);
      return Optional.empty();
    }
    if (c.isArray()
        && !(javaType instanceof JavaType.PrimitiveArray)
        && !(javaType instanceof JavaType.StringRef)) {
      // Only a Java array's length is checked against N before the call.
      diagnostics.error(
          ref,
          Message.C_TYPE_ARRAY,
          type.spelling(),
          "it is carried by a Java primitive array (byte[], int[], ...), not "
              + javaType.describe());
      return Optional.empty();
    }
    // An enum's class carries the enum's C name, which expands to the enum's integer type.
    boolean enumOfType =
        javaType instanceof JavaType.CEnum e
            && type.pointers() == 0
            && e.cName().equals(type.base());
    if (!enumOfType && !compatible.contains(javaType)) {
      diagnostics.error(
          ref,
          Message.JAVA_TYPE_MISMATCH,
          where,
          type.spelling(),
          javaType.describe(),
          describe(compatible));
      return Optional.empty();
    }
    return expanded;
  }

  /** The scalar and opaque type names, for "did you mean" after an unknown C type. */
  List<String> knownTypeNames() {
    List<String> known = new ArrayList<>(CTypes.scalarNames());
    context.model().opaqueTypes().forEach(o -> known.add(o.cName()));
    return known;
  }

  /** The Java types a message offers instead of a mismatched one. */
  static String describe(List<JavaType> compatible) {
    return compatible.stream().map(JavaType::describe).collect(Collectors.joining(" or "));
  }

  /** A user-data parameter is a {@code void*} (unless its typedefs cannot be expanded). */
  void userData(SourceRef ref, String where, String name, CTypeExpr type) {
    Optional<CTypeExpr> c = context.expand(type);
    if (c.isPresent() && !(c.get().pointers() == 1 && c.get().base().equals("void"))) {
      diagnostics.error(ref, Message.USER_DATA_NOT_VOID_POINTER, where, name, type.spelling());
    }
  }

  /**
   * A parameter of a generated method must not hide a type the generated code names, nor one of the
   * classes generated next to it.
   *
   * @param what how a message names the parameter ({@code f: parameter})
   */
  void parameterName(SourceRef ref, String what, String name) {
    Optional<String> clash =
        ReservedNames.parameterClash(name)
            .or(
                () ->
                    context.nestedClassNames().contains(name)
                        ? Optional.of("the nested class " + name)
                        : Optional.empty());
    clash.ifPresent(c -> diagnostics.error(ref, Message.NAME_CLASH_GENERATED, what, name, c));
  }

  /**
   * An owned handle needs a type with a destructor, and no 'free' of its own.
   *
   * @param what how a message names the value ({@code parameter 'db'}, {@code the return value})
   */
  void ownedHandle(
      SourceRef ref, String function, String what, JavaClassName handleClass, Ownership ownership) {
    Optional<OpaqueType> type = context.opaqueType(handleClass);
    if (type.isEmpty()) {
      return; // reported with the C type
    }
    if (type.get().destructor().isEmpty()) {
      diagnostics.error(ref, Message.OWNERSHIP_NO_DESTRUCTOR, function, what, type.get().cName());
    } else if (ownership.freeFunction().isPresent()) {
      diagnostics.error(
          ref, Message.OWNERSHIP_HANDLE_FREE, function, ownership.freeFunction().get());
    }
  }
}
