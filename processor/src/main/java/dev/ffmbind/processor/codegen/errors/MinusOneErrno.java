package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * {@code minus-one-errno}: {@code -1} means failure and errno says why ({@code open}, {@code
 * read}).
 */
final class MinusOneErrno extends ErrnoSentinel {

  @Override
  CodeBlock failed() {
    return CodeBlock.of("$N == -1", Names.RESULT);
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of("$T if the function returns -1; errno says why", Poet.ERRNO_EXCEPTION);
  }
}
