package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ParamModel;
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
      checkErrorCall(cb);
    }
  }

  /**
   * The call made when the Java code throws: a required, non-variadic void function of the library,
   * given one argument per parameter, each a callback parameter of the same C type or an integer
   * literal for an integer parameter.
   */
  private void checkErrorCall(CallbackType cb) {
    if (cb.onExceptionCall().isEmpty()) {
      return;
    }
    String text = cb.onExceptionCall().get();
    Optional<CallbackType.ErrorCall> call = cb.errorCall();
    String problem = null;
    if (call.isEmpty()) {
      problem = "is not a call of the form function(arg, ...)";
    } else {
      String symbol = call.get().function();
      Optional<FunctionModel> fn =
          context.model().functions().stream().filter(f -> f.cSymbol().equals(symbol)).findFirst();
      if (fn.isEmpty()) {
        List<String> symbols =
            context.model().functions().stream().map(FunctionModel::cSymbol).toList();
        problem =
            "calls '"
                + symbol
                + "', which is not a function of the library; declare it under functions"
                + Diagnostics.didYouMean(symbol, symbols);
      } else {
        problem = errorCallProblem(cb, call.get(), fn.get());
      }
    }
    if (problem != null) {
      diagnostics.error(cb.ref(), Message.CALLBACK_ON_EXCEPTION_CALL, cb.cName(), text, problem);
    }
  }

  private String errorCallProblem(CallbackType cb, CallbackType.ErrorCall call, FunctionModel fn) {
    boolean isVoid = context.expand(fn.returns().cType()).map(CTypeExpr::isVoid).orElse(false);
    if (!isVoid || fn.optional() || fn.params().stream().anyMatch(ParamModel::variadic)) {
      return "calls '"
          + fn.cSymbol()
          + "', which must return void and be neither optional nor"
          + " variadic";
    }
    if (call.args().size() != fn.params().size()) {
      return "passes "
          + call.args().size()
          + " arguments, but '"
          + fn.cSymbol()
          + "' takes "
          + fn.params().size();
    }
    for (int i = 0; i < call.args().size(); i++) {
      String arg = call.args().get(i);
      ParamModel target = fn.params().get(i);
      Optional<CTypeExpr> want = context.expand(target.cType());
      Optional<CallbackParam> source =
          cb.params().stream().filter(p -> p.name().equals(arg)).findFirst();
      boolean ok;
      if (source.isPresent()) {
        Optional<CTypeExpr> have = context.expand(source.get().cType());
        ok =
            want.isPresent()
                && have.isPresent()
                && want.get().base().equals(have.get().base())
                && want.get().pointers() == have.get().pointers()
                && !(target.javaType() instanceof JavaType.UserData);
      } else {
        ok = isIntegerLiteral(arg) && want.filter(context::isInteger).isPresent();
      }
      if (!ok) {
        return "passes '"
            + arg
            + "' as parameter '"
            + target.name()
            + "' ("
            + target.cType().spelling()
            + "); an argument is a parameter of the callback of that C type, or an integer";
      }
    }
    return null;
  }

  private static boolean isIntegerLiteral(String text) {
    try {
      Long.decode(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
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
    if (p.userDataFrom().isPresent()) {
      checkUserDataFrom(cb, p, c);
    }
    if (p.javaType() instanceof JavaType.UserData) {
      shared.userData(p.ref(), where(cb), p.name(), p.cType());
    } else if (p.javaType() instanceof JavaType.StringArray) {
      checkStringArray(cb, p, c, integers);
    } else if (p.javaType() instanceof JavaType.HandleArray) {
      checkLengthFrom(cb, p, integers);
    } else if (p.lengthFrom().isPresent()) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_PARAM_UNSUPPORTED,
          cb.cName(),
          p.name(),
          p.cType().spelling(),
          "; length_from only applies to a char** carried as String[] or a T** of an opaque type");
    } else {
      checkValue(cb, p, c);
    }
  }

  /**
   * User data reached through a library call ({@code sqlite3_user_data(ctx)}): the only way to the
   * user data of its callback, on a pointer parameter, naming a required function of the library
   * that takes exactly this pointer type and returns {@code void*}.
   */
  private void checkUserDataFrom(CallbackType cb, CallbackParam p, CTypeExpr c) {
    String symbol = p.userDataFrom().get();
    long ways =
        cb.params().stream()
            .filter(q -> q.javaType() instanceof JavaType.UserData || q.userDataFrom().isPresent())
            .count();
    Optional<FunctionModel> fn =
        context.model().functions().stream().filter(f -> f.cSymbol().equals(symbol)).findFirst();
    String problem = null;
    if (p.javaType() instanceof JavaType.UserData || ways > 1) {
      problem =
          "but the callback has another way to its user data; it has one user data, from one place";
    } else if (!c.isPointer() || c.isArray()) {
      problem = "but only a pointer can be given to that function, not '" + c.spelling() + "'";
    } else if (fn.isEmpty()) {
      List<String> symbols =
          context.model().functions().stream().map(FunctionModel::cSymbol).toList();
      problem =
          "which is not a function of the library; declare it under functions"
              + Diagnostics.didYouMean(symbol, symbols);
    } else if (!isUserDataGetter(fn.get(), c)) {
      problem =
          "which must take exactly one parameter of C type '"
              + p.cType().spelling()
              + "', return void*, and be neither optional nor variadic";
    }
    if (problem != null) {
      diagnostics.error(
          p.ref(), Message.CALLBACK_USER_DATA_FROM, cb.cName(), p.name(), symbol, problem);
    }
  }

  private boolean isUserDataGetter(FunctionModel fn, CTypeExpr param) {
    if (fn.optional() || fn.params().size() != 1 || fn.params().get(0).variadic()) {
      return false;
    }
    Optional<CTypeExpr> in = context.expand(fn.params().get(0).cType());
    Optional<CTypeExpr> out = context.expand(fn.returns().cType());
    return in.isPresent()
        && in.get().base().equals(param.base())
        && in.get().pointers() == param.pointers()
        && out.isPresent()
        && out.get().base().equals("void")
        && out.get().pointers() == 1
        && fn.returns().javaType() instanceof JavaType.Segment;
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
    checkLengthFrom(cb, p, integers);
    p.charset().ifPresent(cs -> shared.charset(p.ref(), cs));
  }

  /** A counted array takes its count from an integer parameter. */
  private void checkLengthFrom(CallbackType cb, CallbackParam p, Set<String> integers) {
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
  }

  private void checkValue(CallbackType cb, CallbackParam p, CTypeExpr c) {
    Optional<dev.ffmbind.processor.model.StructModel> struct = context.model().struct(c.base());
    if (struct.isPresent()) {
      checkStruct(cb, p, c, struct.get());
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

  /**
   * A struct or union by value (its value, or a segment of it) or through one pointer: a resident
   * struct's view, a {@code const T*}'s value, or a segment of the struct's size. Deeper pointers
   * and arrays of structs are refused.
   */
  private void checkStruct(
      CallbackType cb,
      CallbackParam p,
      CTypeExpr c,
      dev.ffmbind.processor.model.StructModel struct) {
    List<JavaType> allowed = new java.util.ArrayList<>();
    if (c.pointers() == 0 && !c.isArray()) {
      allowed.add(new JavaType.StructValue(struct.javaClass(), struct.cName()));
    } else if (c.pointers() == 1 && !c.isArray()) {
      if (struct.resident()) {
        allowed.add(
            new JavaType.StructView(struct.javaClass(), struct.viewClass(), struct.cName()));
      } else if (c.constPointee()) {
        allowed.add(new JavaType.StructValue(struct.javaClass(), struct.cName()));
      }
    } else {
      diagnostics.error(
          p.ref(), Message.STRUCT_IN_CALLBACK, cb.cName(), p.name(), p.cType().spelling());
      return;
    }
    allowed.add(new JavaType.Segment());
    if (!allowed.contains(p.javaType())) {
      diagnostics.error(
          p.ref(),
          Message.JAVA_TYPE_MISMATCH,
          where(cb) + " (" + p.name() + ")",
          p.cType().spelling(),
          p.javaType().describe(),
          SharedChecks.describe(allowed));
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
