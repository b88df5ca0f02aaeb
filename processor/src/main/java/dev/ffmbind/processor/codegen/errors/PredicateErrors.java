package dev.ffmbind.processor.codegen.errors;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ErrorPredicate;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * {@code predicate}: a function of the library, called with the result, tells whether it means
 * failure ({@code ZSTD_isError}); the failure throws a {@code StatusException} whose code is the
 * result and whose detail is the text of the message function, if one is declared ({@code
 * ZSTD_getErrorName}).
 */
final class PredicateErrors implements ErrorConvention {

  private static ErrorPredicate judges(Call call) {
    return call.fn().errorPredicate().orElseThrow();
  }

  @Override
  public CodeBlock failureCheck(Call call) {
    FunctionModel predicate = judges(call).predicate();
    CodeBlock test = CodeBlock.of("$N($L)", predicate.javaName(), result(call, predicate));
    boolean isBoolean =
        predicate.returns().javaType() instanceof JavaType.Scalar s
            && s.primitive() == JavaType.Primitive.BOOLEAN;
    CodeBlock detail =
        judges(call)
            .message()
            .map(m -> CodeBlock.of("$N($L)", m.javaName(), result(call, m)))
            .orElse(CodeBlock.of("null"));
    return CodeBlock.builder()
        .beginControlFlow(isBoolean ? "if ($L)" : "if ($L != 0)", test)
        .addStatement(
            "throw new $T($S,$W$L,$W$L, null,$W$L)",
            Poet.STATUS_EXCEPTION,
            call.cSymbol(),
            call.callDescription(),
            widened(call, TypeName.LONG),
            detail)
        .endControlFlow()
        .build();
  }

  /** The result as the one parameter of {@code judge} takes it. */
  private static CodeBlock result(Call call, FunctionModel judge) {
    return widened(call, Poet.javaType(judge.params().get(0).javaType()));
  }

  /**
   * The result in a Java type: as it is when that is its carrier; an unsigned result widened
   * without its sign ({@code Integer.toUnsignedLong}); otherwise cast.
   */
  private static CodeBlock widened(Call call, TypeName type) {
    CTypes.Scalar scalar = call.fn().returns().scalar().orElseThrow();
    TypeName carrier = Poet.carrier(call.fn().returns().cType());
    if (type.equals(carrier)) {
      return CodeBlock.of("$N", Names.RESULT);
    }
    int carrierBits = scalar.bytes() * 8;
    int typeBits = bits(type);
    if (typeBits > carrierBits && scalar.unsigned()) {
      CodeBlock unsigned =
          CodeBlock.of(
              "$T.toUnsigned$L($N)",
              carrier.box(),
              type.equals(TypeName.LONG) ? "Long" : "Int",
              Names.RESULT);
      return type.equals(TypeName.SHORT) ? CodeBlock.of("(short) $L", unsigned) : unsigned;
    }
    return typeBits > carrierBits
        ? CodeBlock.of("$N", Names.RESULT)
        : CodeBlock.of("($T) $N", type, Names.RESULT);
  }

  private static int bits(TypeName type) {
    if (type.equals(TypeName.LONG)) {
      return 64;
    }
    if (type.equals(TypeName.INT)) {
      return 32;
    }
    return type.equals(TypeName.SHORT) ? 16 : 8;
  }

  @Override
  public Prose throwsDoc(Call call) {
    return Prose.of(
        "$T if $L says the result is a failure",
        Poet.STATUS_EXCEPTION,
        Prose.code(judges(call).predicate().cSymbol()));
  }
}
