package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a user-written {@code @Callback} interface into a callback type: its one method's
 * parameters and return value, as C passes them to Java (pointees read-only).
 */
final class CallbackReader {

  private final AnnotationContext ctx;
  private final TypeReader types;

  /** Callback interfaces being read, so a callback that mentions itself does not recurse. */
  private final Set<String> reading = new HashSet<>();

  CallbackReader(AnnotationContext ctx, TypeReader types) {
    this.ctx = ctx;
    this.types = types;
  }

  /** Registers the callback interface {@code usedBy} names; empty (reported) when malformed. */
  Optional<JavaType> read(Element usedBy, TypeElement iface) {
    JavaClassName name = AnnotationContext.className(iface);
    AnnotationMirror annotation = Annotations.find(iface, Annotations.CALLBACK).orElseThrow();
    String cName =
        Annotations.string(annotation, "value")
            .filter(s -> !s.isEmpty())
            .orElse(iface.getSimpleName().toString());
    if (ctx.callback(name).isPresent() || !reading.add(name.canonicalName())) {
      return Optional.of(new JavaType.Callback(name, cName));
    }
    if (!TypeReader.isCTypeName(cName)) {
      ctx.typeError(
          usedBy,
          new ElementRef(iface, annotation, Annotations.value(annotation, "value").orElse(null)),
          Message.C_TYPE_NAME,
          "Callback",
          name.canonicalName(),
          cName);
      return Optional.empty();
    }
    List<ExecutableElement> methods =
        ElementFilter.methodsIn(iface.getEnclosedElements()).stream()
            .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
            .toList();
    if (methods.size() != 1
        || !iface.getInterfaces().isEmpty()
        || !iface.getTypeParameters().isEmpty()) {
      ctx.typeError(
          usedBy, ElementRef.of(iface, annotation), Message.CALLBACK_SHAPE, name.canonicalName());
      return Optional.empty();
    }
    ExecutableElement method = methods.get(0);
    List<CallbackParam> params = new ArrayList<>();
    boolean ok = true;
    for (VariableElement p : method.getParameters()) {
      Optional<JavaType> javaType = types.javaType(p, p.asType(), false);
      Optional<CTypeExpr> cType = javaType.flatMap(j -> types.cType(p, j, Direction.IN));
      if (cType.isEmpty()) {
        ok = false;
        continue;
      }
      params.add(
          new CallbackParam(
              ElementRef.of(p),
              p.getSimpleName().toString(),
              cType.get(),
              javaType.get(),
              Annotations.find(p, Annotations.ENCODING)
                  .flatMap(m -> Annotations.string(m, "value")),
              Annotations.find(p, Annotations.LENGTH_FROM)
                  .flatMap(m -> Annotations.string(m, "value")),
              Annotations.find(p, Annotations.USER_DATA_FROM)
                  .flatMap(m -> Annotations.string(m, "value"))));
    }
    Optional<JavaType> returnType = types.javaType(method, method.getReturnType(), true);
    Optional<CTypeExpr> returnC = returnType.flatMap(j -> types.cType(method, j, null));
    if (!ok || returnC.isEmpty()) {
      return Optional.empty();
    }
    ctx.addCallback(
        new CallbackType(
            ElementRef.of(iface, annotation),
            cName,
            name,
            false,
            method.getSimpleName().toString(),
            params,
            ReturnModel.builder(ElementRef.of(method), returnC.get(), returnType.get()).build(),
            Annotations.find(method, Annotations.ON_EXCEPTION)
                .flatMap(m -> Annotations.string(m, "value")),
            ctx.doc(iface),
            Annotations.find(method, Annotations.ON_EXCEPTION_CALL)
                .flatMap(m -> Annotations.string(m, "value"))));
    return Optional.of(new JavaType.Callback(name, cName));
  }
}
