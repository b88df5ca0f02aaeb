package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.codegen.upcall.UpcallArguments;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes what a callback type needs: the functional interface (for YAML specs; annotated interfaces
 * bring their own) and the stub holder, a nested class with the type's one upcall stub and the
 * static method C calls through it. That method finds the Java callback of the current call,
 * converts the C arguments, calls it, and turns anything it throws into the declared error value
 * (docs/callbacks.md).
 */
final class CallbackWriter {

  private final ResolvedCallback resolved;
  private final CallbackType callback;
  private final boolean releases;
  private final Optional<CodeBlock> userDataGetter;
  private Optional<Downcall> errorCall = Optional.empty();

  /**
   * A function of the library the stub calls itself.
   *
   * @param handle the expression of its downcall handle
   * @param fn the function
   */
  record Downcall(CodeBlock handle, ResolvedFunction fn) {}

  /**
   * @param releases whether some function passes this type as the destructor of its user data
   *     ({@code lifetime: release}): the stub then releases the user data after the callback
   * @param userDataGetter for a callback whose user data comes from a library call ({@code
   *     user_data_from}): the downcall handle of that function
   */
  CallbackWriter(ResolvedCallback resolved, boolean releases, Optional<CodeBlock> userDataGetter) {
    this.resolved = resolved;
    this.callback = resolved.model();
    this.releases = releases;
    this.userDataGetter = userDataGetter;
  }

  /** Sets the function of {@code on_exception_call}, which the stub calls when Java throws. */
  CallbackWriter errorCall(Optional<Downcall> call) {
    this.errorCall = call;
    return this;
  }

  // ---- the interface -------------------------------------------------------------------------

  TypeSpec writeInterface() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(callback.methodName())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(Poet.javaType(callback.returns().javaType()));
    Javadoc doc =
        Javadoc.summary(Prose.of("Called by C through $L.", Prose.code(callback.cName())));
    for (ResolvedCallback.Param p : resolved.params()) {
      method.addParameter(
          ParameterSpec.builder(Poet.javaType(p.model().javaType()), p.name()).build());
      doc.param(p.name(), UpcallArguments.of(p).doc(p));
    }
    if (!(callback.returns().javaType() instanceof JavaType.Void)) {
      doc.tag("@return", Prose.code(callback.returns().cType().canonical()));
    }
    method.addJavadoc(doc.render(2));

    List<String> prototype = Javadoc.cDeclaration(callback.prototype(), Javadoc.width(1));
    Javadoc typeDoc =
        Javadoc.specDoc(
            callback.doc(),
            Prose.of(
                "A Java implementation of the C" + " function-pointer type $L.",
                Prose.code(callback.cName())));
    typeDoc.paragraph("The C function-pointer type:").snippet("c", prototype, true);
    typeDoc.paragraph(exceptionDoc());
    return TypeSpec.interfaceBuilder(Poet.className(callback.javaClass()))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc(typeDoc.render(1))
        .addMethod(method.build())
        .build();
  }

  private Prose exceptionDoc() {
    Prose value =
        callback.onExceptionCall().isPresent()
            ? Prose.of(
                "the stub calls $L$L",
                Prose.code(callback.onExceptionCall().get().strip()),
                resolved.returnType().isVoid()
                    ? Prose.of("")
                    : Prose.of(" and C receives $L", Prose.code(errorValueText())))
            : resolved.returnType().isVoid()
                ? Prose.of("C sees a normal return")
                : Prose.of("C receives $L", Prose.code(errorValueText()));
    return Prose.of(
        "If the callback throws,$W$L, and the exception is rethrown to the Java caller"
            + " of the function the callback was passed to (or, with no caller waiting, given to the"
            + " {@link $T}).",
        value,
        Poet.CALLBACK_EXCEPTION_HANDLER);
  }

  // ---- the stub holder -----------------------------------------------------------------------

  TypeSpec writeHolder(ClassName bindingClass) {
    ClassName holder = Poet.stubHolder(bindingClass, callback.javaClass());
    ClassName iface = Poet.className(callback.javaClass());
    return TypeSpec.classBuilder(holder)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            Javadoc.summary(
                    "The one upcall stub of $L, created on first use and never"
                        + " freed (C may keep it); every call that passes a {@link $T} to C passes this stub.",
                    Prose.code(callback.cName()),
                    iface)
                .render(1))
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "restricted")
                .build())
        .addField(
            FieldSpec.builder(Poet.MEMORY_SEGMENT, Names.STUB, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                    "$T.stub($T.lookup(),$W$T.class,$W$S,$W$L)",
                    Poet.UPCALLS,
                    Poet.METHOD_HANDLES,
                    holder,
                    Names.UPCALL_METHOD,
                    descriptor())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(upcallMethod(iface))
        .addMethods(errorCallMethod().stream().toList())
        .build();
  }

  private CodeBlock descriptor() {
    List<CodeBlock> layouts = new ArrayList<>();
    for (ResolvedCallback.Param p : resolved.params()) {
      layouts.add(UpcallArguments.of(p).layout(p));
    }
    if (resolved.returnType().isVoid()) {
      return CodeBlock.of(
          "$T.ofVoid($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ",$W"));
    }
    layouts.add(0, Poet.layout(resolved.returnType()));
    return CodeBlock.of("$T.of($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ",$W"));
  }

  private MethodSpec upcallMethod(ClassName iface) {
    boolean isVoid = resolved.returnType().isVoid();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(Names.UPCALL_METHOD)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Poet.carrier(resolved.returnType()))
            .addJavadoc(
                Javadoc.summary(
                        "Called by C through {@link #$N}: finds the Java callback of"
                            + " the current call and calls it; never lets an exception reach C.",
                        Names.STUB)
                    .render(2));
    for (ResolvedCallback.Param p : resolved.params()) {
      method.addParameter(carrier(p), p.name());
    }
    String target = Names.TARGET;
    String name = callback.cName();
    CodeBlock.Builder errorReturnBuilder = CodeBlock.builder();
    if (errorCall.isPresent()) {
      errorReturnBuilder.addStatement("$N($L)", ERROR_CALL, stubArgs());
    }
    CodeBlock errorReturn =
        isVoid
            ? errorReturnBuilder.addStatement("return").build()
            : errorReturnBuilder.addStatement("return $L", errorValue()).build();
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T $N = null", Poet.UPCALL_TARGET, target);
    body.beginControlFlow("try");
    Optional<ResolvedCallback.Param> userData = resolved.userData();
    Optional<ResolvedCallback.Param> userDataFrom =
        resolved.params().stream().filter(p -> p.model().userDataFrom().isPresent()).findFirst();
    if (userData.isPresent()) {
      body.addStatement(
          "$N = $T.resolve($N,$W$S)", target, Poet.UPCALLS, userData.get().name(), name);
    } else if (userDataFrom.isPresent()) {
      body.add(
          "// C passes no user data: $L returns it.\n",
          userDataFrom.get().model().userDataFrom().get());
      body.addStatement(
          "$N = $T.resolve(($T) $L.invokeExact($N),$W$S)",
          target,
          Poet.UPCALLS,
          Poet.MEMORY_SEGMENT,
          userDataGetter.orElseThrow(),
          userDataFrom.get().name(),
          name);
    } else {
      body.addStatement("$N = $T.current($T.class,$W$S)", target, Poet.UPCALLS, iface, name);
    }
    body.beginControlFlow("if ($N.failed())", target);
    body.add("// It threw earlier in this call: C is unwinding, Java is not called again.\n");
    body.add(errorReturn);
    body.endControlFlow();
    if (releases) {
      body.addStatement("$T $N = $N.callback($T.class)", iface, Names.CALLBACK, target, iface);
    } else {
      body.addStatement(
          "$T $N = $N.requireCallback($T.class,$W$S)", iface, Names.CALLBACK, target, iface, name);
    }
    List<CodeBlock> args = new ArrayList<>();
    for (ResolvedCallback.Param p : resolved.params()) {
      args.add(UpcallArguments.of(p).convert(p, resolved));
    }
    CodeBlock call =
        CodeBlock.of(
            "$N.$N($L)", Names.CALLBACK, callback.methodName(), CodeBlock.join(args, ",$W"));
    boolean scoped = resolved.params().stream().anyMatch(p -> UpcallArguments.of(p).scoped());
    if (scoped) {
      body.add("// Struct memory C passed is usable only until the callback returns.\n");
      body.beginControlFlow(
          "try ($T $N = $T.ofConfined())", Poet.ARENA, Names.UPCALL_SCOPE, Poet.ARENA);
    }
    if (releases) {
      // A destructor: the Java callback is optional, the release is not.
      body.beginControlFlow("if ($N != null)", Names.CALLBACK);
      body.addStatement("$L", call);
      body.endControlFlow();
    } else if (isVoid) {
      body.addStatement("$L", call);
    } else {
      body.addStatement("return $L", toCarrier(call));
    }
    if (scoped) {
      body.endControlFlow();
    }
    body.nextControlFlow("catch ($T t$$)", Throwable.class);
    body.addStatement("$T.failed($N,$W$S, t$$)", Poet.UPCALLS, target, name);
    if (!isVoid) {
      body.add(errorReturn);
    } else if (errorCall.isPresent()) {
      body.addStatement("$N($L)", ERROR_CALL, stubArgs());
    }
    if (releases) {
      body.nextControlFlow("finally");
      body.add("// C dropped the user data: release it (a second call finds no live handle).\n");
      body.addStatement("$T.released($N,$W$T.class)", Poet.UPCALLS, target, iface);
    }
    body.endControlFlow();
    return method.addCode(body.build()).build();
  }

  private static final String ERROR_CALL = "onException";

  /** The stub's parameter type: a struct by value arrives as a segment of its layout. */
  private static TypeName carrier(ResolvedCallback.Param p) {
    return p.struct().isPresent() && !p.isStructPointer()
        ? Poet.MEMORY_SEGMENT
        : Poet.carrier(p.cType());
  }

  private CodeBlock stubArgs() {
    return CodeBlock.join(
        resolved.params().stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
  }

  /**
   * The method that makes the {@code on_exception_call} call, so C learns of the failure; what it
   * throws goes to the exception handler (the callback's own exception is already on its way).
   */
  private Optional<MethodSpec> errorCallMethod() {
    if (errorCall.isEmpty()) {
      return Optional.empty();
    }
    CallbackType.ErrorCall call = callback.errorCall().orElseThrow();
    ResolvedFunction fn = errorCall.get().fn();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(ERROR_CALL)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc(
                Javadoc.summary(
                        "Tells C that the callback failed: $L.",
                        Prose.code(callback.onExceptionCall().orElseThrow()))
                    .render(2));
    for (ResolvedCallback.Param p : resolved.params()) {
      method.addParameter(carrier(p), p.name());
    }
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < call.args().size(); i++) {
      String arg = call.args().get(i);
      boolean isParam = resolved.params().stream().anyMatch(p -> p.name().equals(arg));
      if (isParam) {
        args.add(CodeBlock.of("$N", arg));
      } else {
        TypeName carrier = Poet.carrier(fn.params().get(i).cType());
        long value = Long.decode(arg);
        if (carrier.equals(TypeName.INT)) {
          args.add(CodeBlock.of("$L", (int) value));
        } else if (carrier.equals(TypeName.LONG)) {
          args.add(CodeBlock.of("$LL", value));
        } else {
          args.add(CodeBlock.of("($T) $L", carrier, value));
        }
      }
    }
    CodeBlock body =
        CodeBlock.builder()
            .beginControlFlow("try")
            .addStatement(
                "$L.invokeExact($L)", errorCall.get().handle(), CodeBlock.join(args, ", "))
            .nextControlFlow("catch ($T c$$)", Throwable.class)
            .addStatement("$T.failed(null,$W$S, c$$)", Poet.UPCALLS, callback.cName())
            .endControlFlow()
            .build();
    return Optional.of(method.addCode(body).build());
  }

  private CodeBlock toCarrier(CodeBlock value) {
    CTypes.Scalar sc = resolved.returnScalar().orElseThrow();
    JavaType.Primitive java = ((JavaType.Scalar) callback.returns().javaType()).primitive();
    return sc.carrier() == java
        ? value
        : CodeBlock.of("($T) $L", Poet.primitive(sc.carrier()), value);
  }

  /**
   * The declared error value as a Java literal of the carrier type (0, false or 0.0 by default).
   */
  private CodeBlock errorValue() {
    CTypes.Scalar sc = resolved.returnScalar().orElseThrow();
    String text = callback.onException().map(String::strip).orElse(null);
    return switch (sc.carrier()) {
      case BOOLEAN -> CodeBlock.of("$L", text == null ? "false" : text);
      case FLOAT -> CodeBlock.of("$Lf", text == null ? 0.0f : Float.parseFloat(text));
      case DOUBLE -> CodeBlock.of("$L", text == null ? 0.0 : Double.parseDouble(text));
      case LONG -> CodeBlock.of("$LL", text == null ? 0 : Long.decode(text));
      case INT -> CodeBlock.of("$L", text == null ? 0 : (int) (long) Long.decode(text));
      case SHORT ->
          CodeBlock.of("($T) $L", short.class, text == null ? 0 : (short) (long) Long.decode(text));
      case BYTE ->
          CodeBlock.of("($T) $L", byte.class, text == null ? 0 : (byte) (long) Long.decode(text));
      case CHAR -> throw new IllegalStateException("no C type is carried by char");
    };
  }

  private String errorValueText() {
    return callback
        .onException()
        .map(String::strip)
        .orElse(
            resolved
                .returnScalar()
                .map(s -> s.carrier() == JavaType.Primitive.BOOLEAN ? "false" : "0")
                .orElse("0"));
  }
}
