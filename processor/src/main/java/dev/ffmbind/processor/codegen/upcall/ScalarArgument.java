package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.JavaType;

/** A C scalar received as a Java primitive, zero-extended when the API type is wider. */
final class ScalarArgument implements UpcallArgument {

  @Override
  public CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback) {
    JavaType.Primitive java = ((JavaType.Scalar) p.model().javaType()).primitive();
    return Poet.widen(CodeBlock.of("$N", p.name()), p.scalar().orElseThrow(), java);
  }
}
