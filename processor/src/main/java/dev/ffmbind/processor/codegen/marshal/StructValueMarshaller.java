package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * A struct's value type passed by value ({@code div_t}-style {@code struct two_doubles v}) or
 * through a pointer C only reads ({@code const struct timeval* tv}): the record is written into
 * per-call scratch memory laid out as {@code LAYOUT}, and that segment is the argument. By value,
 * the downcall's descriptor names the {@code StructLayout}, so FFM copies the bytes into registers
 * or onto the stack as the SysV and AAPCS64 classifications say; through a pointer, C gets the
 * scratch address (a nullable one gets {@code NULL} for {@code null}).
 */
final class StructValueMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    JavaType.StructValue s = (JavaType.StructValue) p.javaType();
    String local = Names.nativeLocal(p.name());
    return CodeBlock.builder()
        .add(
            Guards.declareNative(
                p,
                CodeBlock.of(
                    "$N.allocate($T.$N)",
                    Names.SCRATCH,
                    Poet.className(s.structClass()),
                    Names.STRUCT_LAYOUT)))
        .add(Guards.ifNotNull(p, CodeBlock.of("$N.write($N)", p.name(), local)))
        .build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    Prose.Builder text = Guards.paramDoc(p);
    return p.cType().isPointer()
        ? text.add("; copied into native memory for the call").build()
        : text.add("; passed by value").build();
  }
}
