package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the status tables: declared once, a valid exception class name, each code once, a success
 * code, and a message function of the library that fits.
 */
record StatusTableValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    Set<String> names = new HashSet<>();
    for (StatusTableModel table : context.model().statusTables()) {
      if (!names.add(table.name())) {
        diagnostics.error(table.ref(), Message.DUPLICATE_STATUS_TABLE, table.name());
      }
      checkExceptionClassName(table);
      checkCodes(table);
      table.messageFunction().ifPresent(fn -> checkMessageFunction(table, fn));
    }
  }

  private void checkExceptionClassName(StatusTableModel table) {
    String simpleName = table.exceptionClass().simpleName();
    if (!Names.isJavaIdentifier(simpleName)) {
      diagnostics.error(table.ref(), Message.INVALID_JAVA_NAME, simpleName, "class name");
    }
  }

  private void checkCodes(StatusTableModel table) {
    Set<String> codes = new HashSet<>();
    for (StatusCodeModel code : table.codes()) {
      if (!ReservedNames.isCIdentifier(code.name())) {
        diagnostics.error(code.ref(), Message.STATUS_CODE_NAME, table.name(), code.name());
      } else if (!codes.add(code.name())) {
        diagnostics.error(code.ref(), Message.DUPLICATE_STATUS_CODE, table.name(), code.name());
      }
    }
    if (table.codes().stream().noneMatch(StatusCodeModel::success)) {
      diagnostics.error(table.ref(), Message.STATUS_TABLE_NO_SUCCESS, table.name());
    }
  }

  /**
   * The message function is one of the binding's functions (by C symbol or Java name) taking a
   * handle or the integer code, returning a String, with no error convention of its own.
   */
  private void checkMessageFunction(StatusTableModel table, String name) {
    Optional<FunctionModel> fn = context.function(name);
    if (fn.isEmpty()) {
      diagnostics.error(
          table.ref(),
          Message.MESSAGE_FUNCTION_UNKNOWN,
          table.name(),
          name,
          context.functionHint(name));
      return;
    }
    List<ParamModel> params = fn.get().params();
    boolean shape =
        params.size() == 1
            && (params.get(0).javaType() instanceof JavaType.Handle
                || (params.get(0).javaType() instanceof JavaType.Scalar
                    && context.isInteger(params.get(0).cType())))
            && fn.get().returns().javaType() instanceof JavaType.Str
            && fn.get().errors().kind() == ErrorModel.Kind.NONE;
    if (!shape) {
      diagnostics.error(table.ref(), Message.MESSAGE_FUNCTION_SHAPE, table.name(), name);
    }
  }
}
