package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.List;
import java.util.Optional;

/**
 * Checks how a function reports failure: the return type its convention needs, the status table or
 * predicate functions it names, and that a retry on {@code EINTR} has an errno to look at.
 */
record ErrorConventionValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate(FunctionModel fn) {
    checkReturnType(fn);
    checkStatusTable(fn);
    checkPredicate(fn);
    checkRetry(fn);
  }

  private void checkReturnType(FunctionModel fn) {
    Kind kind = fn.errors().kind();
    CTypeExpr ret = fn.returns().cType();
    switch (kind) {
      case MINUS_ONE_ERRNO, NEGATIVE_ERRNO, NONZERO, STATUS, PREDICATE -> {
        if (!context.isInteger(ret)) {
          diagnostics.error(
              fn.ref(),
              Message.ERRORS_NEED_INTEGER,
              fn.javaName(),
              kind.yamlName(),
              ret.spelling());
        }
      }
      case NULL_ERRNO -> {
        if (context.expand(ret).filter(c -> !c.isPointer()).isPresent()) {
          diagnostics.error(fn.ref(), Message.ERRORS_NEED_POINTER, fn.javaName(), ret.spelling());
        }
      }
      case NONE -> {}
    }
  }

  private void checkStatusTable(FunctionModel fn) {
    if (fn.errors().kind() != Kind.STATUS) {
      return;
    }
    String table = fn.errors().statusTable().orElse("");
    if (context.statusTable(table).isEmpty()) {
      List<String> names =
          context.model().statusTables().stream().map(StatusTableModel::name).toList();
      diagnostics.error(
          fn.ref(),
          Message.UNKNOWN_STATUS_TABLE,
          fn.javaName(),
          table,
          Diagnostics.didYouMean(table, names));
    }
  }

  /**
   * The predicate and the message function are functions of the binding taking the result: one
   * integer parameter of the result's width and signedness, no error convention of their own (a
   * check must not call a check); the predicate returns an integer or bool, the message a string.
   */
  private void checkPredicate(FunctionModel fn) {
    if (fn.errors().kind() != Kind.PREDICATE) {
      return;
    }
    checkJudge(fn, "predicate", fn.errors().predicate().orElse(""), true);
    fn.errors().messageFunction().ifPresent(m -> checkJudge(fn, "message function", m, false));
  }

  private void checkJudge(FunctionModel fn, String role, String name, boolean predicate) {
    Optional<FunctionModel> judge = context.function(name);
    if (judge.isEmpty()) {
      diagnostics.error(
          fn.ref(),
          Message.PREDICATE_UNKNOWN,
          fn.javaName(),
          role,
          name,
          context.functionHint(name));
      return;
    }
    Optional<CTypes.Scalar> result = context.expand(fn.returns().cType()).flatMap(CTypes::scalar);
    if (result.isEmpty() || !context.isInteger(fn.returns().cType())) {
      return; // reported as ERRORS_NEED_INTEGER
    }
    FunctionModel f = judge.get();
    boolean takesResult =
        f.params().size() == 1
            && f.params().get(0).javaType() instanceof JavaType.Scalar
            && context.isInteger(f.params().get(0).cType())
            && context
                .expand(f.params().get(0).cType())
                .flatMap(CTypes::scalar)
                .filter(s -> s.bytes() == result.get().bytes())
                .filter(s -> s.unsigned() == result.get().unsigned())
                .isPresent();
    JavaType returns = f.returns().javaType();
    boolean returnsRight =
        predicate
            ? returns instanceof JavaType.Scalar s
                && (s.primitive() == JavaType.Primitive.BOOLEAN
                    || context.isInteger(f.returns().cType()))
            : returns instanceof JavaType.Str;
    if (!takesResult || !returnsRight || f.errors().kind() != Kind.NONE) {
      diagnostics.error(
          fn.ref(),
          Message.PREDICATE_SHAPE,
          fn.javaName(),
          role,
          name,
          fn.returns().cType().spelling(),
          predicate ? "an integer or bool" : "a string");
    }
  }

  private void checkRetry(FunctionModel fn) {
    if (fn.retryOnEintr() && !fn.errors().kind().reportsErrno()) {
      diagnostics.error(fn.ref(), Message.RETRY_WITHOUT_ERRNO, fn.javaName());
    }
  }
}
