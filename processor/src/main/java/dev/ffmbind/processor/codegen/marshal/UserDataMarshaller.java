package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.binding.Upcall;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A Java object handed to the callback through C's {@code void* user_data}: C sees only the handle
 * of the call's upcall dispatch (or, set on a handle, of the handle's user-data slot), never the
 * object.
 */
final class UserDataMarshaller implements ParamMarshaller {

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return Guards.bounds(p, call);
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    boolean onHandle = call.fn().upcall().map(Upcall::handleScoped).orElse(false);
    return onHandle
        ? CodeBlock.of("$N", Names.USER_DATA)
        : CodeBlock.of("$N.handle()", Names.UPCALL);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    boolean onHandle = call.fn().upcall().map(Upcall::handleScoped).orElse(false);
    if (onHandle) {
      return Prose.of(
          "{@code $L}, user data handed to the callbacks set on {@code $L} as it is (C sees"
              + " only a handle); replaces the previous one; may be null",
          p.model().cType().canonical(),
          call.fn().upcall().flatMap(Upcall::handleParam).orElse(""));
    }
    return Prose.of(
        "{@code $L}, user data handed to the callback as it is (C sees only a"
            + " handle); may be null",
        p.model().cType().canonical());
  }
}
