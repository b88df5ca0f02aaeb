package dev.ffmbind.processor.codegen.upcall;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * One way a C argument of a callback is handed to the Java callback. A stateless strategy that
 * renders and never chooses ({@link UpcallArguments} does).
 */
public interface UpcallArgument {

  /** Its layout in the upcall stub's {@code FunctionDescriptor}. */
  default CodeBlock layout(ResolvedCallback.Param p) {
    return Poet.layout(p.cType());
  }

  /**
   * The expression the Java callback receives, from the stub method's parameter of the same name
   * (and {@code Names.TARGET}, the dispatch target of the call).
   */
  CodeBlock convert(ResolvedCallback.Param p, ResolvedCallback callback);

  /**
   * Whether the argument lives in the stub's scope ({@code Names.UPCALL_SCOPE}, a confined arena
   * closed when the callback returns), which the stub then opens around the call.
   */
  default boolean scoped() {
    return false;
  }

  /** Its {@code @param} text in the generated interface. */
  default Prose doc(ResolvedCallback.Param p) {
    return cType(p).build();
  }

  /** {@code "{@code T}"}: the C type as declared, where the {@code @param} text starts. */
  static Prose.Builder cType(ResolvedCallback.Param p) {
    return Prose.builder().add("{@code $L}", p.model().cType().canonical());
  }
}
