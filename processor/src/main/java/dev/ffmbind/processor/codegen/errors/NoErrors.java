package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.marshal.Call;

/** {@code none}: the result is returned as it is; nothing is checked. */
final class NoErrors implements ErrorConvention {

  @Override
  public CodeBlock failureCheck(Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public CodeBlock throwsDoc(Call call) {
    return CodeBlock.builder().build();
  }
}
