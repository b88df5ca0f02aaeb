package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.ResolvedLibrary;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.errors.ErrorConventions;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code Downcalls} class nested in a binding: the linker, the library's lookup, the
 * linked method handles in {@code static final} fields (in parts when {@link HandleHolders} splits
 * them), and the handles and helpers of the functions that free what the library hands over.
 */
final class DowncallsWriter {

  private final ResolvedLibrary resolved;
  private final LibraryModel model;
  private final ClassName bindingClass;
  private final HandleHolders holders;

  DowncallsWriter(ResolvedLibrary resolved, ClassName bindingClass, HandleHolders holders) {
    this.resolved = resolved;
    this.model = resolved.model();
    this.bindingClass = bindingClass;
    this.holders = holders;
  }

  TypeSpec write() {
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(holders.downcalls())
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
            .initializer(BindingClassWriter.loadLibrary(model, bindingClass))
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
      addFreeFunction(holder, free);
    }
    holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    // Two overloads, each only where used: a call without options resolves without varargs.
    List<ResolvedFunction> linked =
        resolved.functions().stream().filter(DowncallsWriter::linkedByName).toList();
    if (linked.stream().anyMatch(f -> options(f).isEmpty())) {
      holder.addMethod(linkMethod(false));
    }
    if (linked.stream().anyMatch(f -> !options(f).isEmpty())) {
      holder.addMethod(linkMethod(true));
    }
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
              // One line: the method that calls it quotes the C prototype.
              .addJavadoc(
                  Javadoc.summary(
                          "The downcall of $L; its method quotes the prototype.",
                          Prose.code(fn.cSymbol()))
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
              : Poet.layout(p.javaType(), p.cType()));
    }
    CTypeExpr ret = resolvedFn.returns().cType();
    CodeBlock descriptor =
        ret.isVoid()
            ? CodeBlock.of(
                "$T.ofVoid($L)", Poet.FUNCTION_DESCRIPTOR, CodeBlock.join(layouts, ",$W"))
            : CodeBlock.of(
                "$T.of($L)",
                Poet.FUNCTION_DESCRIPTOR,
                CodeBlock.join(
                    prepend(Poet.layout(resolvedFn.returns().javaType(), ret), layouts), ",$W"));
    List<CodeBlock> options = options(resolvedFn);
    CodeBlock binding = BindingClassWriter.bindingName(bindingClass);
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
      // The common case, through link(): one line shorter, and javac resolves no varargs call.
      init.add("$N($S,\n", LINK, fn.cSymbol()).indent().indent().add("$L", descriptor);
      options.forEach(o -> init.add(",\n$L", o));
      return init.add(")").unindent().unindent().build();
    }
    init.add("$L", descriptor);
    for (CodeBlock option : options) {
      init.add(",\n$L", option);
    }
    return init.add(")").unindent().unindent().build();
  }

  /** The holder's method that links a handle of a required symbol. */
  private static final String LINK = "link";

  /**
   * {@code link(name, descriptor, options...)}: finds a required symbol (checked by {@code load()}
   * already) and links it. In the holder, annotated {@code restricted}, so the user's module links.
   */
  private static MethodSpec linkMethod(boolean withOptions) {
    MethodSpec.Builder link =
        MethodSpec.methodBuilder(LINK)
            .addJavadoc(
                Javadoc.summary(
                        withOptions
                            ? "Links the required symbol $L, which {@link #load()} found, with"
                                + " linker options."
                            : "Links the required symbol $L, which {@link #load()} found.",
                        Prose.code("name"))
                    .render(2))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Poet.METHOD_HANDLE)
            .addParameter(String.class, "name")
            .addParameter(Poet.FUNCTION_DESCRIPTOR, "descriptor");
    if (!withOptions) {
      return link.addStatement("return LINKER.downcallHandle(LOOKUP.findOrThrow(name), descriptor)")
          .build();
    }
    return link.addParameter(ArrayTypeName.of(Poet.LINKER.nestedClass("Option")), "options")
        .varargs()
        .addStatement(
            "return LINKER.downcallHandle(LOOKUP.findOrThrow(name),$Wdescriptor,$Woptions)")
        .build();
  }

  /** The linker options of a function's handle. */
  private static List<CodeBlock> options(ResolvedFunction fn) {
    List<CodeBlock> options = new ArrayList<>();
    List<ResolvedParam> params = fn.params();
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).model().variadic()) {
        options.add(CodeBlock.of("$T.Option.firstVariadicArg($L)", Poet.LINKER, i));
        break;
      }
    }
    if (ErrorConventions.of(fn.errorKind()).capturesErrno()) {
      options.add(CodeBlock.of("$T.CAPTURE", Poet.ERRNO));
    }
    if (fn.model().critical()) {
      options.add(CodeBlock.of("$T.Option.critical(true)", Poet.LINKER));
    }
    return options;
  }

  /** Whether a function's handle is linked through {@code link()}: a required plain symbol. */
  private static boolean linkedByName(ResolvedFunction fn) {
    return !fn.model().optional() && !fn.model().isVersioned();
  }

  private static List<CodeBlock> prepend(CodeBlock first, List<CodeBlock> rest) {
    List<CodeBlock> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /**
   * The handle of a function linked as {@code void free(void*)}, and {@code free(pointer)}, the
   * static helper generated methods call to free what the library handed over.
   */
  private static void addFreeFunction(TypeSpec.Builder holder, String free) {
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
            .nextControlFlow("catch ($T t$$)", Throwable.class)
            .addStatement("throw $T.rethrow(t$$)", Poet.UNCHECKED)
            .endControlFlow()
            .build());
  }
}
