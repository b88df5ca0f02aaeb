package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads a method parameter: its types, {@code @In}/{@code @Out}/{@code @InOut}, {@code @Encoding},
 * {@code @BoundedBy}, {@code @Nullable}, {@code @Lifetime}, {@code @Owned}, and the hidden length
 * and element-size parameters {@code @WithLength} and {@code @WithElementSize} add after it.
 */
final class ParameterReader {

  private final AnnotationContext ctx;
  private final TypeReader types;

  ParameterReader(AnnotationContext ctx, TypeReader types) {
    this.ctx = ctx;
    this.types = types;
  }

  /** Adds the parameter (and its hidden length) to {@code params}; false when it is broken. */
  boolean read(VariableElement p, Map<String, String> typedefs, List<ParamModel> params) {
    ElementRef ref = ElementRef.of(p);
    if (!directionsAgree(p)) {
      return false;
    }
    Optional<JavaType> javaType = types.javaType(p, p.asType(), false);
    if (javaType.isEmpty()) {
      return false;
    }
    Optional<LifetimeModel> lifetime =
        Annotations.find(p, Annotations.LIFETIME)
            .flatMap(m -> Annotations.enumName(m, "value"))
            .map(LifetimeModel::valueOf);
    Direction declared = direction(p).map(ParameterReader::directionOf).orElse(null);
    Optional<CTypeExpr> cType = types.cType(p, javaType.get(), declared);
    if (cType.isEmpty()) {
      return false;
    }
    Direction direction =
        declared != null
            ? declared
            : CTypes.defaultDirection(
                CTypes.expand(cType.get(), typedefs).orElse(cType.get()), javaType.get());
    String name = p.getSimpleName().toString();
    params.add(
        ParamModel.builder(ref, name, cType.get(), javaType.get())
            .direction(direction)
            .charset(
                Annotations.find(p, Annotations.ENCODING)
                    .flatMap(m -> Annotations.string(m, "value")))
            .boundsOf(
                Annotations.find(p, Annotations.BOUNDED_BY)
                    .flatMap(m -> Annotations.string(m, "value")))
            .nullable(Annotations.isNullable(p))
            .lifetime(lifetime)
            // An owned handle out-parameter is freed by its type's destructor; a 'free' is
            // reported.
            .ownership(
                Annotations.find(p, Annotations.OWNED)
                    .map(
                        m ->
                            javaType.get() instanceof JavaType.StringRef
                                // An out-string is freed by @Owned's free, "free" by default.
                                ? Ownership.owned(Annotations.string(m, "free").orElse("free"))
                                : new Ownership(true, Annotations.string(m, "free")))
                    .orElse(Ownership.BORROWED))
            .pointsInto(
                Annotations.find(p, Annotations.POINTS_INTO)
                    .flatMap(m -> Annotations.string(m, "value")))
            .sizeUnchecked(Annotations.find(p, Annotations.UNCHECKED_SIZE).isPresent())
            .variadic(Annotations.find(p, Annotations.VARIADIC).isPresent())
            .handle(
                Annotations.find(p, Annotations.LIFETIME)
                    .or(() -> Annotations.find(p, Annotations.USER_DATA))
                    .flatMap(m -> Annotations.string(m, "handle"))
                    .filter(s -> !s.isEmpty()))
            .slot(
                Annotations.find(p, Annotations.USER_DATA)
                    .flatMap(m -> Annotations.string(m, "slot"))
                    .filter(s -> !s.isEmpty()))
            .build());
    // The hidden parameters follow the array in the order their annotations are written.
    for (AnnotationMirror m : p.getAnnotationMirrors()) {
      String type = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
      boolean length = type.equals(Annotations.WITH_LENGTH);
      if (!length && !type.equals(Annotations.WITH_ELEMENT_SIZE)) {
        continue;
      }
      ElementRef hiddenRef = ElementRef.of(p, m);
      String spelling = Annotations.string(m, "value").orElse("size_t");
      Optional<CTypeExpr> hiddenType = CTypeExpr.parse(spelling);
      if (hiddenType.isEmpty()) {
        ctx.error(hiddenRef, Message.C_TYPE_SYNTAX, spelling);
        return false;
      }
      String hiddenName =
          Annotations.string(m, "name")
              .filter(s -> !s.isEmpty())
              .orElse(name + (length ? "Length" : "ElementSize"));
      // The stub passes the value: in the C type's own carrier (an int for "int").
      JavaType carrier =
          CTypes.defaultJavaType(
                  CTypes.expand(hiddenType.get(), typedefs).orElse(hiddenType.get()),
                  x -> Optional.empty(),
                  false)
              .orElse(new JavaType.Scalar(Primitive.LONG));
      params.add(
          length
              ? ParamModel.builder(hiddenRef, hiddenName, hiddenType.get(), carrier)
                  .lengthOf(name)
                  .build()
              : ParamModel.elementSize(hiddenRef, hiddenName, hiddenType.get(), carrier, name));
    }
    return true;
  }

  /**
   * At most one of {@code @In}, {@code @Out}, {@code @InOut}: two of them would otherwise mean
   * whichever is read first, and {@code @In @Out} would silently never copy C's writes back.
   */
  private boolean directionsAgree(VariableElement p) {
    List<String> found = new ArrayList<>();
    for (String name : List.of(Annotations.IN, Annotations.OUT, Annotations.IN_OUT)) {
      if (Annotations.find(p, name).isPresent()) {
        found.add("@" + name.substring(Annotations.PACKAGE.length()));
      }
    }
    if (found.size() > 1) {
      ctx.error(
          ElementRef.of(
              p,
              Annotations.find(p, Annotations.OUT)
                  .or(() -> Annotations.find(p, Annotations.IN_OUT))
                  .orElseThrow()),
          Message.DIRECTION_ANNOTATIONS_CONFLICT,
          p.getSimpleName(),
          String.join(" and ", found));
      return false;
    }
    return true;
  }

  private static Optional<AnnotationMirror> direction(Element p) {
    return Annotations.find(p, Annotations.IN)
        .or(() -> Annotations.find(p, Annotations.OUT))
        .or(() -> Annotations.find(p, Annotations.IN_OUT));
  }

  private static Direction directionOf(AnnotationMirror m) {
    String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    return name.equals(Annotations.IN)
        ? Direction.IN
        : name.equals(Annotations.OUT) ? Direction.OUT : Direction.INOUT;
  }
}
