package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.model.CTypes;

/** A {@code MemorySegment}: a raw pointer, passed as it is. */
final class SegmentMarshaller extends DirectMarshaller {

  /** A read-only segment or buffer is rejected where C writes to it. */
  static CodeBlock writable(ResolvedParam p, Call call) {
    if (!p.model().direction().copiesOut()) {
      return CodeBlock.builder().build();
    }
    CodeBlock readOnly =
        p.nullable()
            ? CodeBlock.of("$N != null && $N.isReadOnly()", p.name(), p.name())
            : CodeBlock.of("$N.isReadOnly()", p.name());
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", readOnly)
        .addStatement(
            "throw new $T($Z$S)",
            IllegalArgumentException.class,
            call.cSymbol() + ": parameter '" + p.name() + "' is read-only, but C writes to it")
        .endControlFlow()
        .build();
  }

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder()
        .add(Guards.notNull(p, call))
        .add(Guards.bounds(p, call))
        .add(writable(p, call))
        .build();
  }

  @Override
  CodeBlock value(ResolvedParam p, Call call) {
    return CodeBlock.of("$N", p.name());
  }

  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    long size = CTypes.elementSize(p.cType());
    return size == 1
        ? CodeBlock.of("$N.byteSize()", p.name())
        : CodeBlock.of("$N.byteSize() / $L", p.name(), size);
  }
}
