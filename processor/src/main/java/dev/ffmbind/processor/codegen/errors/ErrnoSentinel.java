package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.model.Names;

/**
 * Conventions where one result value means failure and errno, captured with the call, says why
 * ({@code open}, {@code fopen}).
 */
abstract class ErrnoSentinel implements ErrorConvention {

  /** The condition that the result is the failure value. */
  abstract CodeBlock failed();

  @Override
  public final boolean capturesErrno() {
    return true;
  }

  @Override
  public final CodeBlock failureCheck(Call call) {
    // ofCall renders the call text only if the message is read.
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", failed())
        .addStatement(
            "throw $T.ofCall($T.read($N),$W$L)",
            Poet.ERRNO_EXCEPTION,
            Poet.ERRNO,
            Names.ERRNO,
            call.callArguments())
        .endControlFlow()
        .build();
  }

  @Override
  public final CodeBlock interrupted(Call call) {
    return CodeBlock.of(
        "$L && $T.read($N) == $T.EINTR", failed(), Poet.ERRNO, Names.ERRNO, Poet.ERRNO);
  }
}
