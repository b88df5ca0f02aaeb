package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.model.Names;

/**
 * A {@code Ref<Handle>} out-parameter ({@code sqlite3** db}): C gets a pointer-sized slot in
 * scratch memory and writes a pointer there; only a call that succeeded sets the new handle (owned
 * ones closed with their type's destructor), since a failed call may leave garbage.
 */
final class HandleOutMarshaller implements ParamMarshaller {

  @Override
  public boolean needsScratch(ResolvedParam p, Call call) {
    return true;
  }

  @Override
  public CodeBlock prepare(ResolvedParam p, Call call) {
    CodeBlock local = Guards.local(p);
    CodeBlock.Builder body =
        CodeBlock.builder()
            .add(
                Guards.declareNative(
                    p, CodeBlock.of("$N.allocate($T.ADDRESS)", Names.SCRATCH, Poet.VALUE_LAYOUT)));
    if (p.model().direction().copiesIn()) {
      return body.add(
              Guards.ifNotNull(
                  p,
                  CodeBlock.of(
                      "$L.set($T.ADDRESS, 0,$W$N.get() == null$W? $T.NULL$W: $N.get().segmentFor($S,$W$S))",
                      local,
                      Poet.VALUE_LAYOUT,
                      p.name(),
                      Poet.MEMORY_SEGMENT,
                      p.name(),
                      call.cSymbol(),
                      p.name())))
          .build();
    }
    // A call that fails without writing must not hand back stale scratch memory as a handle.
    return body.addStatement(
            "$L.set($T.ADDRESS, 0,$W$T.NULL)", local, Poet.VALUE_LAYOUT, Poet.MEMORY_SEGMENT)
        .build();
  }

  @Override
  public CodeBlock pass(ResolvedParam p, Call call) {
    return Guards.local(p);
  }

  @Override
  public CodeBlock publish(ResolvedParam p, Call call) {
    if (!p.model().direction().copiesOut()) {
      return CodeBlock.builder().build();
    }
    String out = Names.outLocal(p.name());
    CodeBlock.Builder body = CodeBlock.builder();
    if (p.nullable()) {
      body.beginControlFlow("if ($N != null)", p.name());
    }
    body.addStatement(
        "$T $N = $L.get($T.ADDRESS, 0)",
        Poet.MEMORY_SEGMENT,
        out,
        Guards.local(p),
        Poet.VALUE_LAYOUT);
    body.addStatement(
        "$N.set($N.address() == 0$W? null$W: $L)",
        p.name(),
        out,
        Poet.newHandle(
            p.handleType().orElseThrow(),
            CodeBlock.of("$N", out),
            p.model().ownership().owned(),
            call.downcalls()));
    if (p.nullable()) {
      body.endControlFlow();
    }
    return body.build();
  }
}
