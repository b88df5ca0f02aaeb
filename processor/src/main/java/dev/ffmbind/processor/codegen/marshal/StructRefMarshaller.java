package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code Ref<T>} of a struct's value type for a {@code T*} C writes ({@code struct timeval* tv}):
 * C gets zeroed scratch memory laid out as {@code LAYOUT} (for {@code inout}, holding the Ref's
 * value when it has one), and only a call that succeeded sets the Ref to the value read back, as
 * for handle out-parameters: a failed call may leave garbage there.
 */
final class StructRefMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  private static CodeBlock type(ResolvedParam p) {
    return CodeBlock.of("$T", Poet.className(((JavaType.StructRef) p.javaType()).structClass()));
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    String local = Names.nativeLocal(p.name());
    CodeBlock.Builder body =
        CodeBlock.builder()
            .add(
                Guards.declareNative(
                    p,
                    CodeBlock.of(
                        "$N.allocate($L.$N).fill((byte) 0)",
                        Names.SCRATCH,
                        type(p),
                        Names.STRUCT_LAYOUT)));
    if (p.model().direction().copiesIn()) {
      CodeBlock copyIn =
          CodeBlock.of("if ($N.get() != null) $N.get().write($N)", p.name(), p.name(), local);
      body.add(
          p.nullable()
              ? CodeBlock.builder().addStatement("if ($N != null) $L", p.name(), copyIn).build()
              : CodeBlock.builder().addStatement("$L", copyIn).build());
    }
    return body.build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock publish(ResolvedParam p, Call call) {
    return Guards.ifNotNull(
        p, CodeBlock.of("$N.set($L.read($N))", p.name(), type(p), Names.nativeLocal(p.name())));
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    Prose.Builder text = Guards.paramDoc(p);
    if (p.model().direction().copiesIn()) {
      text.add("; its value, if it has one, is copied in (else C sees zeros)");
    }
    return text.add("; set to what C wrote once the call succeeded").build();
  }
}
