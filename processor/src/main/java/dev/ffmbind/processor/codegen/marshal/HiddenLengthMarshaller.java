package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaType;

/**
 * A length the stub passes for the caller: the element count of the array-like parameter it is the
 * length of, checked to fit the C type. Not a parameter of the Java method.
 */
final class HiddenLengthMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement(
                "long $L = $L",
                Guards.local(p),
                Guards.elementCount(p.lengthOf().orElseThrow(), call));
    if (sc.bytes() < 8) {
      long max = sc.unsigned() ? sc.unsignedMax() : (1L << (8 * sc.bytes() - 1)) - 1;
      body.addStatement(
          "$T.fits($L,$W$LL,$W$S,$W$S)",
          Poet.CHECKS,
          Guards.local(p),
          max,
          call.cSymbol(),
          p.name());
    }
    return body.build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    CTypes.Scalar sc = p.scalar().orElseThrow();
    return sc.carrier() == JavaType.Primitive.LONG
        ? Guards.local(p)
        : CodeBlock.of("($T) $L", Poet.primitive(sc.carrier()), Guards.local(p));
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Prose.of(
        "{@code $L} is passed for you: the length of {@code $L}.",
        p.name(),
        p.lengthOf().orElseThrow().name());
  }

  @Override
  public CodeBlock sizeInBytes(ResolvedParam p) {
    return Guards.local(p);
  }
}
