package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.ParamModel;
import java.util.List;
import java.util.Optional;

/**
 * Checks how a function takes a callback: at most one, of a declared type, linked to the function's
 * user data, with a lifetime the generated code can honour.
 */
record CallbackUseValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate(FunctionModel fn) {
    List<ParamModel> callbacks =
        fn.params().stream().filter(p -> p.javaType() instanceof JavaType.Callback).toList();
    List<ParamModel> userData =
        fn.params().stream().filter(p -> p.javaType() instanceof JavaType.UserData).toList();
    if (callbacks.isEmpty()) {
      userData.forEach(
          p ->
              diagnostics.error(
                  p.ref(), Message.USER_DATA_WITHOUT_CALLBACK, fn.javaName(), p.name()));
      return;
    }
    if (callbacks.size() > 1 || userData.size() > 1) {
      diagnostics.error(fn.ref(), Message.CALLBACK_MORE_THAN_ONE, fn.javaName());
      return;
    }
    ParamModel p = callbacks.get(0);
    JavaType.Callback cbType = (JavaType.Callback) p.javaType();
    Optional<CallbackType> type = context.callback(cbType.callbackClass());
    if (type.isEmpty()) {
      diagnostics.error(
          p.ref(), Message.CALLBACK_UNKNOWN, fn.javaName(), p.name(), cbType.cName(), "");
      return;
    }
    if (fn.critical()) {
      diagnostics.error(fn.ref(), Message.CALLBACK_IN_CRITICAL, fn.javaName(), p.name());
    }
    if (p.lifetime().isEmpty()) {
      return; // reported with the parameter
    }
    if (p.lifetime().get() == LifetimeModel.REGISTERED) {
      checkRegistered(fn, p, type.get(), !userData.isEmpty());
    } else {
      checkUserDataLinked(fn, p, type.get(), !userData.isEmpty());
    }
  }

  /**
   * A registered callback outlives the call, so C must hand back user data through which the
   * generated code finds and releases it, and the function must say whether registering worked.
   */
  private void checkRegistered(
      FunctionModel fn, ParamModel p, CallbackType type, boolean fnUserData) {
    if (!fnUserData || !type.hasUserData()) {
      diagnostics.error(
          p.ref(), Message.CALLBACK_REGISTERED_NO_RELEASE, fn.javaName(), p.name(), type.cName());
      return;
    }
    boolean voidResult = context.expand(fn.returns().cType()).map(CTypeExpr::isVoid).orElse(true);
    if (!voidResult && fn.errors().kind() == Kind.NONE) {
      diagnostics.error(
          fn.returns().ref(),
          Message.CALLBACK_REGISTERED_RESULT,
          fn.javaName(),
          fn.returns().cType().spelling());
    }
  }

  /** The function passes user data exactly when the callback type receives it. */
  private void checkUserDataLinked(
      FunctionModel fn, ParamModel p, CallbackType type, boolean fnUserData) {
    boolean typeUserData = type.hasUserData();
    if (fnUserData != typeUserData) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_USER_DATA_UNLINKED,
          fn.javaName(),
          type.cName(),
          typeUserData ? "has" : "has no",
          fnUserData ? "does" : "does not");
    }
  }
}
