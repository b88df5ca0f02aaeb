package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.StatusMessage;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;

/**
 * {@code status}: the result is a code of a status table declared in the spec; failures throw the
 * table's exception, with the detail text of its message function where it can be called.
 */
final class StatusTableErrors implements ErrorConvention {

  private static StatusTableModel table(Call call) {
    return call.fn().statusTable().orElseThrow();
  }

  private static ClassName exception(Call call) {
    return Poet.className(table(call).exceptionClass());
  }

  @Override
  public CodeBlock failureCheck(Call call) {
    return CodeBlock.builder()
        .beginControlFlow("if (!$T.isSuccess($N))", exception(call), Names.RESULT)
        .addStatement(
            "throw new $T($S,$W$L,$W$N,$W$L)",
            exception(call),
            call.cSymbol(),
            call.callDescription(),
            Names.RESULT,
            message(call))
        .endControlFlow()
        .build();
  }

  /** The detail text of a failure: the table's message function, where it can be called. */
  private static CodeBlock message(Call call) {
    return switch (call.fn().statusMessage()) {
      case StatusMessage.None n -> CodeBlock.of("null");
      // sqlite3_errmsg(db): pass the first handle of the same type the failing call was given.
      case StatusMessage.FromHandle h ->
          h.handle().nullable()
              ? CodeBlock.of(
                  "$N == null ? null : $N($N)",
                  h.handle().name(),
                  h.function().javaName(),
                  h.handle().name())
              : CodeBlock.of("$N($N)", h.function().javaName(), h.handle().name());
      // zError(code): pass the status itself, in the Java type the message method takes.
      case StatusMessage.FromCode c -> {
        TypeName type = Poet.javaType(c.codeType());
        yield type.equals(Poet.carrier(call.fn().returns().cType()))
            ? CodeBlock.of("$N($N)", c.function().javaName(), Names.RESULT)
            : CodeBlock.of("$N(($T) $N)", c.function().javaName(), type, Names.RESULT);
      }
    };
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of("$T if the function returns a failure status", exception(call));
  }

  @Override
  public long successValue(Call call) {
    return table(call).codes().stream()
        .filter(StatusCodeModel::success)
        .findFirst()
        .orElseThrow()
        .value();
  }
}
