package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A Java object handed to the callback through C's {@code void* user_data}: C sees only the handle
 * of the call's upcall dispatch, never the object.
 */
final class UserDataMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return Guards.bounds(p, call);
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.handle()", Names.UPCALL);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Prose.of(
        "{@code $L}, user data handed to the callback as it is (C sees only a"
            + " handle); may be null",
        p.model().cType().canonical());
  }
}
