package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the callback (function-pointer) types: declared once, valid generated names, and
 * parameters and a return value that an upcall can carry.
 */
record CallbackValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate() {
    Set<String> names = new HashSet<>();
    for (CallbackType cb : context.model().callbacks()) {
      if (!names.add(cb.cName())) {
        diagnostics.error(cb.ref(), Message.DUPLICATE_CALLBACK, cb.cName());
      }
      checkGeneratedNames(cb);
      checkParams(cb);
      checkReturn(cb);
    }
  }

  private void checkGeneratedNames(CallbackType cb) {
    if (!cb.generated()) {
      return;
    }
    if (!Names.isJavaIdentifier(cb.javaClass().simpleName())) {
      diagnostics.error(
          cb.ref(), Message.INVALID_JAVA_NAME, cb.javaClass().simpleName(), "class name");
    }
    if (!Names.isJavaIdentifier(cb.methodName())) {
      diagnostics.error(cb.ref(), Message.INVALID_JAVA_NAME, cb.methodName(), "method name");
    }
  }

  private void checkParams(CallbackType cb) {
    Set<String> names = new HashSet<>();
    Set<String> integers = new HashSet<>();
    for (CallbackParam p : cb.params()) {
      if (p.javaType() instanceof JavaType.Scalar && context.isInteger(p.cType())) {
        integers.add(p.name());
      }
    }
    for (CallbackParam p : cb.params()) {
      if (!names.add(p.name())) {
        diagnostics.error(p.ref(), Message.DUPLICATE_PARAMETER, where(cb), p.name());
      }
      if (!Names.isJavaIdentifier(p.name())) {
        diagnostics.error(p.ref(), Message.INVALID_JAVA_NAME, p.name(), "parameter name");
      } else {
        shared.parameterName(p.ref(), where(cb) + ": parameter", p.name());
      }
      checkParam(cb, p, integers);
    }
  }

  private static String where(CallbackType cb) {
    return "callback '" + cb.cName() + "'";
  }

  /**
   * One parameter: user data, a {@code String[]} with its count, or a value whose C type is known
   * and carried by a compatible Java type.
   *
   * @param integers the names of the callback's integer parameters (possible counts)
   */
  private void checkParam(CallbackType cb, CallbackParam p, Set<String> integers) {
    Optional<CTypeExpr> expanded = context.expand(p.cType());
    if (expanded.isEmpty()) {
      diagnostics.error(p.ref(), Message.C_TYPE_TYPEDEF_CYCLE, p.cType().base());
      return;
    }
    CTypeExpr c = expanded.get();
    if (p.javaType() instanceof JavaType.UserData) {
      shared.userData(p.ref(), where(cb), p.name(), p.cType());
    } else if (p.javaType() instanceof JavaType.StringArray) {
      checkStringArray(cb, p, c, integers);
    } else if (p.lengthFrom().isPresent()) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_PARAM_UNSUPPORTED,
          cb.cName(),
          p.name(),
          p.cType().spelling(),
          "; length_from only applies to a char** carried as String[]");
    } else {
      checkValue(cb, p, c);
    }
  }

  /** A {@code String[]} comes from a {@code char**} and takes its count from an integer. */
  private void checkStringArray(
      CallbackType cb, CallbackParam p, CTypeExpr c, Set<String> integers) {
    if (!(c.base().equals("char") && c.pointers() == 2)) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_PARAM_UNSUPPORTED,
          cb.cName(),
          p.name(),
          p.cType().spelling(),
          "; a String[] comes from a char**");
      return;
    }
    String count = p.lengthFrom().orElse("");
    if (!integers.contains(count)) {
      List<String> names = cb.params().stream().map(CallbackParam::name).toList();
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_LENGTH_FROM,
          cb.cName(),
          p.name(),
          count,
          Diagnostics.didYouMean(count, names));
    }
    p.charset().ifPresent(cs -> shared.charset(p.ref(), cs));
  }

  private void checkValue(CallbackType cb, CallbackParam p, CTypeExpr c) {
    if (context.model().struct(c.base()).isPresent()) {
      diagnostics.error(
          p.ref(), Message.STRUCT_IN_CALLBACK, cb.cName(), p.name(), p.cType().spelling());
      return;
    }
    java.util.Optional<dev.ffmbind.processor.model.StructModel.Tag> tag =
        dev.ffmbind.processor.model.StructModel.tag(p.cType().spelling());
    if (tag.isPresent() && !CTypes.isKnownBase(c.base(), context::handleClass)) {
      StructValidator.undeclared(diagnostics, context, p.ref(), p.cType().spelling(), tag.get());
      return;
    }
    if (!CTypes.isKnownBase(c.base(), context::handleClass)) {
      diagnostics.error(
          p.ref(),
          Message.C_TYPE_UNKNOWN,
          p.cType().base(),
          Diagnostics.didYouMean(p.cType().base(), shared.knownTypeNames()));
      return;
    }
    List<JavaType> compatible =
        c.isVoid() || (c.pointers() > 1 && context.opaqueType(c.base()).isEmpty())
            ? List.of()
            : CTypes.compatibleJavaTypes(c, context::handleClass, true);
    if (compatible.isEmpty()) {
      String hint =
          c.base().equals("char") && c.pointers() == 2
              ? "; give a char** its count with length_from"
              : "";
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_PARAM_UNSUPPORTED,
          cb.cName(),
          p.name(),
          p.cType().spelling(),
          hint);
    } else if (!compatible.contains(p.javaType())) {
      diagnostics.error(
          p.ref(),
          Message.JAVA_TYPE_MISMATCH,
          where(cb) + " (" + p.name() + ")",
          p.cType().spelling(),
          p.javaType().describe(),
          SharedChecks.describe(compatible));
    } else if (p.charset().isPresent()) {
      if (p.javaType() instanceof JavaType.Str) {
        shared.charset(p.ref(), p.charset().get());
      } else {
        diagnostics.error(
            p.ref(), Message.CHARSET_ON_NON_STRING, where(cb) + " (" + p.name() + ")");
      }
    }
  }

  /** A void or scalar return, of a compatible Java type, with an exception value that fits. */
  private void checkReturn(CallbackType cb) {
    ReturnModel r = cb.returns();
    Optional<CTypeExpr> expanded = context.expand(r.cType());
    if (expanded.isEmpty()) {
      return;
    }
    CTypeExpr c = expanded.get();
    Optional<CTypes.Scalar> scalar = CTypes.scalar(c);
    if (!c.isVoid() && scalar.isEmpty()) {
      diagnostics.error(
          r.ref(), Message.CALLBACK_RETURN_UNSUPPORTED, cb.cName(), r.cType().spelling());
      return;
    }
    List<JavaType> compatible = CTypes.compatibleJavaTypes(c, context::handleClass, true);
    if (!c.isVoid() && !compatible.contains(r.javaType())) {
      diagnostics.error(
          r.ref(),
          Message.JAVA_TYPE_MISMATCH,
          where(cb) + " return value",
          r.cType().spelling(),
          r.javaType().describe(),
          SharedChecks.describe(compatible));
      return;
    }
    Optional<String> onException = cb.onException();
    if (onException.isPresent()
        && scalar.isPresent()
        && !isLiteral(onException.get(), scalar.get())) {
      diagnostics.error(
          cb.ref(),
          Message.CALLBACK_ON_EXCEPTION,
          cb.cName(),
          onException.get(),
          r.cType().spelling());
    }
  }

  /**
   * Whether text is a value of the scalar type: a boolean, a finite number the carrier can hold, or
   * an integer in range.
   */
  static boolean isLiteral(String text, CTypes.Scalar scalar) {
    String t = text.strip();
    switch (scalar.carrier()) {
      case BOOLEAN -> {
        return t.equals("true") || t.equals("false");
      }
      case FLOAT, DOUBLE -> {
        try {
          // Finite in the carrier: 1e400 (or 1e39 for a float) would be generated as Infinity.
          boolean finite =
              scalar.carrier() == JavaType.Primitive.FLOAT
                  ? Float.isFinite(Float.parseFloat(t))
                  : Double.isFinite(Double.parseDouble(t));
          return finite && !t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1));
        } catch (NumberFormatException e) {
          return false;
        }
      }
      default -> {
        try {
          long v = Long.decode(t);
          if (scalar.bytes() == 8) {
            return true;
          }
          long min = -(1L << (8 * scalar.bytes() - 1));
          long max = scalar.unsigned() ? scalar.unsignedMax() : -min - 1;
          return v >= min && v <= max;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
  }
}
