package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * C's {@code void* user_data}: the callback receives the Java object given with it, which the stub
 * found through this pointer.
 */
final class UserDataArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    return CodeBlock.of("$N.userData()", Names.TARGET);
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p).add(", the user data given with the callback").build();
  }
}
