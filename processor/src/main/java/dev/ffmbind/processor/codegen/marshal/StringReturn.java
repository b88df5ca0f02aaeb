package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A NUL-terminated C string returned as a {@code String} ({@code null} for {@code NULL}), decoded
 * strictly in its charset. Owned memory is freed exactly once after copying, even if decoding
 * fails; borrowed memory is left alone.
 */
class StringReturn implements ReturnConversion {

  /** Statements before decoding (the sized variant reads the size). */
  CodeBlock prologue(ResolvedReturn r, Call call) {
    return CodeBlock.builder().build();
  }

  /** The expression decoding {@link Names#RESULT}. */
  CodeBlock decode(ResolvedReturn r, Call call) {
    return CodeBlock.of(
        "$T.decode($N,$W$L,$W$S)",
        Poet.NATIVE_STRINGS,
        Names.RESULT,
        Poet.charset(r.encoding().orElseThrow()),
        call.cSymbol());
  }

  @Override
  public final CodeBlock convert(ResolvedReturn r, Call call) {
    CodeBlock.Builder body = CodeBlock.builder().add(prologue(r, call));
    CodeBlock decode = decode(r, call);
    if (!r.owned()) {
      return body.addStatement("return $L", decode).build();
    }
    // Copy first, then free exactly once, even if decoding fails.
    String free = r.model().ownership().freeFunction().orElseThrow();
    return body.beginControlFlow("if ($N.address() == 0)", Names.RESULT)
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $L", decode)
        .nextControlFlow("finally")
        .addStatement("$T.$N($N)", call.downcalls(), Names.freeMethod(free), Names.RESULT)
        .endControlFlow()
        .build();
  }

  /** What the {@code @return} text says between the ownership and the null rule. */
  Prose sizeDoc(ResolvedReturn r) {
    return Prose.builder().build();
  }

  @Override
  public final Prose doc(ResolvedReturn r, Call call) {
    Prose.Builder text = ReturnConversion.cType(r);
    if (r.owned()) {
      text.add(
          ", copied; the C memory is freed with {@code $L}",
          r.model().ownership().freeFunction().orElseThrow());
    } else {
      text.add(", copied (the C memory is borrowed, not freed)");
    }
    return text.add(sizeDoc(r)).add("; null for {@code NULL}").build();
  }
}
