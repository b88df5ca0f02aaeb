package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the types nested in the interface that are annotated {@code @Struct} or {@code @Union} into
 * {@link StructModel}s, the same model a YAML {@code structs} entry gives: the record is the
 * declaration, its components the fields in C order. Layout and field checks are the validator's
 * ({@code StructValidator}); this reader reports only what the Java source alone shows (a
 * {@code @Struct} that is not a record, a component whose C type nothing states).
 */
final class StructDeclReader {

  static final String STRUCT = Annotations.PACKAGE + "Struct";
  static final String UNION = Annotations.PACKAGE + "Union";

  private final AnnotationContext ctx;

  StructDeclReader(AnnotationContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The structs and unions declared in {@code iface}, in source order.
   *
   * @param enums the enums the interface declares, which components may name
   */
  List<StructModel> read(TypeElement iface, JavaClassName binding, List<EnumModel> enums) {
    // Components may name the generated types of the other declarations (Clock_Ffm.Point).
    List<StructModel> declared = new ArrayList<>();
    for (Element e : iface.getEnclosedElements()) {
      Optional<AnnotationMirror> struct = Annotations.find(e, STRUCT);
      Optional<AnnotationMirror> union = Annotations.find(e, UNION);
      if (e.getKind() == ElementKind.RECORD && (struct.isPresent() || union.isPresent())) {
        declared.add(
            new StructModel(
                ElementRef.of(e),
                cName((TypeElement) e, struct.orElseGet(union::orElseThrow)),
                binding.nested(e.getSimpleName().toString()),
                struct.isEmpty(),
                List.of(),
                ""));
      }
    }
    GeneratedTypes generated = new GeneratedTypes(binding, declared, enums);
    List<StructModel> structs = new ArrayList<>();
    for (Element e : iface.getEnclosedElements()) {
      Optional<AnnotationMirror> struct = Annotations.find(e, STRUCT);
      Optional<AnnotationMirror> union = Annotations.find(e, UNION);
      if (struct.isEmpty() && union.isEmpty()) {
        continue;
      }
      AnnotationMirror annotation = struct.orElseGet(union::orElseThrow);
      boolean isUnion = struct.isEmpty();
      String keyword = isUnion ? "Union" : "Struct";
      if (e.getKind() != ElementKind.RECORD) {
        ctx.error(
            ElementRef.of(e, annotation),
            Message.STRUCT_ANNOTATION_NOT_RECORD,
            keyword,
            e.getSimpleName());
        continue;
      }
      TypeElement record = (TypeElement) e;
      String cName = cName(record, annotation);
      String describe = (isUnion ? "union" : "struct") + " '" + cName + "'";
      List<StructModel.Field> fields = new ArrayList<>();
      for (RecordComponentElement c : record.getRecordComponents()) {
        field(c, describe, generated).ifPresent(fields::add);
      }
      structs.add(
          new StructModel(
              ElementRef.of(record, annotation),
              cName,
              binding.nested(record.getSimpleName().toString()),
              isUnion,
              fields,
              ctx.doc(record),
              !isUnion && Annotations.bool(annotation, "resident", false)));
    }
    return structs;
  }

  private static String cName(TypeElement record, AnnotationMirror annotation) {
    return Annotations.string(annotation, "value")
        .filter(s -> !s.isBlank())
        .orElse(record.getSimpleName().toString());
  }

  private Optional<StructModel.Field> field(
      RecordComponentElement c, String owner, GeneratedTypes generated) {
    String name = c.getSimpleName().toString();
    TypeMirror type = c.asType();
    Optional<AnnotationMirror> annotation = Annotations.find(c, Annotations.C_TYPE);
    Optional<String> spelling =
        annotation.isPresent()
            ? Annotations.string(annotation.get(), "value")
            : implied(type, generated);
    if (spelling.isEmpty()) {
      ctx.error(ElementRef.of(c), Message.STRUCT_COMPONENT_C_TYPE, owner, name, type);
      return Optional.empty();
    }
    Optional<CTypeExpr> parsed = Optional.empty();
    if (StructModel.refusal(spelling.get()).isEmpty()) {
      parsed = CTypeExpr.parse(spelling.get());
      if (parsed.isEmpty()) {
        ElementRef at =
            annotation
                .map(a -> new ElementRef(c, a, Annotations.value(a, "value").orElse(null)))
                .orElseGet(() -> ElementRef.of(c));
        ctx.error(at, Message.C_TYPE_SYNTAX, spelling.get());
        return Optional.empty();
      }
    }
    // Only a char[N] field has a choice of Java type: String (the default) or byte[].
    Optional<JavaType> javaType =
        type instanceof ArrayType a && a.getComponentType().getKind() == TypeKind.BYTE
            ? Optional.of(new JavaType.PrimitiveArray(JavaType.Primitive.BYTE))
            : Optional.empty();
    return Optional.of(
        new StructModel.Field(
            ElementRef.of(c),
            name,
            spelling.get(),
            parsed,
            javaType,
            ctx.paramDoc(c.getEnclosingElement(), name)));
  }

  /**
   * The C type a component's Java type states alone: a primitive's ({@code int}, {@code double},
   * ...), a nested {@code @Struct}/{@code @Union} record's tag (or its generated value type's), or
   * a {@code @CEnum} enum's C name (or its generated class's); empty for the others (a String or an
   * array needs {@code @CType} for its length).
   */
  private static Optional<String> implied(TypeMirror type, GeneratedTypes generated) {
    Optional<GeneratedTypes.Named> named = generated.named(type);
    if (named.orElse(null) instanceof GeneratedTypes.Value v) {
      return Optional.of(v.struct().keyword() + " " + v.struct().cName());
    }
    if (named.orElse(null) instanceof GeneratedTypes.Enum e) {
      return Optional.of(e.model().cName());
    }
    if (type.getKind().isPrimitive()) {
      JavaType.Primitive p =
          switch (type.getKind()) {
            case BOOLEAN -> JavaType.Primitive.BOOLEAN;
            case BYTE -> JavaType.Primitive.BYTE;
            case SHORT -> JavaType.Primitive.SHORT;
            case CHAR -> JavaType.Primitive.CHAR;
            case INT -> JavaType.Primitive.INT;
            case LONG -> JavaType.Primitive.LONG;
            case FLOAT -> JavaType.Primitive.FLOAT;
            default -> JavaType.Primitive.DOUBLE;
          };
      return CTypes.impliedCType(new JavaType.Scalar(p), false, n -> "").map(CTypeExpr::spelling);
    }
    if (type instanceof DeclaredType d && d.asElement() instanceof TypeElement te) {
      Optional<AnnotationMirror> s = Annotations.find(te, STRUCT);
      Optional<AnnotationMirror> u = Annotations.find(te, UNION);
      if (s.isPresent()) {
        return Optional.of("struct " + cName(te, s.get()));
      }
      if (u.isPresent()) {
        return Optional.of("union " + cName(te, u.get()));
      }
      Optional<AnnotationMirror> en = Annotations.find(te, EnumDeclReader.C_ENUM);
      if (en.isPresent() && te.getKind() == ElementKind.ENUM) {
        return Optional.of(
            Annotations.string(en.get(), "value")
                .filter(n -> !n.isBlank())
                .orElse(te.getSimpleName().toString()));
      }
    }
    return Optional.empty();
  }
}
