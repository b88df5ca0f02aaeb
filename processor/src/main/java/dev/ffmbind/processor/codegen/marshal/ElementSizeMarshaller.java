package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;

/**
 * The size in bytes of one element of an array, which the stub passes for the caller ({@code size}
 * of {@code qsort}): a constant of the element type, so C cannot be told a wrong one. Not a
 * parameter of the Java method.
 */
final class ElementSizeMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    JavaType.Primitive carrier = p.scalar().orElseThrow().carrier();
    return Poet.literal(carrier, p.elementSize().orElseThrow().bytes());
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    ResolvedParam.ElementSize size = p.elementSize().orElseThrow();
    return Prose.of(
        "{@code $L} is passed for you: $L, the size in bytes of one element" + " of {@code $L}.",
        p.name(),
        size.bytes(),
        size.of().name());
  }
}
