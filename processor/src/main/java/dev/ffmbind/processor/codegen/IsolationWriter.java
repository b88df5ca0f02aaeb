package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.LibraryModel;
import javax.lang.model.element.Modifier;

/**
 * The isolated path of a binding whose spec says {@code isolation: allowed} (docs/isolation.md): a
 * field holding the helper's {@code IsolatedLibrary} (null in-process), a constructor that sets it,
 * {@code load(Isolation)}, and one forwarding statement at the top of each public method. The
 * helper runs the very same class in-process, so the rest of each method is unchanged, and bindings
 * that do not opt in are generated exactly as before.
 */
final class IsolationWriter {

  static final ClassName ISOLATION = ClassName.get("dev.ffmbind.isolation", "Isolation");
  static final ClassName ISOLATED_LIBRARY =
      ClassName.get("dev.ffmbind.internal.isolation", "IsolatedLibrary");
  static final ClassName LOOKUP = ClassName.get("java.lang.invoke", "MethodHandles");

  /** The field: a name with {@code $}, which no C or Java name of a spec can take. */
  static final String FIELD = "isolated$";

  private final LibraryModel model;
  private final ClassName bindingClass;

  IsolationWriter(LibraryModel model, ClassName bindingClass) {
    this.model = model;
    this.bindingClass = bindingClass;
  }

  boolean enabled() {
    return model.isolationAllowed();
  }

  /** The field holding the helper. */
  void addField(TypeSpec.Builder type) {
    type.addField(
        FieldSpec.builder(ISOLATED_LIBRARY, FIELD, Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                Javadoc.summary(
                        "The helper process this instance forwards its calls to; null for the"
                            + " in-process instance.")
                    .render(1))
            .build());
  }

  /** The constructor of an isolated instance, from {@code load(Isolation)}. */
  MethodSpec isolatedConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ISOLATED_LIBRARY, "isolated")
        .addStatement("this.$N = isolated", FIELD)
        .build();
  }

  /** The in-process constructor: sets the field to null. */
  MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement("this.$N = null", FIELD)
        .build();
  }

  /** {@code load(Isolation)}: a helper process, or in the helper itself plain {@code load()}. */
  MethodSpec loadMethod() {
    ClassName returned = model.implementedInterface().map(Poet::className).orElse(bindingClass);
    Javadoc doc =
        Javadoc.summary(
                "Loads $L in a helper process and returns a binding whose every call runs there.",
                model.isLibc() ? Prose.of("the C library") : Prose.code(model.library()))
            .paragraph(
                Prose.of(
                    "A crash of the library in the helper (a signal, {@code abort}, {@code"
                        + " exit}, a hang past the timeout) throws a"
                        + " {@code dev.ffmbind.isolation.HelperCrashedException} in the calling"
                        + " thread instead of ending this JVM. Each call costs a round trip to the"
                        + " helper; see docs/isolation.md."))
            .tag(
                "@param", Prose.of("isolation how the helper runs: crash policy, timeout, sandbox"))
            .tag("@return", Prose.of("the binding, isolated"))
            .tag(
                "@throws",
                Prose.of(
                    "$T if the library cannot be loaded in the helper", Poet.LIBRARY_NOT_FOUND))
            .tag(
                "@throws",
                Prose.of(
                    "dev.ffmbind.isolation.HelperUnavailableException if the helper cannot"
                        + " start"));
    return MethodSpec.methodBuilder("load")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returned)
        .addParameter(ISOLATION, "isolation")
        .addJavadoc(doc.render(1))
        .addStatement(
            "$T isolated = $T.open(isolation, $T.lookup())",
            ISOLATED_LIBRARY,
            ISOLATED_LIBRARY,
            LOOKUP)
        .addStatement(
            "return isolated == null ? load() : isolated.attach(new $T(isolated))", bindingClass)
        .build();
  }

  /**
   * {@code method} with the forwarding to the helper first; private methods (destructors that
   * handle classes call in-process) are returned as they are.
   */
  MethodSpec forward(MethodSpec method) {
    if (!method.modifiers().contains(Modifier.PUBLIC)
        || method.modifiers().contains(Modifier.STATIC)) {
      return method;
    }
    CodeBlock args =
        method.parameters().isEmpty()
            ? CodeBlock.of("new Object[0]")
            : CodeBlock.of(
                "new Object[] {$L}",
                method.parameters().stream()
                    .map(p -> CodeBlock.of("$N", p))
                    .collect(CodeBlock.joining(", ")));
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("if ($N != null)", FIELD);
    if (method.returnType().equals(TypeName.VOID)) {
      code.addStatement("$N.call($S,$W$L)", FIELD, method.name(), args);
      code.addStatement("return");
    } else {
      code.addStatement("return $N.call($S,$W$L)", FIELD, method.name(), args);
    }
    code.endControlFlow();
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(method.name())
            .addJavadoc(method.javadoc())
            .addAnnotations(method.annotations())
            .addModifiers(method.modifiers())
            .addTypeVariables(method.typeVariables())
            .returns(method.returnType())
            .addParameters(method.parameters())
            .varargs(method.varargs())
            .addExceptions(method.exceptions())
            .addCode(code.build())
            .addCode(method.code());
    return b.build();
  }
}
