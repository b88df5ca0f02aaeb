package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * A pointer received as a {@code MemorySegment}, valid only during the call. A pointer to one
 * scalar ({@code const int*}) is declared with a sized target layout, so the linker hands over a
 * segment of the pointee's size: no reinterpret (and its access check) on every call.
 */
final class SegmentArgument implements UpcallArgument {

  @Override
  public CodeBlock layout(ResolvedCallback.Param p) {
    return p.pointeeScalar()
        .map(
            s ->
                CodeBlock.of(
                    "$T.ADDRESS.withTargetLayout($T.$N)",
                    Poet.VALUE_LAYOUT,
                    Poet.VALUE_LAYOUT,
                    Poet.layoutConstant(s.carrier())))
        .orElseGet(() -> Poet.layout(p.cType()));
  }

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    return CodeBlock.of("$N", p.name());
  }

  @Override
  public Prose doc(ResolvedCallback.Param p) {
    return UpcallArgument.cType(p)
        .add(
            p.pointeeScalar().isPresent()
                ? ", valid only during the call"
                : ", valid only during the call (size 0)")
        .build();
  }
}
