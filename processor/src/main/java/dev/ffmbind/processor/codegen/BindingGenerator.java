package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.binding.ResolvedCallback;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.ResolvedHandleType;
import dev.ffmbind.processor.binding.ResolvedLibrary;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.errors.ErrorConventions;
import dev.ffmbind.processor.codegen.text.Escapes;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StatusTableModel;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders a validated {@link LibraryModel} as one Java source file: the binding class with its
 * {@code load()} method, the holder of linked method handles (split into lazily linked parts when
 * there are many: {@link HandleHolders}), one method per C function, and nested handle and
 * status-exception classes. The only class (with its helpers in this package) that writes Java.
 */
public final class BindingGenerator {

  /** The processor named in {@code @Generated}. */
  public static final String PROCESSOR = "dev.ffmbind.processor.FfmbindProcessor";

  /** Up to this many required symbols, {@code SYMBOLS} is a plain {@code List.of(...)}. */
  private static final int SYMBOLS_IN_LIST = 256;

  /** Bytes of names per string constant of a long symbol list: below the 65 535 allowed. */
  private static final int SYMBOL_CONSTANT_BYTES = 60_000;

  /** Characters per source line of a long symbol list. */
  private static final int SYMBOL_LINE_CHARS = 80;

  private static final TypeName STRING_LIST =
      ParameterizedTypeName.get(Poet.LIST, ClassName.get(String.class));

  private final ResolvedLibrary resolved;
  private final LibraryModel model;
  private final ClassName bindingClass;
  private final ClassName downcalls;
  private final HandleHolders holders;
  private final String source;

  private BindingGenerator(ResolvedLibrary resolved, String source) {
    this.resolved = resolved;
    this.model = resolved.model();
    this.bindingClass = Poet.className(model.bindingClass());
    this.downcalls = bindingClass.nestedClass(Names.DOWNCALLS);
    this.holders = HandleHolders.of(downcalls, resolved.functions());
    this.source = source;
  }

  /**
   * Generates the source files of a binding.
   *
   * @param binding a model the validator passed without errors, resolved
   * @param source what the binding came from, for {@code @Generated} ({@code sqlite3.yaml}, {@code
   *     com.example.Libc})
   */
  public static List<JavaFile> generate(ResolvedLibrary binding, String source) {
    return List.of(new BindingGenerator(binding, source).writeBindingFile());
  }

  private JavaFile writeBindingFile() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(bindingClass)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(classJavadoc())
            .addAnnotation(
                AnnotationSpec.builder(Poet.GENERATED)
                    .addMember("value", "$S", PROCESSOR)
                    .addMember("comments", "$L", Escapes.stringLiteral("from " + source))
                    .build())
            .addAnnotation(
                AnnotationSpec.builder(Poet.GENERATED_BINDING)
                    .addMember("source", "$L", Escapes.stringLiteral(source))
                    .build());
    model.implementedInterface().ifPresent(i -> type.addSuperinterface(Poet.className(i)));

    addLinkageConstants(type);
    DeclarationWriter.addTo(type, model);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(loadMethod());
    boolean overrides = model.implementedInterface().isPresent();
    for (ResolvedFunction fn : resolved.functions()) {
      type.addMethod(new FunctionWriter(fn, downcalls, holders.holderOf(fn), overrides).write());
      if (fn.model().optional()) {
        type.addMethod(availabilityMethod(fn.model()));
      }
    }
    for (ResolvedFunction destructor : resolved.destructorMethods()) {
      ClassName holder = holders.holderOf(destructor);
      type.addMethod(new FunctionWriter(destructor, downcalls, holder, overrides).write());
    }
    for (String charset : resolved.charsetFields()) {
      type.addField(
          FieldSpec.builder(
                  Charset.class,
                  Names.charsetField(charset),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.forName($L)", Charset.class, Escapes.stringLiteral(charset))
              .build());
    }
    type.addType(downcallsClass());
    for (ResolvedHandleType handle : resolved.handleTypes()) {
      if (handle.type().generated()) {
        type.addType(HandleClassWriter.write(handle.type(), handle.destructorFunction()));
      }
    }
    for (StatusTableModel table : model.statusTables()) {
      type.addType(StatusExceptionWriter.write(table));
    }
    for (ResolvedCallback callback : resolved.callbacks()) {
      CallbackWriter writer = new CallbackWriter(callback);
      if (callback.model().generated()) {
        type.addType(writer.writeInterface());
      }
      type.addType(writer.writeHolder(bindingClass));
    }
    return JavaFile.builder(bindingClass.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent(Javadoc.INDENT)
        .addFileComment(
            "Generated by ffmbind from $L.\nDo not edit: change the source and rebuild.",
            Escapes.lineComment(source))
        .build();
  }

  private CodeBlock classJavadoc() {
    Prose about =
        Prose.of(
            "FFM bindings to $L, generated by ffmbind from $L. Obtain an instance"
                + " with {@link #load()}; instances are stateless and thread-safe.",
            libraryDescription(),
            source);
    Javadoc doc = Javadoc.specDoc(model.doc(), about);
    if (!model.doc().isBlank()) {
      doc.paragraph(about);
    }
    return doc.render(0);
  }

  private Prose libraryDescription() {
    return model.isLibc() ? Prose.of("the C library") : Prose.code(model.library());
  }

  // ---- loading -------------------------------------------------------------------------------

  private void addLinkageConstants(TypeSpec.Builder type) {
    type.addField(
        FieldSpec.builder(
                String.class, "LIBRARY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", Escapes.stringLiteral(model.library()))
            .build());
    if (!model.alternatives().isEmpty()) {
      type.addField(
          FieldSpec.builder(
                  STRING_LIST, "ALTERNATIVES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.of($L)", Poet.LIST, strings(model.alternatives()))
              .build());
    }
    type.addField(
        FieldSpec.builder(STRING_LIST, "SYMBOLS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                Javadoc.summary(
                        "Every symbol this binding needs from the library, checked"
                            + " together by {@link #load()}.")
                    .render(1))
            .initializer(symbolList(resolved.requiredSymbols()))
            .build());
  }

  /** {@code ALTERNATIVES}, or {@code List.of()} for a binding without alternatives. */
  private CodeBlock alternatives() {
    return model.alternatives().isEmpty()
        ? CodeBlock.of("$T.of()", Poet.LIST)
        : CodeBlock.of("ALTERNATIVES");
  }

  /** {@code Libraries.load(LIBRARY, ALTERNATIVES, Binding.class.getName())}. */
  private CodeBlock loadLibrary() {
    return CodeBlock.of(
        "$T.load(LIBRARY,$W$L,$W$L)", Poet.LIBRARIES, alternatives(), bindingName());
  }

  /** The binding's name, for messages: {@code Binding.class.getName()}. */
  private CodeBlock bindingName() {
    return CodeBlock.of("$T.class.getName()", bindingClass);
  }

  /**
   * {@code List.of("a", "b")}; for more than {@value #SYMBOLS_IN_LIST} symbols {@code
   * Libraries.symbolList("a b ...", ...)}: names separated by single spaces, in strings that each
   * stay below the 65 535-byte limit of a constant (a longer name is one constant on its own), so
   * the initializer stays a few instructions long.
   */
  private static CodeBlock symbolList(List<String> symbols) {
    if (symbols.size() <= SYMBOLS_IN_LIST) {
      return CodeBlock.of("$T.of($L)", Poet.LIST, strings(symbols));
    }
    List<List<String>> constants = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int bytes = 0;
    for (String symbol : symbols) {
      // Symbols are C identifiers (validated), so a char is a byte of the class file.
      if (!current.isEmpty() && bytes + 1 + symbol.length() > SYMBOL_CONSTANT_BYTES) {
        constants.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      bytes += (current.isEmpty() ? 0 : 1) + symbol.length();
      current.add(symbol);
    }
    constants.add(current);
    return CodeBlock.builder()
        .add("$T.symbolList(\n", Poet.LIBRARIES)
        .indent()
        .indent()
        .add(
            CodeBlock.join(
                constants.stream().map(BindingGenerator::spaceSeparated).toList(), ",\n"))
        .unindent()
        .unindent()
        .add(")")
        .build();
  }

  /** {@code "a b c "\n+ "d e"}: names joined by spaces, as lines of a string concatenation. */
  private static CodeBlock spaceSeparated(List<String> names) {
    List<CodeBlock> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String name : names) {
      if (!line.isEmpty() && line.length() + name.length() > SYMBOL_LINE_CHARS) {
        lines.add(CodeBlock.of("$S", line.append(' ')));
        line.setLength(0);
      } else if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(name);
    }
    lines.add(CodeBlock.of("$S", line));
    return CodeBlock.join(lines, "\n+ ");
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> Escapes.stringLiteral(v)).toList(), ",$W");
  }

  /** {@code boolean hasX()} for an optional function {@code x}. */
  private MethodSpec availabilityMethod(FunctionModel fn) {
    return MethodSpec.methodBuilder(Names.availabilityMethod(fn.javaName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc(
            Javadoc.summary(
                    "Whether the library has $L, the optional symbol {@link #$N}"
                        + " calls; without it that method throws {@link $T}.",
                    Prose.code(fn.cSymbol()),
                    fn.javaName(),
                    Poet.SYMBOL_UNAVAILABLE)
                .tag("@return", Prose.of("whether {@code $N} is available", fn.javaName()))
                .render(1))
        .addStatement(
            "return $T.has($T.LOOKUP, LIBRARY,$W$S)", Poet.LIBRARIES, downcalls, fn.cSymbol())
        .build();
  }

  private MethodSpec loadMethod() {
    ClassName returned = model.implementedInterface().map(Poet::className).orElse(bindingClass);
    MethodSpec.Builder load =
        MethodSpec.methodBuilder("load")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(returned);
    Javadoc doc =
        holders.isSplit()
            ? Javadoc.summary(
                "Loads $L and checks that it has every function of this binding. The"
                    + " functions are linked in groups of up to $L, each group by the first call of one"
                    + " of its functions.",
                libraryDescription(),
                HandleHolders.MAX_HANDLES)
            : Javadoc.summary(
                "Loads $L and links every function of this binding.", libraryDescription());
    return load.addJavadoc(
            doc.paragraph(
                    "All problems are reported at once: a library that cannot be found lists"
                        + " every name and path tried, and missing symbols are listed together. Later"
                        + " calls are cheap.")
                .tag("@return", Prose.of("the binding"))
                .tag(
                    "@throws",
                    Prose.of("$T if the library cannot be loaded", Poet.LIBRARY_NOT_FOUND))
                .tag(
                    "@throws",
                    Prose.of("$T if the library lacks any of the functions", Poet.MISSING_SYMBOLS))
                .render(1))
        .addStatement("$T lookup = $L", Poet.SYMBOL_LOOKUP, loadLibrary())
        .addStatement(
            "$T.requireSymbols(lookup, LIBRARY,$W$L, SYMBOLS)", Poet.LIBRARIES, bindingName())
        .addComment(
            "Only now is it safe to link: the $L cannot fail any more.",
            holders.isSplit() ? "holders' initializers" : "holder's initializer")
        .addStatement("return $T.INSTANCE", downcalls)
        .build();
  }

  // ---- the method handles --------------------------------------------------------------------

  private TypeSpec downcallsClass() {
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(downcalls)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                Javadoc.summary(
                        holders.isSplit()
                            ? "The linker, the library, and the parts that keep linked method handles in"
                                + " {@code static final} fields, so the JIT can inline the calls."
                            : "Linked method handles in {@code static final} fields, so the JIT can inline"
                                + " the calls.")
                    .paragraph("Initialized by the first successful {@link #load()}.")
                    .render(1))
            // Linking is a restricted operation; users grant it with --enable-native-access.
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "restricted")
                    .build());
    holder.addField(
        FieldSpec.builder(bindingClass, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", bindingClass)
            .build());
    holder.addField(
        FieldSpec.builder(Poet.LINKER, "LINKER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.nativeLinker()", Poet.LINKER)
            .build());
    holder.addField(
        FieldSpec.builder(
                Poet.SYMBOL_LOOKUP, "LOOKUP", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(loadLibrary())
            .build());
    if (holders.isSplit()) {
      List<List<ResolvedFunction>> parts = holders.parts();
      for (int i = 0; i < parts.size(); i++) {
        holder.addType(partClass(holders.part(i), parts.get(i)));
      }
    } else {
      addHandles(holder, resolved.functions(), 2);
    }
    for (String free : resolved.freeFunctions()) {
      String field = Names.freeField(free);
      CodeBlock lookup =
          ResolvedLibrary.isLibcFree(free)
              ? CodeBlock.of("LINKER.defaultLookup()")
              : CodeBlock.of("LOOKUP");
      holder.addField(
          FieldSpec.builder(
                  Poet.METHOD_HANDLE, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  Javadoc.summary(
                          "The downcall of $L, which frees what the library hands" + " over.",
                          Prose.code("void " + free + "(void*)"))
                      .render(2))
              .initializer(
                  "LINKER.downcallHandle($Z$L.findOrThrow($S),$W$T.ofVoid($T.ADDRESS))",
                  lookup,
                  free,
                  Poet.FUNCTION_DESCRIPTOR,
                  Poet.VALUE_LAYOUT)
              .build());
      holder.addMethod(
          MethodSpec.methodBuilder(Names.freeMethod(free))
              .addModifiers(Modifier.STATIC)
              .addParameter(Poet.MEMORY_SEGMENT, "pointer")
              .beginControlFlow("try")
              .addStatement("$L.invokeExact(pointer)", field)
              .nextControlFlow("catch ($T | $T e$$)", RuntimeException.class, Error.class)
              .addStatement("throw e$$")
              .nextControlFlow("catch ($T t$$)", Throwable.class)
              .addStatement(
                  "throw new $T($S, t$$)",
                  AssertionError.class,
                  "a downcall threw a checked exception")
              .endControlFlow()
              .build());
    }
    holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return holder.build();
  }

  /** One part of the handles of a large binding, linked when one of them is first used. */
  private TypeSpec partClass(ClassName name, List<ResolvedFunction> functions) {
    TypeSpec.Builder part =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                Javadoc.summary(
                        "The handles of $L to $L, linked by the first call of one" + " of them.",
                        Prose.code(functions.getFirst().cSymbol()),
                        Prose.code(functions.getLast().cSymbol()))
                    .render(2));
    addHandles(part, functions, 3);
    part.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return part.build();
  }

  /** The handle fields of functions, in a class whose members are at an indentation depth. */
  private void addHandles(TypeSpec.Builder holder, List<ResolvedFunction> functions, int depth) {
    for (ResolvedFunction fn : functions) {
      holder.addField(
          FieldSpec.builder(
                  Poet.METHOD_HANDLE,
                  Names.handleField(fn.javaName()),
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  Javadoc.summary("The downcall of $L.", Prose.code(fn.cSymbol()))
                      .snippet(
                          "c",
                          Javadoc.cDeclaration(fn.model().prototype(), Javadoc.width(depth)),
                          false)
                      .render(depth))
              .initializer(downcallHandle(fn))
              .build());
    }
  }

  private CodeBlock downcallHandle(ResolvedFunction resolvedFn) {
    FunctionModel fn = resolvedFn.model();
    List<CodeBlock> layouts = new ArrayList<>();
    for (ResolvedParam p : resolvedFn.params()) {
      // A callback is a function pointer: its C type name is the callback type's.
      layouts.add(
          p.javaType() instanceof JavaType.Callback
              ? CodeBlock.of("$T.ADDRESS", Poet.VALUE_LAYOUT)
              : Poet.layout(p.cType()));
    }
    CTypeExpr ret = resolvedFn.returns().cType();
    CodeBlock descriptor =
        ret.isVoid()
            ? CodeBlock.of(
                "$T.ofVoid($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ",$W"))
            : CodeBlock.of(
                "$T.of($L)",
                Poet.FUNCTION_DESCRIPTOR,
                CodeBlock.join(prepend(Poet.layout(ret), layouts), ",$W"));
    List<CodeBlock> options = new ArrayList<>();
    if (ErrorConventions.of(resolvedFn.errorKind()).capturesErrno()) {
      options.add(CodeBlock.of("$T.CAPTURE", Poet.ERRNO));
    }
    if (fn.critical()) {
      options.add(CodeBlock.of("$T.Option.critical(true)", Poet.LINKER));
    }
    CodeBlock binding = bindingName();
    CodeBlock.Builder init = CodeBlock.builder();
    if (fn.optional()) {
      // Absent symbol: a handle of the same type that throws SymbolUnavailableException.
      init.add("$T.downcallOrUnavailable(\n", Poet.LIBRARIES)
          .indent()
          .indent()
          .add("LOOKUP, LIBRARY,$W$L,$W$S,$W$S,\n", binding, fn.baseSymbol(), fn.cSymbol());
    } else if (fn.isVersioned()) {
      init.add("LINKER.downcallHandle(\n")
          .indent()
          .indent()
          .add("$T.find(LOOKUP, LIBRARY,$W$L,$W$S),\n", Poet.LIBRARIES, binding, fn.cSymbol());
    } else {
      init.add("LINKER.downcallHandle(\n")
          .indent()
          .indent()
          .add("LOOKUP.findOrThrow($S),\n", fn.cSymbol());
    }
    init.add("$L", descriptor);
    for (CodeBlock option : options) {
      init.add(",\n$L", option);
    }
    return init.add(")").unindent().unindent().build();
  }

  private static List<CodeBlock> prepend(CodeBlock first, List<CodeBlock> rest) {
    List<CodeBlock> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
