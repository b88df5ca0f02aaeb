package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code String} passed as a NUL-terminated C string, encoded into scratch memory in its charset
 * ({@code wchar_t} strings in the platform's wide encoding). A U+0000 inside cannot be represented
 * and is rejected.
 */
class StringMarshaller implements ParamMarshaller {

  /** The runtime class that encodes it. */
  ClassName encoder() {
    return Poet.NATIVE_STRINGS;
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return Guards.declareNative(
        p,
        CodeBlock.of(
            "$T.encode($N,$W$N,$W$L,$W$S,$W$S)",
            encoder(),
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
}
