package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;

/**
 * A generated enum class carrying a C enum: C receives its {@code value()}, listed or not. The
 * enum's underlying type is carried in its own width, so nothing is narrowed or checked but null.
 */
final class EnumMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.value()", p.name());
  }
}
