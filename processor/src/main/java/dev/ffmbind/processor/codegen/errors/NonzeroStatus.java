package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/** {@code nonzero}: any non-zero result is a failure code with no further meaning known. */
final class NonzeroStatus implements ErrorConvention {

  @Override
  public CodeBlock failureCheck(Call call) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N != 0)", Names.RESULT)
        .addStatement(
            "throw new $T($S,$W$L,$W$N, null, null)",
            Poet.STATUS_EXCEPTION,
            call.cSymbol(),
            call.callDescription(),
            Names.RESULT)
        .endControlFlow()
        .build();
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of("$T if the function returns a non-zero status", Poet.STATUS_EXCEPTION);
  }
}
