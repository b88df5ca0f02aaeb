package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * {@code null-errno}: {@code NULL} means failure and errno says why ({@code fopen}, {@code
 * malloc}).
 */
final class NullErrno extends ErrnoSentinel {

  @Override
  CodeBlock failed() {
    return CodeBlock.of("$N.address() == 0", Names.RESULT);
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of("$T if the function returns NULL; errno says why", Poet.ERRNO_EXCEPTION);
  }
}
