package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * The view of a resident struct for a {@code T*}: C gets the address of the view's own memory, no
 * copy, so it may keep the pointer across calls ({@code z_stream}). A null view where C requires
 * one is refused before the call; a view whose arena is closed fails in FFM's liveness check with
 * {@code IllegalStateException}, before C runs.
 */
final class StructViewMarshaller extends DirectMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return Guards.notNull(p, call);
  }

  @Override
  CodeBlock value(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.segment()", p.name());
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Guards.paramDoc(p)
        .add("; passed as the address of its memory, which C may keep until its arena closes")
        .build();
  }
}
