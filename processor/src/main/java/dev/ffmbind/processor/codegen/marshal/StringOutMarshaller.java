package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code Ref<String>} out-parameter ({@code char** errmsg}): C gets a pointer-sized slot and may
 * write a string pointer there. After the call, before the error check (a failing {@code
 * sqlite3_exec} reports its message this way), the string is copied into the {@code Ref} ({@code
 * null} for {@code NULL}); owned memory is then freed exactly once with the declared function, even
 * if decoding fails.
 */
final class StringOutMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return OutSlots.declare(p);
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    String out = Names.outLocal(p.name());
    CodeBlock decode =
        CodeBlock.of(
            "$T.decode($N,$W$L,$W$S)",
            Poet.NATIVE_STRINGS,
            out,
            Poet.charset(p.encoding().orElseThrow()),
            call.cSymbol());
    CodeBlock.Builder body = CodeBlock.builder().add(OutSlots.read(p));
    if (!p.model().ownership().owned()) {
      body.addStatement("$N.set($L)", p.name(), decode);
    } else {
      // Copy first, then free exactly once, even if decoding fails.
      body.beginControlFlow("try")
          .addStatement("$N.set($L)", p.name(), decode)
          .nextControlFlow("finally")
          .beginControlFlow("if ($N.address() != 0)", out)
          .addStatement(
              "$T.$N($N)",
              call.downcalls(),
              Names.freeMethod(p.model().ownership().freeFunction().orElseThrow()),
              out)
          .endControlFlow()
          .endControlFlow();
    }
    return OutSlots.whenGiven(p, body.build());
  }

  @Override
  public boolean copyBackReleases(ResolvedParam p) {
    return p.model().ownership().owned();
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    Prose.Builder text =
        Prose.builder()
            .add(
                "{@code $L}, a string C may write: after the call the {@code Ref} holds a copy,"
                    + " or null for {@code NULL}",
                p.model().cType().canonical());
    p.model()
        .ownership()
        .freeFunction()
        .filter(f -> p.model().ownership().owned())
        .ifPresentOrElse(
            f -> text.add("; the C memory is freed with {@code $L}", f),
            () -> text.add("; the C memory is borrowed, not freed"));
    return text.add(Guards.nullableDoc(p)).build();
  }
}
