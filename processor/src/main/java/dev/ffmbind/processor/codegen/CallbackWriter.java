package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes what a callback type needs: the functional interface (for YAML specs; annotated
 * interfaces bring their own) and the stub holder, a nested class with the type's one upcall
 * stub and the static method C calls through it. That method finds the Java callback of the
 * current call, converts the C arguments, calls it, and turns anything it throws into the
 * declared error value (docs/callbacks.md).
 */
final class CallbackWriter {

  private final LibraryModel library;
  private final CallbackType callback;
  private final Set<String> charsets;

  CallbackWriter(LibraryModel library, CallbackType callback, Set<String> charsets) {
    this.library = library;
    this.callback = callback;
    this.charsets = charsets;
  }

  private CTypeExpr expanded(CTypeExpr type) {
    return CTypes.expand(type, library.typedefs()).orElseThrow();
  }

  /** The holder class of a callback type's stub. */
  static ClassName holder(ClassName bindingClass, JavaType.Callback type) {
    return bindingClass.nestedClass(GeneratedNames.stubHolder(type.callbackClass().simpleName()));
  }

  // ---- the interface -------------------------------------------------------------------------

  TypeSpec writeInterface() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(callback.methodName())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(Poet.javaType(callback.returns().javaType()));
    CodeBlock.Builder doc = CodeBlock.builder().add("Called by C.\n");
    for (CallbackParam p : callback.params()) {
      method.addParameter(ParameterSpec.builder(Poet.javaType(p.javaType()), p.name()).build());
      doc.add("\n@param $L $L", p.name(), paramDoc(p));
    }
    if (!(callback.returns().javaType() instanceof JavaType.Void)) {
      doc.add("\n@return {@code $L}", callback.returns().cType().canonical());
    }
    method.addJavadoc(doc.add("\n").build());

    CodeBlock.Builder typeDoc = CodeBlock.builder();
    if (!callback.doc().isBlank()) {
      typeDoc.add("$L\n\n", callback.doc().strip());
    }
    typeDoc.add("<p>The C function-pointer type:\n{@snippet lang=c :\n$L\n}\n", callback.prototype());
    typeDoc.add("$L\n", exceptionDoc());
    return TypeSpec.interfaceBuilder(Poet.className(callback.javaClass()))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc(typeDoc.build())
        .addMethod(method.build())
        .build();
  }

  private String exceptionDoc() {
    String value = callback.returns().javaType() instanceof JavaType.Void
        ? "C sees a normal return" : "C receives {@code " + errorValueText() + "}";
    return "<p>If the callback throws, " + value + ", and the exception is rethrown to the Java caller of\n"
        + "the function the callback was passed to (or, with no caller waiting, given to the\n"
        + "{@link dev.ffmbind.CallbackExceptionHandler}).";
  }

  private String paramDoc(CallbackParam p) {
    String text = "{@code " + p.cType().canonical() + "}";
    return text + switch (p.javaType()) {
      case JavaType.UserData u -> ", the user data given with the callback";
      case JavaType.StringArray a -> ", {@code " + p.lengthFrom().orElseThrow() + "} strings (null for {@code NULL})";
      case JavaType.Str s -> ", copied; null for {@code NULL}";
      case JavaType.Segment s -> pointeeSize(p).isPresent() ? ", valid only during the call" : ", valid only during the call (size 0)";
      default -> "";
    };
  }

  // ---- the stub holder -----------------------------------------------------------------------

  TypeSpec writeHolder(ClassName bindingClass) {
    ClassName holder = holder(bindingClass, new JavaType.Callback(callback.javaClass(), callback.cName()));
    ClassName iface = Poet.className(callback.javaClass());
    return TypeSpec.classBuilder(holder)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The one upcall stub of {@code $L}, created on first use and never freed (C may keep it);\n",
            callback.cName())
        .addJavadoc("every call that passes a {@link $T} to C passes this stub.\n", iface)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "restricted").build())
        .addField(FieldSpec.builder(Poet.MEMORY_SEGMENT, GeneratedNames.STUB, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.stub($T.lookup(), $T.class, $S,\n$>$>$L)$<$<", Poet.UPCALLS, Poet.METHOD_HANDLES, holder,
                GeneratedNames.UPCALL_METHOD, descriptor())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(upcallMethod(iface))
        .build();
  }

  private CodeBlock descriptor() {
    List<CodeBlock> layouts = new ArrayList<>();
    for (CallbackParam p : callback.params()) {
      CTypeExpr c = expanded(p.cType());
      if (p.javaType() instanceof JavaType.Segment && pointeeSize(p).isPresent()) {
        // A sized target layout makes the linker hand over a segment of the pointee's size:
        // no reinterpret (and its access check) on every call.
        layouts.add(CodeBlock.of("$T.ADDRESS.withTargetLayout($T.$L)", Poet.VALUE_LAYOUT, Poet.VALUE_LAYOUT,
            Poet.layoutConstant(CTypes.scalar(c.base()).orElseThrow().carrier())));
      } else {
        layouts.add(Poet.layout(c));
      }
    }
    CTypeExpr ret = expanded(callback.returns().cType());
    if (ret.isVoid()) {
      return CodeBlock.of("$T.ofVoid($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ", "));
    }
    layouts.add(0, Poet.layout(ret));
    return CodeBlock.of("$T.of($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ", "));
  }

  private MethodSpec upcallMethod(ClassName iface) {
    CTypeExpr ret = expanded(callback.returns().cType());
    TypeName carrier = Poet.carrier(ret);
    MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.UPCALL_METHOD)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(carrier)
        .addJavadoc("Called by C through {@link #$L}: finds the Java callback of the current call and calls it;\n",
            GeneratedNames.STUB)
        .addJavadoc("never lets an exception reach C.\n");
    for (CallbackParam p : callback.params()) {
      method.addParameter(Poet.carrier(expanded(p.cType())), p.name());
    }
    String target = GeneratedNames.TARGET;
    String name = callback.cName();
    String errorReturn = ret.isVoid() ? "return" : "return " + errorValue(ret);
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T $L = null", Poet.UPCALL_TARGET, target);
    body.beginControlFlow("try");
    Optional<CallbackParam> userData = callback.params().stream()
        .filter(p -> p.javaType() instanceof JavaType.UserData).findFirst();
    if (userData.isPresent()) {
      body.addStatement("$L = $T.resolve($L, $S)", target, Poet.UPCALLS, userData.get().name(), name);
    } else {
      body.addStatement("$L = $T.current($T.class, $S)", target, Poet.UPCALLS, iface, name);
    }
    body.beginControlFlow("if ($L.failed())", target);
    body.add("// It threw earlier in this call: C is unwinding, Java is not called again.\n");
    body.addStatement(errorReturn);
    body.endControlFlow();
    body.addStatement("$T $L = ($T) $L.callback()", iface, GeneratedNames.CALLBACK, iface, target);
    List<CodeBlock> args = new ArrayList<>();
    for (CallbackParam p : callback.params()) {
      args.add(argument(p));
    }
    CodeBlock call = CodeBlock.of("$L.$L($L)", GeneratedNames.CALLBACK, callback.methodName(), CodeBlock.join(args, ", "));
    if (ret.isVoid()) {
      body.addStatement("$L", call);
    } else {
      body.addStatement("return $L", toCarrier(call, ret));
    }
    body.nextControlFlow("catch ($T t$$)", Throwable.class);
    body.addStatement("$T.failed($L, $S, t$$)", Poet.UPCALLS, target, name);
    if (!ret.isVoid()) {
      body.addStatement(errorReturn);
    }
    body.endControlFlow();
    return method.addCode(body.build()).build();
  }

  /** One C argument as the Java callback takes it. */
  private CodeBlock argument(CallbackParam p) {
    CTypeExpr c = expanded(p.cType());
    String name = p.name();
    return switch (p.javaType()) {
      case JavaType.UserData u -> CodeBlock.of("$L.userData()", GeneratedNames.TARGET);
      case JavaType.Str s -> CodeBlock.of("$T.decode($L, $L, $S)", Poet.NATIVE_STRINGS, name, charset(p), callback.cName());
      case JavaType.StringArray a -> {
        CallbackParam count = callback.params().stream()
            .filter(q -> q.name().equals(p.lengthFrom().orElseThrow())).findFirst().orElseThrow();
        boolean isInt = Poet.carrier(expanded(count.cType())).equals(TypeName.INT);
        yield CodeBlock.of("$T.decodeArray($L, $L, $L, $S)", Poet.NATIVE_STRINGS, name,
            isInt ? count.name() : "Math.toIntExact(" + count.name() + ")", charset(p), callback.cName());
      }
      case JavaType.Segment s -> CodeBlock.of("$L", name); // sized by the descriptor's target layout
      case JavaType.Handle h -> CodeBlock.of("$L.address() == 0 ? null : new $T($L)", name,
          Poet.className(h.handleClass()), name);
      case JavaType.Scalar s -> {
        yield Poet.widen(CodeBlock.of("$L", name), CTypes.scalar(c).orElseThrow(), s.primitive());
      }
      default -> throw new IllegalStateException("unsupported callback parameter " + p.javaType());
    };
  }

  /** For a pointer to one scalar ({@code const int*}): its size, so Java may read it. */
  private Optional<Long> pointeeSize(CallbackParam p) {
    CTypeExpr c = expanded(p.cType());
    if (c.pointers() != 1) {
      return Optional.empty();
    }
    return CTypes.scalar(c.base()).map(s -> (long) s.bytes());
  }

  private CodeBlock charset(CallbackParam p) {
    if (CTypes.isWideString(expanded(p.cType()))) {
      return CodeBlock.of("$T.WCHAR_T", Poet.NATIVE_STRINGS);
    }
    String name = p.charset().orElse(library.charset());
    if (Poet.needsCharsetField(name)) {
      charsets.add(name);
    }
    return Poet.charset(name);
  }

  private CodeBlock toCarrier(CodeBlock value, CTypeExpr ret) {
    CTypes.Scalar sc = CTypes.scalar(ret).orElseThrow();
    JavaType.Primitive java = ((JavaType.Scalar) callback.returns().javaType()).primitive();
    return sc.carrier() == java ? value : CodeBlock.of("($T) $L", Poet.primitive(sc.carrier()), value);
  }

  /** The declared error value as a Java literal of the carrier type (0, false or 0.0 by default). */
  private String errorValue(CTypeExpr ret) {
    CTypes.Scalar sc = CTypes.scalar(ret).orElseThrow();
    String text = callback.onException().map(String::strip).orElse(null);
    return switch (sc.carrier()) {
      case BOOLEAN -> text == null ? "false" : text;
      case FLOAT -> (text == null ? "0.0" : Float.toString(Float.parseFloat(text))) + "f";
      case DOUBLE -> text == null ? "0.0" : Double.toString(Double.parseDouble(text));
      case LONG -> (text == null ? 0 : Long.decode(text)) + "L";
      case INT -> Integer.toString(text == null ? 0 : (int) (long) Long.decode(text));
      case SHORT -> "(short) " + (text == null ? 0 : (short) (long) Long.decode(text));
      case BYTE -> "(byte) " + (text == null ? 0 : (byte) (long) Long.decode(text));
      case CHAR -> throw new IllegalStateException("no C type is carried by char");
    };
  }

  private String errorValueText() {
    CTypeExpr ret = expanded(callback.returns().cType());
    return callback.onException().map(String::strip).orElse(
        CTypes.scalar(ret).map(s -> s.carrier() == JavaType.Primitive.BOOLEAN ? "false" : "0").orElse("0"));
  }
}
