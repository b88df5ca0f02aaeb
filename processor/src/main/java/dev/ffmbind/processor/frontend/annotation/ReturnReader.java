package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads a method's return value: its types, {@code @Owned}, {@code @Encoding}, {@code @PointsInto}
 * and {@code @ReturnSize}, which may add a hidden out-parameter for the size; a method returning
 * {@code Registration} keeps the C result in C.
 */
final class ReturnReader {

  private static final String REGISTRATION = "dev.ffmbind.Registration";

  private final AnnotationContext ctx;
  private final TypeReader types;

  ReturnReader(AnnotationContext ctx, TypeReader types) {
    this.ctx = ctx;
    this.types = types;
  }

  /** Whether the method returns a {@code Registration} (it registers a callback). */
  static boolean returnsRegistration(ExecutableElement method) {
    return AnnotationContext.isDeclared(method.getReturnType(), REGISTRATION);
  }

  Optional<ReturnModel> read(ExecutableElement method, Map<String, String> typedefs) {
    ElementRef ref = ElementRef.of(method);
    if (returnsRegistration(method)) {
      // The C function's own result (void, or a status its error convention checks) stays in C.
      Optional<CTypeExpr> cType =
          Annotations.find(method, Annotations.C_TYPE).isPresent()
              ? types.cType(method, new JavaType.Void(), null)
              : CTypeExpr.parse("void");
      return cType.map(
          c ->
              ReturnModel.builder(
                      ref,
                      c,
                      CTypes.defaultJavaType(
                              CTypes.expand(c, typedefs).orElse(c), x -> Optional.empty(), true)
                          .orElseGet(JavaType.Void::new))
                  .build());
    }
    Optional<AnnotationMirror> pointsInto = Annotations.find(method, Annotations.POINTS_INTO);
    Optional<String> into = pointsInto.flatMap(m -> Annotations.string(m, "value"));
    Optional<JavaType> declared = types.javaType(method, method.getReturnType(), true);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    boolean position = into.filter(name -> !name.isEmpty()).isPresent();
    // The method returns the position of the pointer; the model keeps the pointer C returns.
    if (position && !declared.get().equals(new JavaType.Scalar(JavaType.Primitive.LONG))) {
      ctx.error(
          ElementRef.of(method, pointsInto.get()),
          Message.POINTS_INTO_JAVA_TYPE,
          method.getSimpleName(),
          into.get(),
          declared.get().describe());
      return Optional.empty();
    }
    Optional<JavaType> javaType = position ? Optional.of(new JavaType.Segment()) : declared;
    Optional<CTypeExpr> cType = types.cType(method, javaType.get(), null);
    if (cType.isEmpty()) {
      return Optional.empty();
    }
    // An owned handle is freed by its type's destructor; other owned memory by 'free' (free()).
    Ownership ownership =
        Annotations.find(method, Annotations.OWNED)
            .map(
                m ->
                    javaType.get() instanceof JavaType.Handle
                        ? new Ownership(true, Annotations.string(m, "free"))
                        : Ownership.owned(Annotations.string(m, "free").orElse("free")))
            .orElse(Ownership.BORROWED);
    Optional<AnnotationMirror> size = Annotations.find(method, Annotations.RETURN_SIZE);
    return Optional.of(
        ReturnModel.builder(
                size.or(() -> pointsInto).map(m -> ElementRef.of(method, m)).orElse(ref),
                cType.get(),
                javaType.get())
            .ownership(ownership)
            .charset(
                Annotations.find(method, Annotations.ENCODING)
                    .flatMap(m -> Annotations.string(m, "value")))
            .size(size.flatMap(m -> Annotations.string(m, "value")))
            .pointsInto(into)
            .build());
  }

  /**
   * {@code @ReturnSize(value = "outLen", out = "size_t*")} declares a hidden out-parameter C writes
   * the size of the result to: it is added to the C parameters (last, or at {@code position}), as
   * {@code @WithLength} adds a hidden length. Without {@code out} the size names a parameter of the
   * method, checked by the validator.
   *
   * @return false when the annotation is broken (reported)
   */
  boolean readSize(
      ExecutableElement method, Map<String, String> typedefs, List<ParamModel> params) {
    Optional<AnnotationMirror> size = Annotations.find(method, Annotations.RETURN_SIZE);
    if (size.isEmpty()) {
      return true;
    }
    String out = Annotations.string(size.get(), "out").orElse("");
    if (out.isEmpty()) {
      return true;
    }
    Optional<CTypeExpr> outType = CTypeExpr.parse(out);
    if (outType.isEmpty()) {
      ctx.error(
          new ElementRef(method, size.get(), Annotations.value(size.get(), "out").orElse(null)),
          Message.C_TYPE_SYNTAX,
          out);
      return false;
    }
    int position = Annotations.integer(size.get(), "position", -1);
    if (position < -1 || position > params.size()) {
      ctx.error(
          new ElementRef(
              method, size.get(), Annotations.value(size.get(), "position").orElse(null)),
          Message.RETURN_SIZE_POSITION,
          position,
          params.size());
      return false;
    }
    CTypeExpr expanded = CTypes.expand(outType.get(), typedefs).orElse(outType.get());
    JavaType carrier =
        CTypes.defaultJavaType(expanded, x -> Optional.empty(), false)
            .orElseGet(JavaType.Segment::new);
    ParamModel hidden =
        ParamModel.builder(
                ElementRef.of(method, size.get()),
                Annotations.string(size.get(), "value").orElse(""),
                outType.get(),
                carrier)
            .direction(Direction.OUT)
            .resultSize(true)
            .build();
    params.add(position < 0 ? params.size() : position, hidden);
    return true;
  }
}
