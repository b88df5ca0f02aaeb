package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code ByteBuffer}: a direct buffer is native memory already and passes without copying; a heap
 * buffer is copied into scratch memory and, if C writes it, back.
 */
final class ByteBufferMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder()
        .add(Guards.notNull(p, call))
        .add(Guards.bounds(p, call))
        .add(SegmentMarshaller.writable(p, call))
        .build();
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    String name = p.name();
    CodeBlock local = Guards.local(p);
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T $L", Poet.MEMORY_SEGMENT, local);
    if (p.nullable()) {
      body.beginControlFlow("if ($N == null)", name);
      body.addStatement("$L = $T.NULL", local, Poet.MEMORY_SEGMENT);
      body.nextControlFlow("else if ($N.isDirect())", name);
    } else {
      body.beginControlFlow("if ($N.isDirect())", name);
    }
    body.addStatement("$L = $T.ofBuffer($N)", local, Poet.MEMORY_SEGMENT, name);
    body.nextControlFlow("else");
    body.addStatement("$L = $N.allocate($N.remaining())", local, Names.SCRATCH, name);
    if (p.model().direction().copiesIn()) {
      body.addStatement(
          "$T.copy($T.ofBuffer($N), 0,$W$L, 0,$W$N.remaining())",
          Poet.MEMORY_SEGMENT,
          Poet.MEMORY_SEGMENT,
          name,
          local,
          name);
    } else {
      body.addStatement("$L.fill((byte) 0)", local);
    }
    return body.endControlFlow().build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    if (!p.model().direction().copiesOut()) {
      return CodeBlock.builder().build();
    }
    CodeBlock heap =
        p.nullable()
            ? CodeBlock.of("$N != null && !$N.isDirect()", p.name(), p.name())
            : CodeBlock.of("!$N.isDirect()", p.name());
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", heap)
        .addStatement(
            "$T.copy($L, 0,$W$T.ofBuffer($N), 0,$W$N.remaining())",
            Poet.MEMORY_SEGMENT,
            Guards.local(p),
            Poet.MEMORY_SEGMENT,
            p.name(),
            p.name())
        .endControlFlow()
        .build();
  }

  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.remaining()", p.name());
  }
}
