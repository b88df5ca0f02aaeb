package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an abstract method of the interface into a function: its shape, {@code @Symbol},
 * {@code @Errors}, {@code @RetryOnEintr}, {@code @Critical}, {@code @OptionalSymbol}, and its
 * parameters and return value through {@link ParameterReader} and {@link ReturnReader}.
 */
final class MethodReader {

  private final AnnotationContext ctx;
  private final ParameterReader parameters;
  private final ReturnReader returns;

  MethodReader(AnnotationContext ctx, TypeReader types) {
    this.ctx = ctx;
    this.parameters = new ParameterReader(ctx, types);
    this.returns = new ReturnReader(ctx, types);
  }

  Optional<FunctionModel> read(ExecutableElement method, Map<String, String> typedefs) {
    ElementRef ref = ElementRef.of(method);
    if (!method.getTypeParameters().isEmpty()) {
      ctx.error(ref, Message.METHOD_GENERIC);
    }
    if (method.isVarArgs()) {
      ctx.error(ref, Message.METHOD_VARARGS);
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (ctx.isChecked(thrown)) {
        ctx.error(ref, Message.METHOD_THROWS_CHECKED);
        break;
      }
    }
    List<ParamModel> params = new ArrayList<>();
    boolean ok = callbackOnly(method, method, Annotations.ON_EXCEPTION_CALL, "a method");
    for (VariableElement p : method.getParameters()) {
      ok &=
          callbackOnly(method, p, Annotations.USER_DATA_FROM, "a parameter")
              && parameters.read(p, typedefs, params);
    }
    Optional<ReturnModel> result = returns.read(method, typedefs);
    if (!ok || result.isEmpty() || !returns.readSize(method, typedefs, params)) {
      return Optional.empty();
    }
    // A registration Java closes; with a destructor (lifetime RELEASE), C releases it instead.
    boolean registered =
        params.stream()
                .anyMatch(p -> p.lifetime().filter(LifetimeModel.REGISTERED::equals).isPresent())
            && params.stream()
                .noneMatch(p -> p.lifetime().filter(LifetimeModel.RELEASE::equals).isPresent());
    if (registered != ReturnReader.returnsRegistration(method)) {
      ctx.error(ref, Message.CALLBACK_REGISTRATION_RETURN, method.getSimpleName());
      return Optional.empty();
    }
    String cSymbol =
        Annotations.find(method, Annotations.SYMBOL)
            .flatMap(m -> Annotations.string(m, "value"))
            .orElse(method.getSimpleName().toString());
    ErrorModel errors =
        Annotations.find(method, Annotations.ERRORS)
            .map(MethodReader::errors)
            .orElse(ErrorModel.NONE);
    return Optional.of(
        FunctionModel.builder(
                ref, method.getSimpleName().toString(), cSymbol, params, result.get(), errors)
            .retryOnEintr(Annotations.find(method, Annotations.RETRY_ON_EINTR).isPresent())
            .critical(Annotations.find(method, Annotations.CRITICAL).isPresent())
            .doc(ctx.doc(method))
            .optional(Annotations.find(method, Annotations.OPTIONAL_SYMBOL).isPresent())
            .deprecation(ctx.deprecation(method))
            .blocking(Annotations.find(method, Annotations.BLOCKING).isPresent())
            .build());
  }

  /** The annotation's {@code ErrorConvention} constant names the model's kind of the same name. */
  private static ErrorModel errors(AnnotationMirror m) {
    ErrorModel.Kind kind = ErrorModel.Kind.valueOf(Annotations.enumName(m, "value").orElse("NONE"));
    return switch (kind) {
      case STATUS -> ErrorModel.status(Annotations.string(m, "table").orElse(""));
      case PREDICATE ->
          ErrorModel.predicate(
              Annotations.string(m, "predicate").orElse(""),
              Annotations.string(m, "messageFunction").filter(s -> !s.isEmpty()));
      default -> ErrorModel.of(kind);
    };
  }

  /**
   * False, after a located error, when {@code element} of a library function carries an annotation
   * that means something only inside a {@code @Callback} interface (javac cannot restrict it there,
   * and silently ignoring it would hide the mistake).
   */
  private boolean callbackOnly(
      ExecutableElement method, Element element, String annotation, String where) {
    Optional<AnnotationMirror> found = Annotations.find(element, annotation);
    found.ifPresent(
        m ->
            ctx.error(
                ElementRef.of(element, m),
                Message.ANNOTATION_CALLBACK_ONLY,
                annotation.substring(annotation.lastIndexOf('.') + 1),
                where,
                method.getSimpleName()));
    return found.isEmpty();
  }
}
