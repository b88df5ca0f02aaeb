package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.Names;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the types of parameters and return values: the {@link JavaType} a Java type stands for
 * (registering the handle classes and callback interfaces it meets), and the C type, from
 * {@code @CType} or, without one, the one {@link CTypes#impliedCType} gives.
 */
final class TypeReader {

  private static final String REF = "dev.ffmbind.Ref";
  private static final String MEMORY_SEGMENT = "java.lang.foreign.MemorySegment";
  private static final String BYTE_BUFFER = "java.nio.ByteBuffer";
  private static final String NATIVE_BUFFER = "dev.ffmbind.NativeBuffer";
  static final String NATIVE_HANDLE = "dev.ffmbind.NativeHandle";

  private final AnnotationContext ctx;
  private final HandleClassReader handles;
  private final CallbackReader callbacks;

  TypeReader(AnnotationContext ctx) {
    this.ctx = ctx;
    this.handles = new HandleClassReader(ctx);
    this.callbacks = new CallbackReader(ctx, this);
  }

  /** The Java type of a parameter or return value; reports one nothing can carry. */
  Optional<JavaType> javaType(Element element, TypeMirror type, boolean isReturn) {
    Optional<AnnotationMirror> userData = Annotations.find(element, Annotations.USER_DATA);
    if (userData.isPresent() && !AnnotationContext.isDeclared(type, "java.lang.Object")) {
      // Without this, @UserData on an int would be silently ignored.
      ctx.typeError(
          element,
          ElementRef.of(element, userData.get()),
          Message.USER_DATA_NOT_OBJECT,
          element.getSimpleName(),
          type);
      return Optional.empty();
    }
    Optional<Optional<JavaType>> generated = generatedType(element, type, isReturn);
    if (generated.isPresent()) {
      return generated.get();
    }
    Optional<JavaType> result =
        switch (type.getKind()) {
          case VOID -> isReturn ? Optional.of(new JavaType.Void()) : Optional.empty();
          case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE ->
              Optional.of(new JavaType.Scalar(primitive(type.getKind())));
          case ARRAY -> {
            TypeMirror component = ((ArrayType) type).getComponentType();
            if (AnnotationContext.isDeclared(component, "java.lang.String")
                && (Annotations.find(element, Annotations.LENGTH_FROM).isPresent()
                    || (!isReturn && !inCallback(element)))) {
              yield Optional.of(new JavaType.StringArray());
            }
            if (component instanceof DeclaredType d
                && structRecord(element, (TypeElement) d.asElement())) {
              yield Optional.empty();
            }
            if (component instanceof DeclaredType declared
                && inCallback(element)
                && Annotations.find(element, Annotations.LENGTH_FROM).isPresent()
                && AnnotationContext.isSubclassOf(
                    (TypeElement) declared.asElement(), NATIVE_HANDLE)) {
              // A counted T** of an opaque type, as sqlite3_value** argv: borrowed handles.
              yield handles
                  .read(element, (TypeElement) declared.asElement())
                  .map(JavaType.HandleArray::new);
            }
            yield component.getKind().isPrimitive() && !isReturn
                ? Optional.of(new JavaType.PrimitiveArray(primitive(component.getKind())))
                : Optional.empty();
          }
          case DECLARED -> declaredType(element, (DeclaredType) type, isReturn);
          default -> Optional.empty();
        };
    if (result.isEmpty()
        && type instanceof DeclaredType declared
        && declared.asElement().getKind() == ElementKind.ENUM
        && Annotations.find(declared.asElement(), EnumDeclReader.C_ENUM).isPresent()) {
      // The enum is a declaration: the generated class is the one that keeps unlisted values.
      TypeElement te = (TypeElement) declared.asElement();
      ctx.error(
          ElementRef.of(element),
          Message.ENUM_DECLARATION_PARAMETER,
          describe(element),
          te.getSimpleName(),
          generatedName(te));
    } else if (result.isEmpty()
        && type instanceof DeclaredType declared
        && declared.asElement().getKind() == ElementKind.ENUM
        && !ctx.typeProblemReported(element)) {
      ctx.error(ElementRef.of(element), Message.METHOD_JAVA_ENUM, describe(element), type);
    } else if (result.isEmpty() && !ctx.typeProblemReported(element)) {
      ctx.error(
          ElementRef.of(element), Message.METHOD_UNSUPPORTED_JAVA_TYPE, describe(element), type);
    }
    return result;
  }

  /**
   * The C type from {@code @CType}, or the one the Java type implies.
   *
   * @param direction the declared direction ({@code @In} makes implied pointees const), or {@code
   *     null}
   */
  Optional<CTypeExpr> cType(Element element, JavaType javaType, Direction direction) {
    Optional<AnnotationMirror> annotation = Annotations.find(element, Annotations.C_TYPE);
    if (annotation.isEmpty()) {
      return CTypes.impliedCType(javaType, direction == Direction.IN, ctx::opaqueName);
    }
    String spelling = Annotations.string(annotation.get(), "value").orElse("");
    Optional<CTypeExpr> parsed = CTypeExpr.parse(spelling);
    Optional<String> arrayProblem = CTypeExpr.arrayProblem(spelling);
    if (parsed.isEmpty()) {
      ElementRef at =
          new ElementRef(
              element, annotation.get(), Annotations.value(annotation.get(), "value").orElse(null));
      if (arrayProblem.isPresent()) {
        ctx.error(at, Message.C_TYPE_ARRAY, spelling, arrayProblem.get());
      } else {
        ctx.error(at, Message.C_TYPE_SYNTAX, spelling);
      }
    }
    return parsed;
  }

  /**
   * Whether a {@code @Callback} or {@code @Opaque} value names a C type: without it, the types of
   * the functions using it could not be spelled, and those functions would be lost.
   */
  static boolean isCTypeName(String cName) {
    return CTypeExpr.parse(cName).filter(c -> c.pointers() == 0 && !c.constPointee()).isPresent();
  }

  private static String describe(Element element) {
    return element instanceof ExecutableElement m
        ? "the return value of " + m.getSimpleName() + "()"
        : "parameter '" + element.getSimpleName() + "'";
  }

  private Optional<JavaType> declaredType(Element element, DeclaredType type, boolean isReturn) {
    TypeElement te = (TypeElement) type.asElement();
    String name = te.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String" -> {
        return Optional.of(new JavaType.Str());
      }
      case "java.lang.Object" -> {
        return Annotations.find(element, Annotations.USER_DATA).isPresent()
            ? Optional.of(new JavaType.UserData())
            : Optional.empty();
      }
      case MEMORY_SEGMENT -> {
        return Optional.of(new JavaType.Segment());
      }
      case NATIVE_BUFFER -> {
        return isReturn ? Optional.of(new JavaType.NativeBuf()) : Optional.empty();
      }
      case BYTE_BUFFER -> {
        return isReturn ? Optional.empty() : Optional.of(new JavaType.Buffer());
      }
      case REF -> {
        if (isReturn
            || type.getTypeArguments().size() != 1
            || type.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
          return Optional.empty();
        }
        if (ctx.generated().named(type.getTypeArguments().get(0)).orElse(null)
            instanceof GeneratedTypes.Value v) {
          // The generated type of the record, not the record: checked in generatedType.
          return Optional.of(new JavaType.StructRef(v.struct().javaClass(), v.struct().cName()));
        }
        TypeElement handle =
            (TypeElement) ((DeclaredType) type.getTypeArguments().get(0)).asElement();
        switch (handle.getQualifiedName().toString()) {
          case "java.lang.String" -> {
            return Optional.of(new JavaType.StringRef());
          }
          case "java.lang.Long" -> {
            return Optional.of(new JavaType.PositionRef());
          }
          default -> {
            if (structRecord(element, handle)) {
              return Optional.empty();
            }
            return handles.read(element, handle).map(JavaType.HandleRef::new);
          }
        }
      }
      default -> {
        if (structRecord(element, te)) {
          return Optional.empty();
        }
        if (AnnotationContext.isSubclassOf(te, NATIVE_HANDLE)) {
          return handles.read(element, te).map(JavaType.Handle::new);
        }
        boolean isInterface = !isReturn && te.getKind() == ElementKind.INTERFACE;
        if (isInterface && Annotations.find(te, Annotations.CALLBACK).isPresent()) {
          return callbacks.read(element, te);
        }
        if (isInterface && !name.startsWith("java")) {
          ctx.typeError(element, ElementRef.of(element), Message.CALLBACK_NOT_ANNOTATED, name);
        }
        return Optional.empty();
      }
    }
  }

  /**
   * The Java type of a type generated into the binding class for a declaration ({@code
   * Clock_Ffm.Timeval}, {@code Ref<Clock_Ffm.Timeval>}, {@code Clock_Ffm.Timeval[]}, {@code
   * Streams_Ffm.StreamView}, {@code Paint_Ffm.Color}): empty when the type is none of them, an
   * empty Java type when it names one wrongly (reported).
   */
  private Optional<Optional<JavaType>> generatedType(
      Element element, TypeMirror type, boolean isReturn) {
    GeneratedTypes generated = ctx.generated();
    if (type instanceof ArrayType array && !isReturn) {
      return generated
          .named(array.getComponentType())
          .map(
              n ->
                  n instanceof GeneratedTypes.Value v
                      ? Optional.of(
                          new JavaType.StructArray(v.struct().javaClass(), v.struct().cName()))
                      : Optional.<JavaType>empty());
    }
    if (type instanceof DeclaredType d
        && d.asElement() instanceof TypeElement te
        && te.getQualifiedName().contentEquals(REF)
        && d.getTypeArguments().size() == 1
        && d.getTypeArguments().get(0).getKind() == TypeKind.ERROR
        && !isReturn) {
      return generated
          .named(d.getTypeArguments().get(0))
          .map(
              n ->
                  n instanceof GeneratedTypes.Value v
                      ? Optional.of(
                          new JavaType.StructRef(v.struct().javaClass(), v.struct().cName()))
                      : Optional.<JavaType>empty());
    }
    Optional<GeneratedTypes.Named> named = generated.named(type);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    switch (named.get()) {
      case GeneratedTypes.View v when !v.struct().resident() ->
          ctx.typeError(
              element,
              ElementRef.of(element),
              Message.STRUCT_VIEW_NOT_RESIDENT,
              describe(element),
              type,
              v.struct().describe(),
              "resident = true",
              v.struct().javaClass().simpleNames().getLast());
      case GeneratedTypes.Unknown u ->
          ctx.typeError(
              element,
              ElementRef.of(element),
              Message.GENERATED_TYPE_UNKNOWN,
              describe(element),
              u.written(),
              generated.binding().simpleName(),
              generated.describe());
      default -> {
        // a value type, a resident view or an enum class
      }
    }
    return Optional.of(GeneratedTypes.javaType(named.get()));
  }

  /**
   * Whether the type is a {@code @Struct} or {@code @Union} record, reported as such: the record
   * declares the C type, whose value type the processor generates in the binding class.
   */
  private boolean structRecord(Element element, TypeElement te) {
    Optional<AnnotationMirror> struct = Annotations.find(te, StructDeclReader.STRUCT);
    Optional<AnnotationMirror> union = Annotations.find(te, StructDeclReader.UNION);
    if (struct.isEmpty() && union.isEmpty()) {
      return false;
    }
    ctx.typeError(
        element,
        ElementRef.of(element),
        Message.STRUCT_RECORD_PARAMETER,
        describe(element),
        te.getSimpleName(),
        "@" + (struct.isPresent() ? "Struct" : "Union"),
        generatedName(te));
    return true;
  }

  /** {@code Clock_Ffm.Timeval}: the type generated for a record or enum nested in the interface. */
  private static String generatedName(TypeElement record) {
    return record.getEnclosingElement() instanceof TypeElement iface
        ? Names.implementationOf(AnnotationContext.className(iface)).simpleName()
            + "."
            + record.getSimpleName()
        : record.getSimpleName().toString();
  }

  /** Whether a parameter belongs to a method of a {@code @Callback} interface. */
  private static boolean inCallback(Element element) {
    Element method = element.getEnclosingElement();
    return method != null
        && method.getEnclosingElement() != null
        && Annotations.find(method.getEnclosingElement(), Annotations.CALLBACK).isPresent();
  }

  private static Primitive primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> Primitive.BOOLEAN;
      case BYTE -> Primitive.BYTE;
      case SHORT -> Primitive.SHORT;
      case CHAR -> Primitive.CHAR;
      case INT -> Primitive.INT;
      case LONG -> Primitive.LONG;
      case FLOAT -> Primitive.FLOAT;
      case DOUBLE -> Primitive.DOUBLE;
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }
}
