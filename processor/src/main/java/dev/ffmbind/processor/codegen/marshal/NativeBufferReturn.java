package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedReturn;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/**
 * Bytes of known size returned as a {@code NativeBuffer} view: owned ones free the C memory with
 * their deallocator when closed, borrowed ones only end the view.
 */
final class NativeBufferReturn implements ReturnConversion {

  @Override
  public CodeBlock convert(ResolvedReturn r, Call call) {
    CodeBlock.Builder body = CodeBlock.builder().add(ReturnConversion.declareSize(r, call));
    if (r.owned()) {
      String free = r.model().ownership().freeFunction().orElseThrow();
      return body.addStatement(
              "return $T.owned($N,$W$N,$W$T::$N,$W$S,$W$S)",
              Poet.NATIVE_BUFFER,
              Names.RESULT,
              Names.SIZE,
              call.downcalls(),
              Names.freeMethod(free),
              free,
              call.cSymbol())
          .build();
    }
    return body.addStatement(
            "return $T.borrowed($N,$W$N,$W$S)",
            Poet.NATIVE_BUFFER,
            Names.RESULT,
            Names.SIZE,
            call.cSymbol())
        .build();
  }

  @Override
  public Prose doc(ResolvedReturn r, Call call) {
    Prose.Builder text =
        ReturnConversion.cType(r).add(", {@code $L} bytes", r.size().orElseThrow().name());
    if (r.owned()) {
      text.add(
          ", owned: close it to free the C memory with {@code $L}",
          r.model().ownership().freeFunction().orElseThrow());
    } else {
      text.add(", borrowed: closing it ends the view, the C memory is not freed");
    }
    return text.add("; null for {@code NULL}").build();
  }
}
