package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.Upcall;
import dev.ffmbind.processor.model.Names;
import java.util.Optional;

/**
 * The downcall side of a function that takes a callback: how the method makes its Java callback
 * reachable from the type's cached stub. {@link FunctionWriter} asks it at each step; the callback
 * and user-data arguments themselves are passed by their marshallers.
 *
 * <ul>
 *   <li>call-scoped without user data: a {@code Upcalls.Frame} on this thread's stack, as a
 *       try-with-resources resource;
 *   <li>call-scoped with user data: a {@code Upcalls.Call} whose handle is passed as the user data,
 *       also a resource;
 *   <li>registered: a {@code Upcalls.Registered} created before the call, returned after it, closed
 *       if the call fails.
 * </ul>
 */
final class UpcallDispatch {

  private final ResolvedFunction fn;
  private final Upcall upcall;

  UpcallDispatch(ResolvedFunction fn, Upcall upcall) {
    this.fn = fn;
    this.upcall = upcall;
  }

  private CodeBlock userDataValue() {
    return upcall.userData().map(p -> CodeBlock.of("$N", p.name())).orElse(CodeBlock.of("null"));
  }

  private CodeBlock callbackName() {
    return CodeBlock.of("$N", upcall.callback().name());
  }

  /** For registered callbacks: the statement creating the registration, before the try. */
  CodeBlock registration() {
    if (!upcall.registered()) {
      return CodeBlock.builder().build();
    }
    return CodeBlock.builder()
        .addStatement(
            "$T $N = $T.register($S,$W$L,$W$L)",
            Poet.UPCALL_REGISTERED,
            Names.UPCALL,
            Poet.UPCALLS,
            fn.cSymbol() + "(" + upcall.type().cName() + ")",
            callbackName(),
            userDataValue())
        .build();
  }

  /**
   * For call-scoped callbacks: the try-with-resources resource that makes the callback reachable.
   */
  Optional<CodeBlock> resource() {
    if (upcall.registered()) {
      return Optional.empty();
    }
    if (upcall.userData().isPresent()) {
      return Optional.of(
          CodeBlock.of(
              "$T $N = $T.call($L,$W$L)",
              Poet.UPCALL_CALL,
              Names.UPCALL,
              Poet.UPCALLS,
              callbackName(),
              userDataValue()));
    }
    return Optional.of(
        CodeBlock.of(
            "$T $N = $T.enter($T.class,$W$L)",
            Poet.UPCALL_FRAME,
            Names.UPCALL,
            Poet.UPCALLS,
            Poet.className(upcall.type().javaClass()),
            callbackName()));
  }

  /** Right after C returns: rethrow what a call-scoped callback threw, the original exception. */
  CodeBlock rethrow() {
    return upcall.registered()
        ? CodeBlock.builder().build()
        : CodeBlock.builder().addStatement("$N.rethrow()", Names.UPCALL).build();
  }

  /** A call that failed registered nothing C may use: release the callback at once. */
  CodeBlock closeOnFailure() {
    return upcall.registered()
        ? CodeBlock.builder().addStatement("$N.close()", Names.UPCALL).build()
        : CodeBlock.builder().build();
  }
}
