package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Names;

/**
 * The hidden out-parameter through which C reports the size of the string or buffer it returns
 * ({@code size_t* out_len}): a zeroed slot in scratch memory, read after the call. Not a parameter
 * of the Java method.
 */
final class ResultSizeMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    return CodeBlock.builder()
        .addStatement(
            "$T $L = $N.allocate($T.$N)",
            Poet.MEMORY_SEGMENT,
            Guards.local(p),
            Names.SCRATCH,
            Poet.VALUE_LAYOUT,
            Poet.layoutConstant(sc.carrier()))
        .addStatement("$L.fill((byte) 0)", Guards.local(p))
        .build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Prose.of(
        "{@code $L} is passed for you: C writes the size of the result there.", p.name());
  }

  @Override
  public CodeBlock sizeInBytes(ResolvedParam p) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    return Poet.unsignedLong(
        CodeBlock.of(
            "$L.get($T.$N, 0)",
            Guards.local(p),
            Poet.VALUE_LAYOUT,
            Poet.layoutConstant(sc.carrier())),
        sc);
  }
}
