package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ParamModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the functions, in declaration order: each one's names, then its parameters, return value,
 * error convention and callback, by the validators for those.
 */
record FunctionValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate() {
    ParameterValidator parameters = new ParameterValidator(context, diagnostics, shared);
    ReturnValidator returns = new ReturnValidator(context, diagnostics, shared);
    ErrorConventionValidator errors = new ErrorConventionValidator(context, diagnostics);
    CallbackUseValidator callbacks = new CallbackUseValidator(context, diagnostics);
    Set<String> seen = new HashSet<>();
    for (FunctionModel fn : context.model().functions()) {
      if (!seen.add(fn.javaName())) {
        diagnostics.error(fn.ref(), Message.DUPLICATE_FUNCTION, fn.javaName());
      }
      checkNames(fn);
      checkAvailabilityMethod(fn);
      checkVariadic(fn);
      if (fn.blocking() && fn.critical()) {
        diagnostics.error(fn.ref(), Message.BLOCKING_CRITICAL, fn.javaName());
      }
      parameters.validate(fn);
      returns.validate(fn);
      errors.validate(fn);
      callbacks.validate(fn);
    }
  }

  /**
   * Only the first variadic parameter is marked, and no variadic argument has a type C promotes
   * ({@code float} to {@code double}, integers narrower than {@code int} and {@code bool} to {@code
   * int}): the callee reads the promoted type, so the declared one would be read wrongly.
   */
  private void checkVariadic(FunctionModel fn) {
    Optional<ParamModel> first = Optional.empty();
    for (ParamModel p : fn.params()) {
      if (p.variadic()) {
        if (first.isPresent()) {
          diagnostics.error(
              p.ref(), Message.VARIADIC_TWICE, fn.javaName(), p.name(), first.get().name());
          continue;
        }
        first = Optional.of(p);
      }
      if (first.isEmpty()) {
        continue;
      }
      Optional<CTypes.Scalar> scalar = context.expand(p.cType()).flatMap(CTypes::scalar);
      if (scalar.isEmpty()) {
        continue;
      }
      String name = scalar.get().cName();
      String promoted =
          name.equals("float")
              ? "double"
              : name.equals("bool") || scalar.get().bytes() < 4 ? "int" : null;
      if (promoted != null) {
        diagnostics.error(
            p.ref(),
            Message.VARIADIC_NOT_PROMOTED,
            fn.javaName(),
            p.name(),
            p.cType().canonical(),
            promoted,
            promoted);
      }
    }
  }

  /** The Java name is a method name, not a versioned symbol; the C symbol is a symbol. */
  private void checkNames(FunctionModel fn) {
    String name = fn.javaName();
    if (name.indexOf('@') >= 0) {
      String base = name.substring(0, name.indexOf('@'));
      String version = name.substring(name.lastIndexOf('@') + 1);
      diagnostics.error(
          fn.ref(),
          Message.SYMBOL_VERSIONED_NAME,
          name,
          name,
          base + Names.upperCamel(version.toLowerCase(Locale.ROOT).replace('.', '_')));
    } else if (!Names.isJavaIdentifier(name)) {
      diagnostics.error(fn.ref(), Message.INVALID_JAVA_NAME, name, "method name");
    } else if (!Names.isCSymbol(fn.cSymbol())) {
      diagnostics.error(fn.ref(), Message.SYMBOL_INVALID, name, fn.cSymbol());
    } else {
      int javaParams = (int) fn.params().stream().filter(ParamModel::isInJavaSignature).count();
      ReservedNames.functionClash(name, javaParams)
          .ifPresent(
              clash ->
                  diagnostics.error(
                      fn.ref(), Message.NAME_CLASH_GENERATED, "function", name, clash));
    }
  }

  /** An optional function's generated {@code hasX()} must not clash with a declared function. */
  private void checkAvailabilityMethod(FunctionModel fn) {
    if (!fn.optional() || fn.javaName().isEmpty()) {
      return;
    }
    String has = Names.availabilityMethod(fn.javaName());
    if (context.declaresMethod(has)) {
      diagnostics.error(fn.ref(), Message.OPTIONAL_HAS_CLASH, fn.javaName(), has);
    }
  }
}
