package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code String[]} passed as a {@code const char* const*} ({@code posix_spawnp}'s {@code argv}):
 * each element encoded strictly into scratch memory (U+0000 and null elements rejected), followed
 * by a {@code NULL} terminator, so C may find the end either by the terminator or by a count
 * parameter linked to it.
 */
final class StringArrayMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return Guards.declareNative(
        p,
        CodeBlock.of(
            "$T.encodeArray($N,$W$N,$W$L,$W$S,$W$S)",
            Poet.NATIVE_STRINGS,
            Names.SCRATCH,
            p.name(),
            Poet.charset(p.encoding().orElseThrow()),
            call.cSymbol(),
            p.name()));
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.length", p.name());
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Prose.builder()
        .add(
            "{@code $L}, strings read by C, passed with a {@code NULL} after the last one;"
                + " no element may be null",
            p.model().cType().canonical())
        .add(Guards.nullableDoc(p))
        .build();
  }
}
