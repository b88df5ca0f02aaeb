package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks how a function takes callbacks: of declared types, one lifetime for all of them (plus at
 * most one destructor of lifetime {@code release}), at most one user-data parameter, shared by
 * them, and a lifetime the generated code can honour; callbacks and user data set on a handle name
 * a handle parameter whose type has a destructor.
 */
record CallbackUseValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate(FunctionModel fn) {
    List<ParamModel> callbacks =
        fn.params().stream().filter(p -> p.javaType() instanceof JavaType.Callback).toList();
    List<ParamModel> userData =
        fn.params().stream().filter(p -> p.javaType() instanceof JavaType.UserData).toList();
    if (userData.size() > 1) {
      diagnostics.error(
          userData.get(1).ref(),
          Message.USER_DATA_MORE_THAN_ONE,
          fn.javaName(),
          userData.get(0).name(),
          userData.get(1).name());
      return;
    }
    Optional<ParamModel> data = userData.stream().findFirst();
    checkHandleKeys(fn);
    if (callbacks.isEmpty()) {
      data.ifPresent(p -> userDataAlone(fn, p));
      return;
    }
    Map<JavaType, ParamModel> byType = new HashMap<>();
    boolean ok = true;
    for (ParamModel p : callbacks) {
      JavaType.Callback cbType = (JavaType.Callback) p.javaType();
      if (context.callback(cbType.callbackClass()).isEmpty()) {
        diagnostics.error(
            p.ref(), Message.CALLBACK_UNKNOWN, fn.javaName(), p.name(), cbType.cName(), "");
        ok = false;
        continue;
      }
      ParamModel same = byType.putIfAbsent(p.javaType(), p);
      if (same != null) {
        diagnostics.error(
            p.ref(),
            Message.CALLBACK_SAME_TYPE,
            fn.javaName(),
            same.name(),
            p.name(),
            cbType.cName());
        ok = false;
      }
      if (fn.critical()) {
        diagnostics.error(fn.ref(), Message.CALLBACK_IN_CRITICAL, fn.javaName(), p.name());
      }
      ok &= p.lifetime().isPresent(); // a missing one is reported with the parameter
    }
    if (!ok) {
      return;
    }
    List<ParamModel> releases =
        callbacks.stream().filter(p -> lifetime(p) == LifetimeModel.RELEASE).toList();
    List<ParamModel> others =
        callbacks.stream().filter(p -> lifetime(p) != LifetimeModel.RELEASE).toList();
    for (ParamModel p : others) {
      if (lifetime(p) != lifetime(others.get(0))) {
        diagnostics.error(
            p.ref(),
            Message.CALLBACK_LIFETIMES_DIFFER,
            fn.javaName(),
            p.name(),
            lifetime(p).yamlName(),
            others.get(0).name(),
            lifetime(others.get(0)).yamlName());
        return;
      }
    }
    LifetimeModel lifetime = others.isEmpty() ? LifetimeModel.REGISTERED : lifetime(others.get(0));
    if (!releases.isEmpty() && !checkRelease(fn, releases, lifetime, data.isPresent())) {
      return;
    }
    if (lifetime != LifetimeModel.HANDLE && data.flatMap(ParamModel::handle).isPresent()) {
      diagnostics.error(
          data.get().ref(),
          Message.CALLBACK_HANDLE_PARAM,
          fn.javaName(),
          data.get().name(),
          "is set on a handle, but the function's callbacks have lifetime '"
              + lifetime.yamlName()
              + "'");
      return;
    }
    for (ParamModel p : others) {
      CallbackType type = type(p);
      switch (lifetime) {
        case REGISTERED -> checkRegistered(fn, p, type, data.isPresent());
        case HANDLE -> checkHandleScoped(fn, p, type);
        default -> checkUserDataLinked(fn, p, type, data.isPresent());
      }
    }
    boolean voidResult = context.expand(fn.returns().cType()).map(CTypeExpr::isVoid).orElse(true);
    if (lifetime == LifetimeModel.REGISTERED
        && releases.isEmpty()
        && !voidResult
        && fn.errors().kind() == Kind.NONE) {
      // The method returns the registration instead of the C result.
      diagnostics.error(
          fn.returns().ref(),
          Message.CALLBACK_REGISTERED_RESULT,
          fn.javaName(),
          fn.returns().cType().spelling());
    }
  }

  private static LifetimeModel lifetime(ParamModel p) {
    return p.lifetime().orElse(LifetimeModel.CALL);
  }

  private CallbackType type(ParamModel p) {
    return context.callback(((JavaType.Callback) p.javaType()).callbackClass()).orElseThrow();
  }

  /** {@code handle:} belongs to handle-scoped callbacks and user data only. */
  private void checkHandleKeys(FunctionModel fn) {
    for (ParamModel p : fn.params()) {
      if (p.handle().isEmpty() && p.slot().isEmpty()) {
        continue;
      }
      boolean callbackOnHandle =
          p.javaType() instanceof JavaType.Callback && lifetime(p) == LifetimeModel.HANDLE;
      if (!callbackOnHandle && !(p.javaType() instanceof JavaType.UserData)) {
        diagnostics.error(
            p.ref(),
            Message.CALLBACK_HANDLE_PARAM,
            fn.javaName(),
            p.name(),
            "names a handle (or slot) but is neither a callback of lifetime 'handle' nor user data");
      } else if (p.slot().isPresent() && !(p.javaType() instanceof JavaType.UserData)) {
        diagnostics.error(
            p.ref(),
            Message.CALLBACK_HANDLE_PARAM,
            fn.javaName(),
            p.name(),
            "names a slot, which only user data set on a handle has");
      }
    }
  }

  /** User data without a callback in the same call: only as user data set on a handle. */
  private void userDataAlone(FunctionModel fn, ParamModel p) {
    if (p.handle().isEmpty()) {
      diagnostics.error(p.ref(), Message.USER_DATA_WITHOUT_CALLBACK, fn.javaName(), p.name());
      return;
    }
    handleType(fn, p, p.handle().get());
  }

  /**
   * The opaque type of the handle parameter {@code name}, which must exist and have a destructor:
   * what is set on a handle is released when the handle is destroyed.
   */
  private Optional<OpaqueType> handleType(FunctionModel fn, ParamModel p, String name) {
    Optional<ParamModel> handle =
        fn.params().stream().filter(q -> q.name().equals(name)).findFirst();
    Optional<OpaqueType> type =
        handle
            .filter(h -> h.javaType() instanceof JavaType.Handle)
            .flatMap(h -> context.opaqueType(((JavaType.Handle) h.javaType()).handleClass()));
    if (type.isEmpty()) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_HANDLE_PARAM,
          fn.javaName(),
          p.name(),
          "is set on handle '"
              + name
              + "', which is not a parameter of an opaque handle type"
              + Diagnostics.didYouMean(
                  name,
                  fn.params().stream()
                      .filter(q -> q.javaType() instanceof JavaType.Handle)
                      .map(ParamModel::name)
                      .toList()));
      return Optional.empty();
    }
    if (type.get().destructor().isEmpty()) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_HANDLE_NO_DESTRUCTOR,
          fn.javaName(),
          p.name(),
          name,
          type.get().cName());
      return Optional.empty();
    }
    return type;
  }

  /**
   * A handle-scoped callback names its handle and receives user data (through which its stub finds
   * it again, and which is released when the handle is closed).
   */
  private void checkHandleScoped(FunctionModel fn, ParamModel p, CallbackType type) {
    if (p.handle().isEmpty()) {
      diagnostics.error(
          p.ref(),
          Message.CALLBACK_HANDLE_PARAM,
          fn.javaName(),
          p.name(),
          "has lifetime 'handle' but names no handle parameter (YAML 'handle:', @Lifetime(handle = ...))");
      return;
    }
    if (handleType(fn, p, p.handle().get()).isPresent() && !type.hasUserData()) {
      diagnostics.error(
          p.ref(), Message.CALLBACK_REGISTERED_NO_RELEASE, fn.javaName(), p.name(), type.cName());
    }
  }

  /**
   * A destructor comes with registered callbacks (or alone), with the user data it releases, and
   * its type takes only that user data.
   */
  private boolean checkRelease(
      FunctionModel fn, List<ParamModel> releases, LifetimeModel lifetime, boolean fnUserData) {
    ParamModel p = releases.get(0);
    String problem = null;
    if (releases.size() > 1) {
      p = releases.get(1);
      problem = "is the second destructor of the function; C releases its user data once";
    } else if (lifetime != LifetimeModel.REGISTERED) {
      problem =
          "only goes with callbacks of lifetime 'registered', not '" + lifetime.yamlName() + "'";
    } else if (!fnUserData) {
      problem = "needs the user-data parameter it releases";
    } else {
      CallbackType type = type(p);
      boolean shape =
          type.params().size() == 1
              && type.hasUserData()
              && context.expand(type.returns().cType()).map(CTypeExpr::isVoid).orElse(false);
      if (!shape) {
        problem =
            "must have a callback type like void (*)(void* data), taking only the user data, not '"
                + type.cName()
                + "'";
      }
    }
    if (problem != null) {
      diagnostics.error(p.ref(), Message.CALLBACK_RELEASE, fn.javaName(), p.name(), problem);
      return false;
    }
    return true;
  }

  /**
   * A registered callback outlives the call, so C must hand back user data through which the
   * generated code finds and releases it.
   */
  private void checkRegistered(
      FunctionModel fn, ParamModel p, CallbackType type, boolean fnUserData) {
    if (!fnUserData || !type.hasUserData()) {
      diagnostics.error(
          p.ref(), Message.CALLBACK_REGISTERED_NO_RELEASE, fn.javaName(), p.name(), type.cName());
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
