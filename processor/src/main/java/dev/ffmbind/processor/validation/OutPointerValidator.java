package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ParamModel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pointers to pointers a function parameter may be: a {@code char**} slot C writes a string
 * into ({@code Ref<String>}) or a pointer into a copied argument ({@code Ref<Long>} with {@code
 * points_into}). Which Java types a {@code char**} may be at all is {@code CTypes}' business; this
 * checks what only such a parameter has: its direction and where its pointer points.
 */
record OutPointerValidator(ValidationContext context, Diagnostics diagnostics) {

  /** The kinds of argument a written pointer may point into: those copied per call. */
  private static final Set<ParamLinks.Kind> COPIED =
      EnumSet.of(
          ParamLinks.Kind.ARRAY,
          ParamLinks.Kind.INTEGER_POINTER,
          ParamLinks.Kind.STRING,
          ParamLinks.Kind.BUFFER);

  void check(FunctionModel fn, ParamModel p, Map<String, ParamModel> byName) {
    boolean slot =
        p.javaType() instanceof JavaType.StringRef || p.javaType() instanceof JavaType.PositionRef;
    if (slot && p.direction() != Direction.OUT) {
      diagnostics.error(
          p.ref(),
          Message.OUT_POINTER_DIRECTION,
          fn.javaName(),
          p.name(),
          p.javaType().describe(),
          p.direction().name().toLowerCase(Locale.ROOT));
    }
    if (p.pointsInto().isPresent() && !(p.javaType() instanceof JavaType.PositionRef)) {
      diagnostics.error(
          p.ref(),
          Message.POINTS_INTO_PARAM_TYPE,
          fn.javaName(),
          p.name(),
          p.javaType().describe());
    } else if (p.javaType() instanceof JavaType.PositionRef) {
      checkPosition(fn, p, byName);
    }
  }

  /** A position is found in an argument that is copied, and passed, by the Java method. */
  private void checkPosition(FunctionModel fn, ParamModel p, Map<String, ParamModel> byName) {
    if (p.pointsInto().isEmpty()) {
      diagnostics.error(p.ref(), Message.POINTS_INTO_PARAM_UNSTATED, fn.javaName(), p.name());
      return;
    }
    String name = p.pointsInto().get();
    ParamModel target = byName.get(name);
    if (target == null) {
      diagnostics.error(
          p.ref(),
          Message.POINTS_INTO_PARAM_TARGET,
          fn.javaName(),
          p.name(),
          name,
          "is not a parameter",
          Diagnostics.didYouMean(name, byName.keySet()));
      return;
    }
    ParamLinks.Kind kind = new ParamLinks(context, diagnostics).kind(target);
    if (!COPIED.contains(kind) || !target.isInJavaSignature()) {
      diagnostics.error(
          p.ref(),
          Message.POINTS_INTO_PARAM_TARGET,
          fn.javaName(),
          p.name(),
          name,
          target.isInJavaSignature()
              ? "is " + ParamLinks.describe(target, kind)
              : "is hidden from Java",
          "");
    } else if (fn.critical() && target.javaType() instanceof JavaType.PrimitiveArray) {
      diagnostics.error(p.ref(), Message.POINTS_INTO_CRITICAL, fn.javaName(), name);
    }
  }
}
