package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.ParamModel;
import java.util.Optional;

/**
 * The downcall side of a function that takes a callback (the validator allows one, with at most
 * one user-data parameter): how the method makes its Java callback reachable from the type's
 * cached stub, and what it passes to C. {@link FunctionWriter} asks it at each step.
 *
 * <ul>
 *   <li>call-scoped without user data: a {@code Upcalls.Frame} on this thread's stack, as a
 *       try-with-resources resource;
 *   <li>call-scoped with user data: a {@code Upcalls.Call} whose handle is passed as the user
 *       data, also a resource;
 *   <li>registered: a {@code Upcalls.Registered} created before the call, returned after it,
 *       closed if the call fails.
 * </ul>
 */
final class UpcallDispatch {

  private final ParamModel callback;
  private final JavaType.Callback type;
  private final Optional<ParamModel> userData;
  private final ClassName holder;
  private final FunctionModel fn;

  private UpcallDispatch(FunctionModel fn, ParamModel callback, Optional<ParamModel> userData, ClassName bindingClass) {
    this.fn = fn;
    this.callback = callback;
    this.type = (JavaType.Callback) callback.javaType();
    this.userData = userData;
    this.holder = CallbackWriter.holder(bindingClass, type);
  }

  /** The dispatch of a function, if it takes a callback. */
  static Optional<UpcallDispatch> of(FunctionModel fn, ClassName bindingClass) {
    Optional<ParamModel> callback = fn.params().stream()
        .filter(p -> p.javaType() instanceof JavaType.Callback).findFirst();
    Optional<ParamModel> userData = fn.params().stream()
        .filter(p -> p.javaType() instanceof JavaType.UserData).findFirst();
    return callback.map(c -> new UpcallDispatch(fn, c, userData, bindingClass));
  }

  boolean registered() {
    return callback.lifetime().orElse(LifetimeModel.CALL) == LifetimeModel.REGISTERED;
  }

  private CodeBlock userDataValue() {
    return userData.map(p -> CodeBlock.of("$L", p.name())).orElse(CodeBlock.of("null"));
  }

  /** For registered callbacks: the statement creating the registration, before the try. */
  void addRegistration(CodeBlock.Builder body) {
    body.addStatement("$T $L = $T.register($S, $L, $L)", Poet.UPCALL_REGISTERED, GeneratedNames.UPCALL, Poet.UPCALLS,
        fn.cSymbol() + "(" + type.cName() + ")", callback.name(), userDataValue());
  }

  /** For call-scoped callbacks: the try-with-resources resource that makes the callback reachable. */
  Optional<CodeBlock> resource() {
    if (registered()) {
      return Optional.empty();
    }
    if (userData.isPresent()) {
      return Optional.of(CodeBlock.of("$T $L = $T.call($L, $L)", Poet.UPCALL_CALL, GeneratedNames.UPCALL,
          Poet.UPCALLS, callback.name(), userDataValue()));
    }
    return Optional.of(CodeBlock.of("$T $L = $T.enter($T.class, $L)", Poet.UPCALL_FRAME, GeneratedNames.UPCALL,
        Poet.UPCALLS, Poet.className(type.callbackClass()), callback.name()));
  }

  /** The argument passed to C for the callback or user-data parameter {@code p}. */
  CodeBlock argument(CodeBlock.Builder body, ParamModel p) {
    if (p.javaType() instanceof JavaType.UserData) {
      return CodeBlock.of("$L.handle()", GeneratedNames.UPCALL);
    }
    if (!p.nullable()) {
      return CodeBlock.of("$T.$L", holder, GeneratedNames.STUB);
    }
    String local = GeneratedNames.nativeLocal(p.name());
    body.addStatement("$T $L = $L == null ? $T.NULL : $T.$L", Poet.MEMORY_SEGMENT, local, p.name(),
        Poet.MEMORY_SEGMENT, holder, GeneratedNames.STUB);
    return CodeBlock.of("$L", local);
  }

  /** Right after C returns: rethrow what a call-scoped callback threw, the original exception. */
  void addRethrow(CodeBlock.Builder body) {
    if (!registered()) {
      body.addStatement("$L.rethrow()", GeneratedNames.UPCALL);
    }
  }

  /** Javadoc of the callback parameter. */
  String paramDoc() {
    return registered()
        ? "C keeps it: it stays reachable until the returned registration is closed"
        : "called by C only during this call; what it throws is rethrown here";
  }
}
