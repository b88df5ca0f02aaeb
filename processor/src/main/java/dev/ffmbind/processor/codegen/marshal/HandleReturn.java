package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A pointer to an opaque type returned as a typed handle ({@code null} for {@code NULL}); an owned
 * one closes with its type's destructor.
 */
final class HandleReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    return CodeBlock.builder()
        .addStatement(
            "return $N.address() == 0$W? null$W: $L",
            Names.RESULT,
            Poet.newHandle(
                r.handleType().orElseThrow(),
                CodeBlock.of("$N", Names.RESULT),
                r.owned(),
                call.downcalls()))
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return ReturnConversion.cType(r)
        .add(r.owned() ? ", owned: close it to free the C object" : "")
        .add("; null for {@code NULL}")
        .build();
  }
}
