package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * One way a C function reports failure. A stateless strategy: it renders, {@link ErrorConventions}
 * chooses. The C result is in the local {@code Names.RESULT} and, for conventions that capture
 * errno, the captured state in {@code Names.ERRNO}.
 */
public interface ErrorConvention {

  /** Whether the downcall captures errno ({@code Linker.Option.captureCallState}). */
  default boolean capturesErrno() {
    return false;
  }

  /** Statements that throw when the result means failure; empty when nothing is checked. */
  CodeBlock failureCheck(Call call);

  /**
   * The condition under which a call that a signal interrupted is repeated ({@code
   * retry_on_eintr}); only conventions that can see {@code EINTR} have one.
   */
  default CodeBlock interrupted(Call call) {
    throw new IllegalStateException("retry without errno");
  }

  /** The {@code @throws} text (exception and when); empty when the method throws nothing. */
  Prose throwsDoc(Call call);

  /** The result of a call that succeeded, as a destructor closing an owned handle returns it. */
  default long successValue(Call call) {
    return 0;
  }
}
