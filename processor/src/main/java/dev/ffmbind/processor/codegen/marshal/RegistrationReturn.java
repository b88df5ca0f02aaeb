package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A function that registers a callback C keeps: the method returns the registration, which the
 * caller closes once C no longer calls the callback.
 */
final class RegistrationReturn implements ReturnConversion {

  @Override
  public TypeName javaType(ResolvedReturn r, Call call) {
    return Poet.REGISTRATION;
  }

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    return CodeBlock.builder().addStatement("return $N", Names.UPCALL).build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return Prose.of("the registration; close it once C no longer calls the callback");
  }
}
