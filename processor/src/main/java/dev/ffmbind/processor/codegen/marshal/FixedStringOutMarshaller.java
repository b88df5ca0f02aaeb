package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code char[N]} C fills with a string ({@code uuid_unparse}'s {@code char out[37]}), received
 * in a {@code Ref<String>}: C gets N zeroed bytes of scratch memory, and after the call the string
 * is decoded strictly up to the first terminator within those N bytes; none there is a {@code
 * NativeException}, never a read past the buffer.
 */
final class FixedStringOutMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    return CodeBlock.builder()
        .add(
            Guards.declareNative(
                p, CodeBlock.of("$N.allocate($L)", Names.SCRATCH, p.cType().arrayLength())))
        .add(Guards.ifNotNull(p, CodeBlock.of("$L.fill((byte) 0)", Guards.local(p))))
        .build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    CodeBlock body =
        CodeBlock.builder()
            .addStatement(
                "$N.set($T.decode($L,$W$L,$W$S))",
                p.name(),
                Poet.NATIVE_STRINGS,
                Guards.local(p),
                Poet.charset(p.encoding().orElseThrow()),
                call.cSymbol())
            .build();
    return OutSlots.whenGiven(p, body);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    return Prose.builder()
        .add(
            "{@code $L}, $L bytes C fills with a string: after the call the {@code Ref} holds"
                + " it, decoded up to its terminator (none within them throws)",
            p.model().cType().canonical(),
            p.cType().arrayLength())
        .add(Guards.nullableDoc(p))
        .build();
  }
}
