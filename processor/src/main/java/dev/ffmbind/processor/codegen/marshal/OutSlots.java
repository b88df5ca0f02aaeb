package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * The pointer-sized slot a {@code T**} out-parameter passes: allocated in scratch memory and set to
 * {@code NULL} first, so a call that writes nothing reads back {@code NULL} rather than stale
 * scratch memory; {@code NULL} itself for a nullable parameter given {@code null}.
 */
final class OutSlots {

  private OutSlots() {}

  /** Declares the slot. */
  static CodeBlock declare(ResolvedParam p) {
    return CodeBlock.builder()
        .add(
            Guards.declareNative(
                p, CodeBlock.of("$N.allocate($T.ADDRESS)", Names.SCRATCH, Poet.VALUE_LAYOUT)))
        .add(
            Guards.ifNotNull(
                p,
                CodeBlock.of(
                    "$L.set($T.ADDRESS, 0,$W$T.NULL)",
                    Guards.local(p),
                    Poet.VALUE_LAYOUT,
                    Poet.MEMORY_SEGMENT)))
        .build();
  }

  /** {@code MemorySegment p$out = p$.get(ADDRESS, 0)}: the pointer C wrote. */
  static CodeBlock read(ResolvedParam p) {
    return CodeBlock.builder()
        .addStatement(
            "$T $N = $L.get($T.ADDRESS, 0)",
            Poet.MEMORY_SEGMENT,
            Names.outLocal(p.name()),
            Guards.local(p),
            Poet.VALUE_LAYOUT)
        .build();
  }

  /** Wraps statements in {@code if (p != null)} for a nullable parameter. */
  static CodeBlock whenGiven(ResolvedParam p, CodeBlock body) {
    if (!p.nullable()) {
      return body;
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($N != null)", p.name())
        .add(body)
        .endControlFlow()
        .build();
  }
}
