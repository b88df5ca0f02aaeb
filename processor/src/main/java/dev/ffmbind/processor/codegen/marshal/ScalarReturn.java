package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/** A C scalar returned as a Java primitive, zero-extended when the API type is wider. */
final class ScalarReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    JavaType.Primitive java = ((JavaType.Scalar) r.javaType()).primitive();
    return CodeBlock.builder()
        .addStatement(
            "return $L",
            Poet.widen(CodeBlock.of("$N", Names.RESULT), r.scalar().orElseThrow(), java))
        .build();
  }

  @Override
  public boolean returnsResultAsIs(ResolvedReturn r) {
    return r.scalar().orElseThrow().carrier() == ((JavaType.Scalar) r.javaType()).primitive();
  }

  @Override
  public CodeBlock returnConstant(ResolvedReturn r, long value) {
    JavaType.Primitive java = ((JavaType.Scalar) r.javaType()).primitive();
    return CodeBlock.builder().addStatement("return $L", Poet.literal(java, value)).build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    return ReturnConversion.cType(r).build();
  }
}
