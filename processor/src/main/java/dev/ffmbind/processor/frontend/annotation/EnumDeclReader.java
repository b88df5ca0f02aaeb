package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads the Java enums nested in the interface that are annotated {@code @CEnum} into {@link
 * EnumModel}s, the same model a YAML {@code enums} entry gives: the enum is the declaration, its
 * constants the C enumerators with their values ({@code @EnumValue}, or the previous value plus
 * one, as in C). Names, duplicates and ranges are the validator's to check.
 */
final class EnumDeclReader {

  static final String C_ENUM = Annotations.PACKAGE + "CEnum";
  static final String ENUM_VALUE = Annotations.PACKAGE + "EnumValue";

  private final AnnotationContext ctx;

  EnumDeclReader(AnnotationContext ctx) {
    this.ctx = ctx;
  }

  /** The enums declared in {@code iface}, in source order. */
  List<EnumModel> read(TypeElement iface, JavaClassName binding) {
    List<EnumModel> enums = new ArrayList<>();
    for (Element e : iface.getEnclosedElements()) {
      Optional<AnnotationMirror> annotation = Annotations.find(e, C_ENUM);
      if (annotation.isEmpty()) {
        continue;
      }
      if (e.getKind() != ElementKind.ENUM) {
        ctx.error(
            ElementRef.of(e, annotation.get()),
            Message.ENUM_ANNOTATION_NOT_ENUM,
            e.getSimpleName());
        continue;
      }
      TypeElement type = (TypeElement) e;
      String spelling = Annotations.string(annotation.get(), "type").orElse("int");
      Optional<CTypeExpr> underlying = CTypeExpr.parse(spelling);
      if (underlying.isEmpty()) {
        ctx.error(
            new ElementRef(
                e, annotation.get(), Annotations.value(annotation.get(), "type").orElse(null)),
            Message.C_TYPE_SYNTAX,
            spelling);
        continue;
      }
      List<EnumModel.Value> values = new ArrayList<>();
      long next = 0;
      for (Element constant : type.getEnclosedElements()) {
        if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
          continue;
        }
        Optional<AnnotationMirror> explicit = Annotations.find(constant, ENUM_VALUE);
        long value = explicit.map(m -> Annotations.number(m, "value", 0)).orElse(next);
        values.add(
            new EnumModel.Value(
                explicit
                    .map(m -> ElementRef.of(constant, m))
                    .orElseGet(() -> ElementRef.of(constant)),
                constant.getSimpleName().toString(),
                value,
                ctx.doc(constant)));
        next = value + 1;
      }
      enums.add(
          new EnumModel(
              ElementRef.of(type, annotation.get()),
              Annotations.string(annotation.get(), "value")
                  .filter(s -> !s.isBlank())
                  .orElse(type.getSimpleName().toString()),
              binding.nested(type.getSimpleName().toString()),
              underlying.get(),
              values,
              ctx.doc(type)));
    }
    return enums;
  }
}
