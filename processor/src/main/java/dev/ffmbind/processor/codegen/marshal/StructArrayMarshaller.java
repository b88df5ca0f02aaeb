package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;

/**
 * An array of a struct's value type for a {@code T*} a length or bound names ({@code struct pollfd*
 * fds} with {@code nfds}): the elements are written one after the other into per-call scratch
 * memory laid out as C's array of {@code T} (zeroed for {@code out}), and unless C only reads them,
 * each element is replaced by the value read back after the call, before the error check, as a
 * copied primitive array is. Elements copied in must not be {@code null}.
 */
final class StructArrayMarshaller implements ParamMarshaller {

  private static CodeBlock type(ResolvedParam p) {
    return CodeBlock.of("$T", Poet.className(((JavaType.StructArray) p.javaType()).structClass()));
  }

  @Override
  public CodeBlock check(ResolvedParam p, Call call) {
    CodeBlock.Builder b = CodeBlock.builder().add(ParamMarshaller.super.check(p, call));
    if (p.model().direction().copiesIn()) {
      if (p.nullable()) {
        b.beginControlFlow("if ($N != null)", p.name());
      }
      b.beginControlFlow("for ($L e : $N)", type(p), p.name())
          .addStatement("$T.notNull(e,$W$S,$W$S)", Poet.CHECKS, call.cSymbol(), p.name() + "[i]")
          .endControlFlow();
      if (p.nullable()) {
        b.endControlFlow();
      }
    }
    return b.build();
  }

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    String local = Names.nativeLocal(p.name());
    CodeBlock.Builder b =
        CodeBlock.builder()
            .add(
                Guards.declareNative(
                    p,
                    CodeBlock.of(
                        "$N.allocate($L.$N, $N.length)",
                        Names.SCRATCH,
                        type(p),
                        Names.STRUCT_LAYOUT,
                        p.name())));
    if (p.nullable()) {
      b.beginControlFlow("if ($N != null)", p.name());
    }
    b.beginControlFlow("for (int i = 0; i < $N.length; i++)", p.name());
    if (p.model().direction().copiesIn()) {
      b.addStatement(
          "$N[i].write($N.asSlice(i * $L.$N.byteSize()))",
          p.name(),
          local,
          type(p),
          Names.STRUCT_LAYOUT);
    } else {
      b.addStatement(
          "$N.asSlice(i * $L.$N.byteSize(), $L.$N.byteSize()).fill((byte) 0)",
          local,
          type(p),
          Names.STRUCT_LAYOUT,
          type(p),
          Names.STRUCT_LAYOUT);
    }
    b.endControlFlow();
    if (p.nullable()) {
      b.endControlFlow();
    }
    return b.build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  private static boolean cWrites(ResolvedParam p) {
    return p.model().direction().copiesOut() && !p.cType().constPointee();
  }

  @Override
  public CodeBlock copyBack(ResolvedParam p, Call call) {
    if (!cWrites(p)) {
      return CodeBlock.builder().build();
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (p.nullable()) {
      b.beginControlFlow("if ($N != null)", p.name());
    }
    b.beginControlFlow("for (int i = 0; i < $N.length; i++)", p.name())
        .addStatement(
            "$N[i] = $L.read($N.asSlice(i * $L.$N.byteSize()))",
            p.name(),
            type(p),
            Names.nativeLocal(p.name()),
            type(p),
            Names.STRUCT_LAYOUT)
        .endControlFlow();
    if (p.nullable()) {
      b.endControlFlow();
    }
    return b.build();
  }

  @Override
  public CodeBlock elementCount(ResolvedParam p, Call call) {
    return CodeBlock.of("$N.length", p.name());
  }

  @Override
  public Prose doc(ResolvedParam p, Call call) {
    Prose.Builder text = Guards.paramDoc(p);
    if (cWrites(p)) {
      text.add("; each element is replaced by the value C left there");
    }
    return text.build();
  }
}
