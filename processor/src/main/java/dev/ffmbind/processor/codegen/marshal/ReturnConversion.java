package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * One way of returning what C returned. Like {@link ParamMarshaller}, a stateless strategy that
 * renders and never chooses ({@link ReturnConversions} does). The C result is in the local {@link
 * Names#RESULT} when it runs, already checked by the error convention.
 */
public interface ReturnConversion {

  /** The return type of the Java method. */
  default TypeName javaType(ResolvedReturn r, Call call) {
    return Poet.javaType(r.javaType());
  }

  /** Statements that convert the C result and return it. */
  CodeBlock convert(ResolvedReturn r, Call call);

  /**
   * Whether {@link #convert} only returns the C result unchanged, so a method with nothing to do
   * after the call may return the {@code invokeExact} expression itself.
   */
  default boolean returnsResultAsIs(ResolvedReturn r) {
    return false;
  }

  /** The {@code @return} text; empty for a method that returns nothing. */
  Prose doc(ResolvedReturn r, Call call);

  /**
   * {@code return value;} for a call that did not reach C (an owned handle closed instead of passed
   * to its destructor): the integer constant in the method's return type.
   */
  default CodeBlock returnConstant(ResolvedReturn r, long value) {
    throw new IllegalStateException("no constant of " + r.javaType());
  }

  /** {@code long size$ = ...}: the size in bytes of a sized result, as an unsigned value. */
  static CodeBlock declareSize(ResolvedReturn r, Call call) {
    var size = r.size().orElseThrow();
    return CodeBlock.builder()
        .addStatement("long $N = $L", Names.SIZE, ParamMarshallers.of(size, call).sizeInBytes(size))
        .build();
  }

  /** {@code "{@code T}"}: the C type as declared, where the {@code @return} text starts. */
  static Prose.Builder cType(ResolvedReturn r) {
    return Prose.builder().add("{@code $L}", r.model().cType().canonical());
  }
}
