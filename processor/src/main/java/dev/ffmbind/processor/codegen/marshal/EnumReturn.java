package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A C enum returned as its generated class: {@code of(value)}, which gives the listed constant or,
 * for a value the spec does not list, an instance carrying it. It never throws.
 */
final class EnumReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    return CodeBlock.builder()
        .addStatement("return $T.of($N)", Poet.javaType(r.javaType()), Names.RESULT)
        .build();
  }

  @Override
  public CodeBlock returnConstant(ResolvedReturn r, long value) {
    return CodeBlock.builder()
        .addStatement("return $T.of($L)", Poet.javaType(r.javaType()), value)
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return ReturnConversion.cType(r)
        .add(", a listed constant or an instance carrying a value the spec does not list")
        .build();
  }
}
