package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.List;

/**
 * Checks how a function reports failure: the return type its convention needs, the status table it
 * names, and that a retry on {@code EINTR} has an errno to look at.
 */
record ErrorConventionValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate(FunctionModel fn) {
    checkReturnType(fn);
    checkStatusTable(fn);
    checkRetry(fn);
  }

  private void checkReturnType(FunctionModel fn) {
    Kind kind = fn.errors().kind();
    CTypeExpr ret = fn.returns().cType();
    switch (kind) {
      case MINUS_ONE_ERRNO, NEGATIVE_ERRNO, NONZERO, STATUS -> {
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

  private void checkRetry(FunctionModel fn) {
    if (fn.retryOnEintr() && !fn.errors().kind().reportsErrno()) {
      diagnostics.error(fn.ref(), Message.RETRY_WITHOUT_ERRNO, fn.javaName());
    }
  }
}
