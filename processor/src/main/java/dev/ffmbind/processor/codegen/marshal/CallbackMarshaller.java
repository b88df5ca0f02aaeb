package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Names;

/**
 * A Java callback passed as its type's one cached upcall stub; the method makes the callback itself
 * reachable from the stub ({@code UpcallDispatch}). A destructor of lifetime {@code release} is
 * always passed as the stub, even without a Java callback: C must tell the binding when it drops
 * the user data.
 */
final class CallbackMarshaller implements ParamMarshaller {

  private static CodeBlock stub(ResolvedParam p, Call call) {
    JavaType.Callback type = (JavaType.Callback) p.javaType();
    return CodeBlock.of(
        "$T.$N", Poet.stubHolder(call.bindingClass(), type.callbackClass()), Names.STUB);
  }

  private static LifetimeModel lifetime(ResolvedParam p) {
    return p.model().lifetime().orElse(LifetimeModel.CALL);
  }

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    return lifetime(p) == LifetimeModel.RELEASE
        ? CodeBlock.builder().build()
        : ParamMarshaller.super.check(p, call);
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return p.nullable() && lifetime(p) != LifetimeModel.RELEASE
        ? Guards.declareNative(p, stub(p, call))
        : CodeBlock.builder().build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return p.nullable() && lifetime(p) != LifetimeModel.RELEASE ? Guards.local(p) : stub(p, call);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    String text =
        switch (lifetime(p)) {
          case CALL -> "called by C only during this call; what it throws is rethrown here";
          case REGISTERED ->
              call.fn().registersCallback()
                  ? "C keeps it: it stays reachable until the returned registration is closed"
                  : "C keeps it: it stays reachable until C calls the destructor of the user data";
          case HANDLE ->
              "set on {@code "
                  + p.model().handle().orElse("")
                  + "}: it stays reachable until replaced there or until the handle is closed";
          case RELEASE ->
              "called when C drops the user data, which is released then; may be null (C is"
                  + " given the destructor stub anyway)";
        };
    return Prose.builder()
        .add("{@code $L}, ", p.model().cType().canonical())
        .add(text)
        .add(lifetime(p) == LifetimeModel.RELEASE ? "" : Guards.nullableDoc(p))
        .build();
  }
}
