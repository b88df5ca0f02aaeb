package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/** {@code negative-errno}: a negative result is {@code -errno} (Linux kernel style). */
final class NegativeErrno implements ErrorConvention {

  @Override
  public CodeBlock failureCheck(Call call) {
    // Unary minus already promotes a byte, short or int result to int; only a long needs a cast.
    TypeName carrier = Poet.carrier(call.fn().returns().cType());
    boolean promotesToInt =
        carrier.equals(TypeName.INT)
            || carrier.equals(TypeName.SHORT)
            || carrier.equals(TypeName.BYTE);
    CodeBlock errno =
        promotesToInt ? CodeBlock.of("-$N", Names.RESULT) : CodeBlock.of("(int) -$N", Names.RESULT);
    return CodeBlock.builder()
        .beginControlFlow("if ($N < 0)", Names.RESULT)
        .addStatement("throw $T.ofCall($L,$W$L)", Poet.ERRNO_EXCEPTION, errno, call.callArguments())
        .endControlFlow()
        .build();
  }

  @Override
  public CodeBlock interrupted(Call call) {
    return CodeBlock.of("$N == -$T.EINTR", Names.RESULT, Poet.ERRNO);
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of("$T if the function returns a negative errno", Poet.ERRNO_EXCEPTION);
  }
}
