package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;

/**
 * A parameter passed as one expression of the Java argument, without scratch memory. A nullable one
 * gets a local first: a conditional in an {@code invokeExact} argument would be typed {@code
 * Object}.
 */
abstract class DirectMarshaller implements ParamMarshaller {

  /** The pointer passed for a non-null argument. */
  abstract CodeBlock value(ResolvedParam p, Call call);

  @Override
  public final CodeBlock prepare(ResolvedParam p, Call call) {
    return p.nullable() ? Guards.declareNative(p, value(p, call)) : CodeBlock.builder().build();
  }

  @Override
  public final CodeBlock pass(ResolvedParam p, Call call) {
    return p.nullable() ? Guards.local(p) : value(p, call);
  }
}
