package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.Poet;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;

/** Pieces several marshallers share: argument checks, null guards, the common Javadoc. */
final class Guards {

  private Guards() {}

  private static final CodeBlock EMPTY = CodeBlock.builder().build();

  /** {@code Checks.notNull(p, ...)} for a reference parameter that does not accept null. */
  static CodeBlock notNull(ResolvedParam p, Call call) {
    return p.nullable()
        ? EMPTY
        : CodeBlock.builder()
            .addStatement(
                "$T.notNull($N,$W$S,$W$S)", Poet.CHECKS, p.name(), call.cSymbol(), p.name())
            .build();
  }

  /**
   * {@code Checks.bounds(...)} for a length the caller passes: at most the element count of the
   * parameter it bounds. A bound passed through a pointer (zlib's {@code uLongf* destLen}) is
   * checked by its first element.
   */
  static CodeBlock bounds(ResolvedParam p, Call call) {
    if (p.boundsOf().isEmpty()) {
      return EMPTY;
    }
    ResolvedParam target = p.boundsOf().get();
    CodeBlock value =
        p.javaType() instanceof dev.ffmbind.processor.model.JavaType.PrimitiveArray
            ? CodeBlock.of("$N[0]", p.name())
            : CodeBlock.of("$N", p.name());
    return CodeBlock.builder()
        .addStatement(
            "$T.bounds($L,$W$L,$W$S,$W$S,$W$S)",
            Poet.CHECKS,
            value,
            elementCount(target, call),
            call.cSymbol(),
            p.name(),
            target.name())
        .build();
  }

  /** The element count of an array-like parameter as a {@code long} expression (0 for null). */
  static CodeBlock elementCount(ResolvedParam target, Call call) {
    CodeBlock count = ParamMarshallers.of(target, call).elementCount(target, call);
    return target.nullable() ? CodeBlock.of("($N == null ? 0 : $L)", target.name(), count) : count;
  }

  /** One statement, run only when a nullable parameter is not null. */
  static CodeBlock ifNotNull(ResolvedParam p, CodeBlock statement) {
    return p.nullable()
        ? CodeBlock.builder().addStatement("if ($N != null) $L", p.name(), statement).build()
        : CodeBlock.builder().addStatement("$L", statement).build();
  }

  /** {@code MemorySegment p$ = value}, or {@code MemorySegment.NULL} for a null parameter. */
  static CodeBlock declareNative(ResolvedParam p, CodeBlock value) {
    String local = Names.nativeLocal(p.name());
    return p.nullable()
        ? CodeBlock.builder()
            .addStatement(
                "$T $N = $N == null$W? $T.NULL$W: $L",
                Poet.MEMORY_SEGMENT,
                local,
                p.name(),
                Poet.MEMORY_SEGMENT,
                value)
            .build()
        : CodeBlock.builder().addStatement("$T $N = $L", Poet.MEMORY_SEGMENT, local, value).build();
  }

  /** The native local of a parameter, as an argument. */
  static CodeBlock local(ResolvedParam p) {
    return CodeBlock.of("$N", Names.nativeLocal(p.name()));
  }

  /**
   * The common {@code @param} text: the C type, the bound, which way C touches the data, and
   * whether null is accepted.
   */
  static Prose.Builder paramDoc(ResolvedParam p) {
    var declared = p.model().cType();
    Prose.Builder text = Prose.builder().add("{@code $L}", declared.canonical());
    if (p.model().variadic()) {
      text.add(", the first variadic argument (C's {@code ...})");
    }
    p.model().boundsOf().ifPresent(b -> text.add(", at most the length of {@code $L}", b));
    if (p.cType().isArray()) {
      text.add(", at least $L elements", p.cType().arrayLength());
    }
    boolean pointsToData =
        declared.isPointer()
            && !(p.javaType() instanceof dev.ffmbind.processor.model.JavaType.Str)
            && !(p.javaType() instanceof dev.ffmbind.processor.model.JavaType.Handle);
    if (pointsToData) {
      text.add(
          switch (p.model().direction()) {
            case IN -> ", read by C";
            case OUT -> ", written by C";
            case INOUT -> ", read and written by C";
          });
    }
    if (p.model().ownership().owned()) {
      text.add("; receives an owned handle: close it to free the C object");
    }
    return text.add(nullableDoc(p));
  }

  /** {@code "; may be null (passed as NULL)"} for a nullable parameter. */
  static String nullableDoc(ResolvedParam p) {
    return p.nullable() ? "; may be null (passed as {@code NULL})" : "";
  }
}
