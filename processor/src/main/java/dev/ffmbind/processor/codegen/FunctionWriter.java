package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.errors.ErrorConvention;
import dev.ffmbind.processor.codegen.errors.ErrorConventions;
import dev.ffmbind.processor.codegen.marshal.Call;
import dev.ffmbind.processor.codegen.marshal.ParamMarshaller;
import dev.ffmbind.processor.codegen.marshal.ParamMarshallers;
import dev.ffmbind.processor.codegen.marshal.ReturnConversion;
import dev.ffmbind.processor.codegen.marshal.ReturnConversions;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.HeadersModel;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Renders the method of one resolved C function: argument checks, marshalling into per-call scratch
 * memory, the {@code invokeExact} downcall, copy-back of out-data, the error convention, and
 * conversion of the result. It decides nothing: each parameter's {@link ParamMarshaller}, the
 * {@link ReturnConversion} and the {@link ErrorConvention} supply the parts, and {@link #write()}
 * puts them in that order.
 */
final class FunctionWriter {

  /** Methods are members of the top-level binding class. */
  private static final int DEPTH = 1;

  private final ResolvedFunction fn;
  private final Call call;
  private final ClassName handles;
  private final boolean overrides;
  private final Optional<UpcallDispatch> upcall;
  private final ErrorConvention errors;
  private final ReturnConversion result;

  /**
   * @param fn a public method, or the private destructor method of an owned handle type
   * @param downcalls the binding's {@code Downcalls} class
   * @param handles the class whose static field holds the function's handle: {@code downcalls} or,
   *     in a large binding, one of its parts
   * @param overrides whether the binding class implements an annotated interface
   */
  private Optional<HeadersModel.Quote> headerQuote = Optional.empty();

  /** Quotes the header's declaration in the Javadoc (the spec names headers the check read). */
  FunctionWriter quoting(Optional<HeadersModel.Quote> quote) {
    this.headerQuote = quote;
    return this;
  }

  FunctionWriter(ResolvedFunction fn, ClassName downcalls, ClassName handles, boolean overrides) {
    this.fn = fn;
    this.handles = handles;
    this.call = new Call(fn, downcalls);
    this.overrides = overrides && !fn.isDestructorMethod();
    this.upcall = Optional.of(new UpcallDispatch(fn)).filter(UpcallDispatch::present);
    this.errors = ErrorConventions.of(fn.errorKind());
    this.result = ReturnConversions.of(fn.returns(), call);
  }

  private ParamMarshaller marshaller(ResolvedParam p) {
    return ParamMarshallers.of(p, call);
  }

  MethodSpec write() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(methodName())
            .addModifiers(fn.isDestructorMethod() ? Modifier.PRIVATE : Modifier.PUBLIC)
            .returns(result.javaType(fn.returns(), call));
    if (overrides) {
      method.addAnnotation(Override.class);
      // Deprecated as the interface method is: an override that is not would warn.
      switch (fn.model().deprecation()) {
        case NONE -> {}
        case DEPRECATED -> method.addAnnotation(Deprecated.class);
        case FOR_REMOVAL ->
            method
                .addAnnotation(
                    AnnotationSpec.builder(Deprecated.class)
                        .addMember("forRemoval", "true")
                        .build())
                .addAnnotation(
                    AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "removal")
                        .build());
      }
    }
    method.addJavadoc(fn.isDestructorMethod() ? destructorJavadoc() : javadoc());
    for (ResolvedParam p : fn.params()) {
      if (p.isInJavaSignature()) {
        method.addParameter(ParameterSpec.builder(Poet.javaType(p.javaType()), p.name()).build());
      }
    }
    CodeBlock.Builder body = CodeBlock.builder();
    if (fn.model().blocking() && !fn.isDestructorMethod()) {
      body.add(handOff());
    }
    addArgumentChecks(body);
    addOwnedHandleClose(body);
    upcall.ifPresent(u -> body.add(u.before()));
    body.add(tryWithResources());
    if (errors.capturesErrno()) {
      body.addStatement(
          "$T $N = $T.captureSegment()", Poet.MEMORY_SEGMENT, Names.ERRNO, Poet.ERRNO);
    }
    addMarshalling(body);
    CodeBlock.Builder after = CodeBlock.builder();
    if (fn.closesHandleCallbacks()) {
      // The handle is gone: what was set on it is released, a late call from C is reported.
      after.addStatement("$T.closeHandle($L)", Poet.UPCALLS, destroyedHandle());
    }
    CodeBlock failureCheck = errors.failureCheck(call);
    CodeBlock.Builder copyBack = CodeBlock.builder();
    for (ResolvedParam p : fn.params()) {
      if (upcall.isPresent() && marshaller(p).copyBackReleases(p)) {
        // Frees what C allocated: runs even when a callback threw, before that is rethrown.
        after.add(marshaller(p).copyBack(p, call));
      } else {
        copyBack.add(marshaller(p).copyBack(p, call));
      }
    }
    upcall.ifPresent(u -> after.add(u.rethrow(failureCheck, copyBack.build())));
    after.add(copyBack.build());
    if (upcall.filter(u -> u.checksFailure(failureCheck)).isEmpty()) {
      after.add(failureCheck);
    }
    // Handles come back only from a call that succeeded: a failed call may leave garbage there.
    fn.params().forEach(p -> after.add(marshaller(p).publish(p, call)));
    if (after.isEmpty() && !fn.model().retryOnEintr() && result.returnsResultAsIs(fn.returns())) {
      // Nothing to do between the call and the return: return what C returned, no local.
      TypeName carrier = Poet.carrier(fn.returns().javaType(), fn.returns().cType());
      body.addStatement(
          "return ($T) $T.$N.invokeExact($Z$L)",
          carrier,
          handles,
          Names.handleField(fn.javaName()),
          invokeArguments());
    } else {
      addInvoke(body);
      body.add(after.build());
      body.add(result.convert(fn.returns(), call));
    }
    addCatchClauses(body);
    return method.addCode(body.build()).build();
  }

  private String methodName() {
    return fn.destroying()
        .map(t -> Names.destroyMethod(t.type().javaClass().simpleName()))
        .orElse(fn.javaName());
  }

  // ---- before the call -----------------------------------------------------------------------

  /**
   * A blocking function called from a virtual thread runs this whole method again on a platform
   * thread ({@code BlockingCalls}), where the check is false, so that marshalling, errno, callbacks
   * and their exceptions all stay on the thread that calls C.
   */
  private CodeBlock handOff() {
    CodeBlock args =
        CodeBlock.join(
            fn.params().stream()
                .filter(ResolvedParam::isInJavaSignature)
                .map(p -> CodeBlock.of("$N", p.name()))
                .toList(),
            ",$W");
    CodeBlock.Builder block =
        CodeBlock.builder().beginControlFlow("if ($T.handsOff())", Poet.BLOCKING_CALLS);
    block.add(
        "// Blocking: a platform thread calls C while this virtual thread frees its carrier.\n");
    if (result.javaType(fn.returns(), call).equals(TypeName.VOID)) {
      block.addStatement("$T.run(() -> $N($L))", Poet.BLOCKING_CALLS, methodName(), args);
      block.addStatement("return");
    } else {
      block.addStatement("return $T.call(() -> $N($L))", Poet.BLOCKING_CALLS, methodName(), args);
    }
    return block.endControlFlow().build();
  }

  private void addArgumentChecks(CodeBlock.Builder body) {
    if (fn.isDestructorMethod()) {
      return; // a handle's pointer, never NULL
    }
    for (ResolvedParam p : fn.params()) {
      if (p.isInJavaSignature()) {
        body.add(marshaller(p).check(p, call));
      }
    }
  }

  /**
   * The declared destructor of a type, called with an owned handle, closes the handle: its {@code
   * close()} runs this function exactly once (checked as below, in the destructor method), and a
   * later {@code close()} does nothing, so C never frees it twice.
   */
  private void addOwnedHandleClose(CodeBlock.Builder body) {
    if (fn.ownedClose().isEmpty()) {
      return;
    }
    ResolvedParam handle = fn.ownedClose().get().handle();
    String name = handle.name();
    body.beginControlFlow(
        "if ($L)",
        handle.nullable()
            ? CodeBlock.of("$N != null && $N.ownsNativeObject()", name, name)
            : CodeBlock.of("$N.ownsNativeObject()", name));
    body.add(
        "// Owned: its close() calls $L exactly once; a closed handle is rejected.\n",
        fn.cSymbol());
    body.addStatement("$N.segmentFor($S,$W$S)", name, fn.cSymbol(), name);
    body.addStatement("$N.close()", name);
    // What a destructor function that succeeded returns: the first success code, or 0.
    body.add(result.returnConstant(fn.returns(), errors.successValue(call)));
    body.endControlFlow();
  }

  /** {@code try (scratch; callback dispatch) {}}, with only the resources the call needs. */
  private CodeBlock tryWithResources() {
    List<CodeBlock> resources = new ArrayList<>();
    if (fn.params().stream().anyMatch(p -> marshaller(p).needsScratch(p, call))
        || returnsStructByValue()) {
      resources.add(CodeBlock.of("$T $N = $T.enter()", Poet.SCRATCH, Names.SCRATCH, Poet.SCRATCH));
    }
    upcall.ifPresent(u -> resources.addAll(u.resources()));
    CodeBlock.Builder block = CodeBlock.builder();
    if (resources.isEmpty()) {
      return block.beginControlFlow("try").build();
    }
    // Every resource after the first goes on its own line, aligned under the first.
    return block
        .beginControlFlow(
            "try ($L" + ";\n$>$>$L$<$<".repeat(resources.size() - 1) + ")", resources.toArray())
        .build();
  }

  /** Prepares every parameter (those others depend on first). */
  private void addMarshalling(CodeBlock.Builder body) {
    for (ResolvedParam p : fn.params()) {
      if (marshaller(p).preparedFirst(p)) {
        body.add(marshaller(p).prepare(p, call));
      }
    }
    for (ResolvedParam p : fn.params()) {
      if (!marshaller(p).preparedFirst(p)) {
        body.add(marshaller(p).prepare(p, call));
      }
    }
  }

  /**
   * The pointer of the handle a destructor destroyed: the raw parameter of the private destructor
   * method, or the handle parameter of the public one (a borrowed handle; an owned one returned
   * before the call, closed through the private method).
   */
  private CodeBlock destroyedHandle() {
    if (fn.isDestructorMethod()) {
      return CodeBlock.of("$N", fn.params().get(0).name());
    }
    ResolvedParam handle = fn.ownedClose().orElseThrow().handle();
    return marshaller(handle).pass(handle, call);
  }

  // ---- the call ------------------------------------------------------------------------------

  /** The arguments of {@code invokeExact}: the errno capture segment first, where there is one. */
  private CodeBlock invokeArguments() {
    List<CodeBlock> argList = new ArrayList<>();
    if (errors.capturesErrno()) {
      argList.add(CodeBlock.of("$N", Names.ERRNO));
    }
    fn.params().forEach(p -> argList.add(marshaller(p).pass(p, call)));
    if (returnsStructByValue()) {
      // A struct result is written into memory from the allocator the handle takes first.
      argList.add(0, CodeBlock.of("($T) $N", SEGMENT_ALLOCATOR, Names.SCRATCH));
    }
    return CodeBlock.join(argList, ",$W");
  }

  private static final ClassName SEGMENT_ALLOCATOR =
      ClassName.get("java.lang.foreign", "SegmentAllocator");

  private boolean returnsStructByValue() {
    return Poet.isStructByValue(fn.returns().javaType(), fn.returns().cType());
  }

  private void addInvoke(CodeBlock.Builder body) {
    CodeBlock args = invokeArguments();
    TypeName carrier = Poet.carrier(fn.returns().javaType(), fn.returns().cType());
    ClassName downcalls = handles;
    String handle = Names.handleField(fn.javaName());
    String result = Names.RESULT;
    if (fn.returns().cType().isVoid()) {
      body.addStatement("$T.$N.invokeExact($Z$L)", downcalls, handle, args);
    } else if (!fn.model().retryOnEintr()) {
      body.addStatement(
          "$T $N = ($T) $T.$N.invokeExact($Z$L)",
          carrier,
          result,
          carrier,
          downcalls,
          handle,
          args);
    } else {
      // Repeat while a signal interrupted the call; anything else falls through to the error check.
      body.addStatement("$T $N", carrier, result);
      body.beginControlFlow("do");
      body.addStatement(
          "$N = ($T) $T.$N.invokeExact($Z$L)", result, carrier, downcalls, handle, args);
      body.unindent().add("} while ($L);\n", errors.interrupted(call));
    }
  }

  /**
   * One clause: {@code invokeExact} declares {@code Throwable}, and {@link Poet#UNCHECKED} rethrows
   * what is unchecked (all a downcall or the stub throws) and wraps anything else.
   */
  private void addCatchClauses(CodeBlock.Builder body) {
    body.nextControlFlow("catch ($T t$$)", Throwable.class);
    upcall.ifPresent(u -> body.add(u.closeOnFailure()));
    body.addStatement("throw $T.rethrow(t$$)", Poet.UNCHECKED);
    body.endControlFlow();
  }

  // ---- javadoc -------------------------------------------------------------------------------

  private CodeBlock javadoc() {
    Javadoc doc =
        Javadoc.specDoc(fn.model().doc(), Prose.of("Calls $L.", Prose.code(fn.cSymbol())));
    List<String> prototype = Javadoc.cDeclaration(fn.model().prototype(), Javadoc.width(DEPTH));
    if (fn.model().doc().isBlank()) {
      doc.snippet("c", prototype, false);
    } else {
      doc.paragraph("Calls the C function:").snippet("c", prototype, true);
    }
    headerQuote.ifPresent(
        q ->
            doc.paragraph("Declared in $L (line $L) as:", Prose.code(q.file()), q.line())
                .snippet("c", Javadoc.cDeclaration(q.text(), Javadoc.width(DEPTH)), true));
    if (fn.model().isVersioned()) {
      doc.paragraph(
          "Bound to the symbol version $L (through {@code dlvsym}).", Prose.code(fn.cSymbol()));
    }
    if (fn.model().optional()) {
      doc.paragraph(
          "The symbol is optional: {@link #$N()} tells whether the library has it.",
          Names.availabilityMethod(fn.javaName()));
    }
    if (fn.model().blocking()) {
      doc.paragraph(
          "Blocking: called from a virtual thread, the call runs on a platform thread of ffmbind's"
              + " blocking pool while the virtual thread waits, so that its carrier stays free.");
    }
    fn.ownedClose()
        .map(c -> c.type().type())
        .ifPresent(
            t ->
                doc.paragraph(
                    "The destructor of {@link $T}: an owned handle is closed instead (its {@code close()}"
                        + " calls this function exactly once), so it is never freed twice.",
                    Poet.className(t.javaClass())));
    for (ResolvedParam p : fn.params()) {
      if (!p.isInJavaSignature()) {
        doc.paragraph(marshaller(p).doc(p, call));
      }
    }
    for (ResolvedParam p : fn.params()) {
      if (p.isInJavaSignature()) {
        doc.param(p.name(), marshaller(p).doc(p, call));
      }
    }
    Prose returns = result.doc(fn.returns(), call);
    if (!returns.isEmpty()) {
      doc.tag("@return", returns);
    }
    Prose throwsDoc = errors.throwsDoc(call);
    if (!throwsDoc.isEmpty()) {
      doc.tag("@throws", throwsDoc);
    }
    if (fn.model().optional()) {
      doc.tag("@throws", Prose.of("$T if the library lacks the symbol", Poet.SYMBOL_UNAVAILABLE));
    }
    return doc.render(DEPTH);
  }

  private CodeBlock destructorJavadoc() {
    Javadoc doc =
        Javadoc.summary(
                "The destructor of owned {@link $T} handles: their"
                    + " {@code close()} calls it exactly once. Calls $L on the raw pointer, with the"
                    + " error check of {@link #$N}.",
                Poet.className(fn.destroying().orElseThrow().type().javaClass()),
                Prose.code(fn.cSymbol()),
                fn.javaName())
            .param(fn.params().get(0).name(), Prose.of("the pointer of the handle being closed"));
    if (!result.doc(fn.returns(), call).isEmpty()) {
      doc.tag("@return", Prose.of("the C result"));
    }
    return doc.render(DEPTH);
  }
}
