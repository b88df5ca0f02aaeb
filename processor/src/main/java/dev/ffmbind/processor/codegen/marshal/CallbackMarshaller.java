package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.binding.Upcall;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A Java callback passed as its type's one cached upcall stub; the method makes the callback itself
 * reachable from the stub ({@code UpcallDispatch}).
 */
final class CallbackMarshaller extends DirectMarshaller {

  @Override
  CodeBlock value(ResolvedParam p, Call call) {
    JavaType.Callback type = (JavaType.Callback) p.javaType();
    return CodeBlock.of(
        "$T.$N", Poet.stubHolder(call.bindingClass(), type.callbackClass()), Names.STUB);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    boolean registered = call.fn().upcall().map(Upcall::registered).orElseThrow();
    return Prose.builder()
        .add("{@code $L}, ", p.model().cType().canonical())
        .add(
            registered
                ? "C keeps it: it stays reachable until the returned registration is closed"
                : "called by C only during this call; what it throws is rethrown here")
        .add(Guards.nullableDoc(p))
        .build();
  }
}
