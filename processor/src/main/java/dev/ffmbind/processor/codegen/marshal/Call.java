package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import java.util.ArrayList;
import java.util.List;

/**
 * The method being written, as the strategies see it: the resolved function and where its linked
 * handles live.
 *
 * @param fn the resolved function
 * @param downcalls the binding's holder class of method handles and deallocator helpers
 */
public record Call(ResolvedFunction fn, ClassName downcalls) {

  /** The C symbol, as checks and exceptions name it. */
  public String cSymbol() {
    return fn.cSymbol();
  }

  /** The generated binding class. */
  public ClassName bindingClass() {
    return downcalls.enclosingClassName();
  }

  /** {@code "symbol", arg1, arg2, ...}: what a call description is rendered from. */
  public CodeBlock callArguments() {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", fn.cSymbol()));
    for (ResolvedParam p : fn.params()) {
      if (p.isInJavaSignature()) {
        args.add(CodeBlock.of("$L", p.name()));
      }
    }
    return CodeBlock.join(args, ",$W");
  }

  /** {@code CallDescription.of("symbol", args...)}, rendered only when a message is read. */
  public CodeBlock callDescription() {
    return CodeBlock.of("$T.of($L)", Poet.CALL_DESCRIPTION, callArguments());
  }
}
