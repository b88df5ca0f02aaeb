package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the public method of one C function: argument checks, marshalling into per-call
 * scratch memory, the {@code invokeExact} downcall, copy-back of out-data, the error
 * convention, and conversion of the result. One method reads top to bottom in that order.
 */
final class FunctionWriter {

  private final LibraryModel library;
  private final FunctionModel fn;
  private final Set<String> charsets;
  private final ClassName downcalls;
  private final Optional<UpcallDispatch> upcall;
  /** For the private destructor method of this type; empty for the public method. */
  private final Optional<OpaqueType> destroying;
  /** The Downcalls field with the function's method handle. */
  private final String handleField;

  FunctionWriter(LibraryModel library, FunctionModel fn, ClassName downcalls, Set<String> charsets) {
    this(library, fn, downcalls, charsets, Optional.empty());
  }

  private FunctionWriter(LibraryModel library, FunctionModel fn, ClassName downcalls, Set<String> charsets,
      Optional<OpaqueType> destroying) {
    this.library = library;
    this.handleField = GeneratedNames.handleField(fn.javaName());
    // The destructor method takes the raw pointer: the handle is already closed when it runs.
    this.fn = destroying.isEmpty() ? fn : withRawHandle(fn, destroying.get());
    this.downcalls = downcalls;
    this.charsets = charsets;
    this.destroying = destroying;
    this.upcall = UpcallDispatch.of(this.fn, downcalls.enclosingClassName());
  }

  /**
   * A writer for the private method that an owned handle's {@code close()} calls: the same call
   * and error check as the declared destructor function, on the raw pointer.
   */
  static FunctionWriter destructorOf(LibraryModel library, OpaqueType type, ClassName downcalls,
      Set<String> charsets) {
    return new FunctionWriter(library, library.destructorFunction(type).orElseThrow(), downcalls, charsets,
        Optional.of(type));
  }

  private static FunctionModel withRawHandle(FunctionModel fn, OpaqueType type) {
    JavaType handle = new JavaType.Handle(type.javaClass());
    List<ParamModel> params = fn.params().stream()
        .map(p -> !p.javaType().equals(handle) ? p : new ParamModel(p.ref(), p.name(), p.cType(),
            new JavaType.Segment(), p.direction(), p.charset(), p.lengthOf(), p.boundsOf(), false))
        .toList();
    return new FunctionModel(fn.ref(), fn.javaName(), fn.cSymbol(), params, fn.returns(), fn.errors(),
        fn.retryOnEintr(), fn.critical(), fn.doc(), fn.optional());
  }

  /** The type whose destructor this (public) function is, if any. */
  private Optional<OpaqueType> destructorOfType() {
    return library.opaqueTypes().stream()
        .filter(t -> library.destructorFunction(t).filter(fn::equals).isPresent())
        .findFirst();
  }

  private boolean registersCallback() {
    return upcall.map(UpcallDispatch::registered).orElse(false);
  }

  private CTypeExpr expanded(CTypeExpr type) {
    return CTypes.expand(type, library.typedefs()).orElseThrow();
  }

  private String charsetOf(Optional<String> own) {
    String name = own.orElse(library.charset());
    if (Poet.needsCharsetField(name)) {
      charsets.add(name);
    }
    return name;
  }

  private Optional<ParamModel> param(String name) {
    return fn.params().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  private boolean hasLengthLink(ParamModel array) {
    return fn.params().stream().anyMatch(p -> p.lengthOf().filter(array.name()::equals).isPresent()
        || p.boundsOf().filter(array.name()::equals).isPresent());
  }

  /** Whether the stub needs per-call scratch memory at all (pure scalar calls do not). */
  private boolean needsScratch() {
    for (ParamModel p : fn.params()) {
      if (p.resultSize()) {
        return true;
      }
      switch (p.javaType()) {
        case JavaType.Str s -> {
          return true;
        }
        case JavaType.HandleRef r -> {
          return true;
        }
        case JavaType.PrimitiveArray a -> {
          if (!fn.critical()) {
            return true;
          }
        }
        case JavaType.Buffer b -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  MethodSpec write() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(destroying.isPresent()
            ? GeneratedNames.destroyMethod(destroying.get().javaClass().simpleName()) : fn.javaName())
        .addModifiers(destroying.isPresent() ? Modifier.PRIVATE : Modifier.PUBLIC)
        .returns(registersCallback() ? Poet.REGISTRATION : Poet.javaType(fn.returns().javaType()));
    if (library.implementedInterface().isPresent() && destroying.isEmpty()) {
      method.addAnnotation(Override.class);
    }
    method.addJavadoc(destroying.isPresent() ? destructorJavadoc() : javadoc());
    for (ParamModel p : fn.params()) {
      if (p.isInJavaSignature()) {
        method.addParameter(ParameterSpec.builder(Poet.javaType(p.javaType()), p.name()).build());
      }
    }

    CodeBlock.Builder body = CodeBlock.builder();
    addArgumentChecks(body);
    addOwnedHandleClose(body);
    if (registersCallback()) {
      upcall.get().addRegistration(body);
    }
    List<CodeBlock> resources = new ArrayList<>();
    if (needsScratch()) {
      resources.add(CodeBlock.of("$T $L = $T.enter()", Poet.SCRATCH, GeneratedNames.SCRATCH, Poet.SCRATCH));
    }
    upcall.flatMap(UpcallDispatch::resource).ifPresent(resources::add);
    if (resources.isEmpty()) {
      body.beginControlFlow("try");
    } else {
      // The second resource goes on its own line, aligned under the first.
      body.beginControlFlow(resources.size() == 1 ? "try ($L)" : "try ($L;\n$>$>$L$<$<)", resources.toArray());
    }
    if (fn.errors().kind().capturesErrno()) {
      body.addStatement("$T $L = $T.captureSegment()", Poet.MEMORY_SEGMENT, GeneratedNames.ERRNO, Poet.ERRNO);
    }
    List<CodeBlock> args = new ArrayList<>();
    if (fn.errors().kind().capturesErrno()) {
      args.add(CodeBlock.of("$L", GeneratedNames.ERRNO));
    }
    // A string whose length C takes is encoded first: the length may come before it.
    java.util.Map<String, CodeBlock> encoded = new java.util.HashMap<>();
    for (ParamModel p : fn.params()) {
      if (p.javaType() instanceof JavaType.Str && hasLengthLink(p)) {
        encoded.put(p.name(), marshalIn(body, p));
      }
    }
    for (ParamModel p : fn.params()) {
      args.add(encoded.containsKey(p.name()) ? encoded.get(p.name()) : marshalIn(body, p));
    }
    addInvoke(body, CodeBlock.join(args, ", "));
    upcall.ifPresent(u -> u.addRethrow(body));
    for (ParamModel p : fn.params()) {
      if (!(p.javaType() instanceof JavaType.HandleRef)) {
        marshalOut(body, p);
      }
    }
    addErrorCheck(body);
    // Handles come back only from a call that succeeded: a failed call may leave garbage there.
    for (ParamModel p : fn.params()) {
      if (p.javaType() instanceof JavaType.HandleRef) {
        marshalOut(body, p);
      }
    }
    if (registersCallback()) {
      body.addStatement("return $L", GeneratedNames.UPCALL);
    } else {
      addReturn(body);
    }
    body.nextControlFlow("catch ($T | $T e$$)", RuntimeException.class, Error.class);
    closeRegistrationOnFailure(body);
    body.addStatement("throw e$$");
    body.nextControlFlow("catch ($T t$$)", Throwable.class);
    closeRegistrationOnFailure(body);
    body.addStatement("throw new $T($S, t$$)", AssertionError.class,
        "a downcall threw a checked exception");
    body.endControlFlow();
    return method.addCode(body.build()).build();
  }

  /** A call that failed registered nothing C may use: release the callback at once. */
  private void closeRegistrationOnFailure(CodeBlock.Builder body) {
    if (registersCallback()) {
      body.addStatement("$L.close()", GeneratedNames.UPCALL);
    }
  }

  /**
   * The declared destructor of a type, called with an owned handle, closes the handle: its
   * {@code close()} runs this function exactly once (checked as below, in the destructor
   * method), and a later {@code close()} does nothing, so C never frees it twice.
   */
  private void addOwnedHandleClose(CodeBlock.Builder body) {
    if (destroying.isPresent()) {
      return;
    }
    Optional<OpaqueType> type = destructorOfType();
    if (type.isEmpty()) {
      return;
    }
    ParamModel handle = fn.params().stream()
        .filter(p -> p.javaType().equals(new JavaType.Handle(type.get().javaClass())))
        .findFirst().orElseThrow();
    body.beginControlFlow(handle.nullable() ? "if ($L != null && $L.ownsNativeObject())" : "if ($L.ownsNativeObject())",
        handle.nullable() ? new Object[] {handle.name(), handle.name()} : new Object[] {handle.name()});
    body.add("// Owned: its close() calls $L exactly once; a closed handle is rejected.\n", fn.cSymbol());
    body.addStatement("$L.segmentFor($S, $S)", handle.name(), fn.cSymbol(), handle.name());
    body.addStatement("$L.close()", handle.name());
    if (fn.returns().javaType() instanceof JavaType.Void) {
      body.addStatement("return");
    } else {
      body.addStatement("return $L", successValue());
    }
    body.endControlFlow();
  }

  /** What a destructor function that succeeded returns: the first success code, or 0. */
  private CodeBlock successValue() {
    long value = fn.errors().kind() == Kind.STATUS
        ? statusTable().codes().stream().filter(c -> c.success()).findFirst().orElseThrow().value()
        : 0;
    JavaType.Primitive type = ((JavaType.Scalar) fn.returns().javaType()).primitive();
    return switch (type) {
      case LONG -> CodeBlock.of("$LL", value);
      case INT -> CodeBlock.of("$L", value);
      default -> CodeBlock.of("($T) $L", Poet.primitive(type), value);
    };
  }

  private CodeBlock destructorJavadoc() {
    OpaqueType type = destroying.orElseThrow();
    return CodeBlock.builder()
        .add("The destructor of owned {@link $T} handles: their {@code close()} calls it exactly once.\n",
            Poet.className(type.javaClass()))
        .add("Calls {@code $L} on the raw pointer, with the error check of {@link #$L}.\n", fn.cSymbol(),
            fn.javaName())
        .add("\n@param $L the pointer of the handle being closed\n", fn.params().get(0).name())
        .add(fn.returns().javaType() instanceof JavaType.Void ? "" : "@return the C result\n")
        .build();
  }

  // ---- javadoc -------------------------------------------------------------------------------

  private CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!fn.doc().isBlank()) {
      doc.add("$L\n\n", fn.doc().strip());
    }
    doc.add("<p>Calls the C function:\n{@snippet lang=c :\n$L\n}\n", fn.prototype());
    if (fn.isVersioned()) {
      doc.add("<p>Bound to the symbol version {@code $L} (through {@code dlvsym}).\n", fn.cSymbol());
    }
    if (fn.optional()) {
      doc.add("<p>The symbol is optional: {@link #$L()} tells whether the library has it.\n",
          Names.availabilityMethod(fn.javaName()));
    }
    destructorOfType().ifPresent(t -> doc.add(
        "<p>The destructor of {@link $T}: an owned handle is closed instead (its {@code close()} calls this\n"
            + "function exactly once), so it is never freed twice.\n", Poet.className(t.javaClass())));
    for (ParamModel p : fn.params()) {
      if (p.resultSize()) {
        doc.add("<p>{@code $L} is passed for you: C writes the size of the result there.\n", p.name());
      } else if (!p.isInJavaSignature()) {
        doc.add("<p>{@code $L} is passed for you: the length of {@code $L}.\n", p.name(), p.lengthOf().get());
      }
    }
    for (ParamModel p : fn.params()) {
      if (p.isInJavaSignature()) {
        doc.add("\n@param $L $L", p.name(), paramDoc(p));
      }
    }
    JavaType ret = fn.returns().javaType();
    if (registersCallback()) {
      doc.add("\n@return the registration; close it once C no longer calls the callback");
    } else if (!(ret instanceof JavaType.Void)) {
      doc.add("\n@return $L", returnDoc());
    }
    switch (fn.errors().kind()) {
      case MINUS_ONE_ERRNO -> doc.add("\n@throws $T if the function returns -1; errno says why", Poet.ERRNO_EXCEPTION);
      case NULL_ERRNO -> doc.add("\n@throws $T if the function returns NULL; errno says why", Poet.ERRNO_EXCEPTION);
      case NEGATIVE_ERRNO -> doc.add("\n@throws $T if the function returns a negative errno", Poet.ERRNO_EXCEPTION);
      case NONZERO -> doc.add("\n@throws $T if the function returns a non-zero status", Poet.STATUS_EXCEPTION);
      case STATUS -> doc.add("\n@throws $T if the function returns a failure status",
          Poet.className(statusTable().exceptionClass()));
      case NONE -> { }
    }
    if (fn.optional()) {
      doc.add("\n@throws $T if the library lacks the symbol", Poet.SYMBOL_UNAVAILABLE);
    }
    doc.add("\n");
    return doc.build();
  }

  private String paramDoc(ParamModel p) {
    CTypeExpr c = p.cType();
    String text = "{@code " + c.canonical() + "}";
    if (p.javaType() instanceof JavaType.Callback) {
      return text + ", " + upcall.orElseThrow().paramDoc() + (p.nullable() ? "; may be null (passed as {@code NULL})" : "");
    }
    if (p.javaType() instanceof JavaType.UserData) {
      return text + ", user data handed to the callback as it is (C sees only a handle); may be null";
    }
    if (p.boundsOf().isPresent()) {
      text += ", at most the length of {@code " + p.boundsOf().get() + "}";
    }
    if (c.isPointer() && !(p.javaType() instanceof JavaType.Str) && !(p.javaType() instanceof JavaType.Handle)) {
      text += switch (p.direction()) {
        case IN -> ", read by C";
        case OUT -> ", written by C";
        case INOUT -> ", read and written by C";
      };
    }
    if (p.ownership().owned()) {
      text += "; receives an owned handle: close it to free the C object";
    }
    text += p.nullable() ? "; may be null (passed as {@code NULL})" : "";
    return text;
  }

  private String returnDoc() {
    String text = "{@code " + fn.returns().cType().canonical() + "}";
    if (fn.returns().javaType() instanceof JavaType.Str) {
      text += fn.returns().ownership().owned()
          ? ", copied; the C memory is freed with {@code " + fn.returns().ownership().freeFunction().get() + "}"
          : ", copied (the C memory is borrowed, not freed)";
      if (fn.returns().size().isPresent()) {
        text += "; exactly {@code " + fn.returns().size().get() + "} bytes are decoded (NULs inside are kept)";
      }
      text += "; null for {@code NULL}";
    } else if (fn.returns().javaType() instanceof JavaType.NativeBuf) {
      text += ", {@code " + fn.returns().size().get() + "} bytes";
      text += fn.returns().ownership().owned()
          ? ", owned: close it to free the C memory with {@code " + fn.returns().ownership().freeFunction().get() + "}"
          : ", borrowed: closing it ends the view, the C memory is not freed";
      text += "; null for {@code NULL}";
    } else if (fn.returns().javaType() instanceof JavaType.Handle) {
      text += fn.returns().ownership().owned() ? ", owned: close it to free the C object" : "";
      text += "; null for {@code NULL}";
    }
    return text;
  }

  // ---- checks before any native work ---------------------------------------------------------

  private void addArgumentChecks(CodeBlock.Builder body) {
    if (destroying.isPresent()) {
      return; // a handle's pointer, never NULL
    }
    for (ParamModel p : fn.params()) {
      if (!p.isInJavaSignature()) {
        continue;
      }
      boolean reference = !(p.javaType() instanceof JavaType.Scalar) && !(p.javaType() instanceof JavaType.UserData);
      if (reference && !p.nullable()) {
        body.addStatement("$T.notNull($L, $S, $S)", Poet.CHECKS, p.name(), fn.cSymbol(), p.name());
      }
      if (p.javaType() instanceof JavaType.Scalar s) {
        CTypes.scalar(expanded(p.cType()))
            .filter(sc -> sc.carrier() != s.primitive())
            .ifPresent(sc -> body.addStatement("$T.unsignedRange($L, $LL, $S, $S)",
                Poet.CHECKS, p.name(), sc.unsignedMax(), fn.cSymbol(), p.name()));
      }
      boolean writes = p.direction().copiesOut();
      if (p.javaType() instanceof JavaType.PrimitiveArray && !hasLengthLink(p)) {
        // C is given no length: it may touch at least one element, so there must be one.
        body.addStatement(nullable(p, "$T.minLength($L.length, 1, $S, $S)"), Poet.CHECKS, p.name(),
            fn.cSymbol(), p.name());
      }
      if (p.boundsOf().isPresent()) {
        // A bound passed through a pointer (zlib's uLongf* destLen) is checked by its first element.
        ParamModel target = param(p.boundsOf().get()).orElseThrow();
        String value = p.javaType() instanceof JavaType.PrimitiveArray ? p.name() + "[0]" : p.name();
        body.addStatement("$T.bounds($L, $L, $S, $S, $S)", Poet.CHECKS, value,
            lengthOf(target), fn.cSymbol(), p.name(), target.name());
      }
      if (writes && (p.javaType() instanceof JavaType.Segment || p.javaType() instanceof JavaType.Buffer)) {
        String cond = p.nullable() ? "$L != null && $L.isReadOnly()" : "$L.isReadOnly()";
        body.beginControlFlow("if (" + cond + ")", p.nullable() ? new Object[] {p.name(), p.name()} : new Object[] {p.name()});
        body.addStatement("throw new $T($S)", IllegalArgumentException.class,
            fn.cSymbol() + ": parameter '" + p.name() + "' is read-only, but C writes to it");
        body.endControlFlow();
      }
    }
  }

  private String nullable(ParamModel p, String statement) {
    return p.nullable() ? "if ($L != null) " + statement : statement;
  }

  /** The element count of an array-like parameter, as a long expression (0 for null). */
  private CodeBlock lengthOf(ParamModel target) {
    CodeBlock len = switch (target.javaType()) {
      case JavaType.PrimitiveArray a -> CodeBlock.of("$L.length", target.name());
      case JavaType.Buffer b -> CodeBlock.of("$L.remaining()", target.name());
      // Encoded bytes without the terminator (the string is encoded before its length).
      case JavaType.Str s -> CodeBlock.of("$T.length($L, $L)", Poet.SIZED_STRINGS,
          GeneratedNames.nativeLocal(target.name()), stringCharset(expanded(target.cType()), target.charset()));
      case JavaType.Segment s -> {
        long size = CTypes.elementSize(expanded(target.cType()));
        yield size == 1 ? CodeBlock.of("$L.byteSize()", target.name())
            : CodeBlock.of("$L.byteSize() / $L", target.name(), size);
      }
      default -> throw new IllegalStateException("no length for " + target.javaType());
    };
    return target.nullable() ? CodeBlock.of("($L == null ? 0 : $L)", target.name(), len) : len;
  }

  // ---- marshalling ---------------------------------------------------------------------------

  /** Emits what it takes to pass one parameter and returns the argument expression. */
  private CodeBlock marshalIn(CodeBlock.Builder body, ParamModel p) {
    CTypeExpr c = expanded(p.cType());
    String local = GeneratedNames.nativeLocal(p.name());
    String name = p.name();
    String scratch = GeneratedNames.SCRATCH;
    if (p.resultSize()) {
      // A slot C writes the size of the result to, read after the call.
      CTypes.Scalar sc = CTypes.scalar(c.pointee()).orElseThrow();
      body.addStatement("$T $L = $L.allocate($T.$L)", Poet.MEMORY_SEGMENT, local, scratch, Poet.VALUE_LAYOUT,
          Poet.layoutConstant(sc.carrier()));
      body.addStatement("$L.fill((byte) 0)", local);
      return CodeBlock.of("$L", local);
    }
    if (p.lengthOf().isPresent()) {
      ParamModel target = param(p.lengthOf().get()).orElseThrow();
      CTypes.Scalar sc = CTypes.scalar(c).orElseThrow();
      body.addStatement("long $L = $L", local, lengthOf(target));
      if (sc.bytes() < 8) {
        long max = sc.unsigned() ? sc.unsignedMax() : (1L << (8 * sc.bytes() - 1)) - 1;
        body.addStatement("$T.fits($L, $LL, $S, $S)", Poet.CHECKS, local, max, fn.cSymbol(), name);
      }
      return sc.carrier() == JavaType.Primitive.LONG
          ? CodeBlock.of("$L", local)
          : CodeBlock.of("($T) $L", Poet.primitive(sc.carrier()), local);
    }
    return switch (p.javaType()) {
      case JavaType.Scalar s -> {
        CTypes.Scalar sc = CTypes.scalar(c).orElseThrow();
        yield sc.carrier() == s.primitive()
            ? CodeBlock.of("$L", name)
            : CodeBlock.of("($T) $L", Poet.primitive(sc.carrier()), name);
      }
      case JavaType.Str s -> {
        // With its length passed too, a U+0000 inside is representable: SizedStrings keeps it.
        CodeBlock encode = CodeBlock.of("$T.encode($L, $L, $L, $S, $S)",
            hasLengthLink(p) ? Poet.SIZED_STRINGS : Poet.NATIVE_STRINGS, scratch, name,
            stringCharset(c, p.charset()), fn.cSymbol(), name);
        declareNullable(body, p, local, encode);
        yield CodeBlock.of("$L", local);
      }
      case JavaType.PrimitiveArray a -> {
        if (fn.critical()) {
          // Critical calls may read the Java array in place: no copy in either direction.
          declareNullable(body, p, local, CodeBlock.of("$T.ofArray($L)", Poet.MEMORY_SEGMENT, name));
        } else {
          // Out-only arrays start zeroed: the whole array is copied back, so what C leaves alone
          // must not be stale scratch data.
          declareNullable(body, p, local, CodeBlock.of("$T.$L($L, $L)", Poet.NATIVE_ARRAYS,
              p.direction().copiesIn() ? "copyIn" : "zeroed", scratch, name));
        }
        yield CodeBlock.of("$L", local);
      }
      case JavaType.Buffer b -> {
        // Direct buffers are native memory already; heap buffers are copied.
        body.addStatement("$T $L", Poet.MEMORY_SEGMENT, local);
        if (p.nullable()) {
          body.beginControlFlow("if ($L == null)", name);
          body.addStatement("$L = $T.NULL", local, Poet.MEMORY_SEGMENT);
          body.nextControlFlow("else if ($L.isDirect())", name);
        } else {
          body.beginControlFlow("if ($L.isDirect())", name);
        }
        body.addStatement("$L = $T.ofBuffer($L)", local, Poet.MEMORY_SEGMENT, name);
        body.nextControlFlow("else");
        body.addStatement("$L = $L.allocate($L.remaining())", local, scratch, name);
        if (p.direction().copiesIn()) {
          body.addStatement("$T.copy($T.ofBuffer($L), 0, $L, 0, $L.remaining())", Poet.MEMORY_SEGMENT,
              Poet.MEMORY_SEGMENT, name, local, name);
        } else {
          body.addStatement("$L.fill((byte) 0)", local);
        }
        body.endControlFlow();
        yield CodeBlock.of("$L", local);
      }
      // A conditional in an invokeExact argument would be typed Object: give it a local.
      case JavaType.Segment s -> {
        if (!p.nullable()) {
          yield CodeBlock.of("$L", name);
        }
        body.addStatement("$T $L = $L == null ? $T.NULL : $L", Poet.MEMORY_SEGMENT, local, name,
            Poet.MEMORY_SEGMENT, name);
        yield CodeBlock.of("$L", local);
      }
      // segmentFor rejects a closed handle, naming the function and parameter, before C runs.
      case JavaType.Handle h -> {
        if (!p.nullable()) {
          yield CodeBlock.of("$L.segmentFor($S, $S)", name, fn.cSymbol(), name);
        }
        body.addStatement("$T $L = $L == null ? $T.NULL : $L.segmentFor($S, $S)", Poet.MEMORY_SEGMENT, local, name,
            Poet.MEMORY_SEGMENT, name, fn.cSymbol(), name);
        yield CodeBlock.of("$L", local);
      }
      case JavaType.HandleRef r -> {
        declareNullable(body, p, local, CodeBlock.of("$L.allocate($T.ADDRESS)", scratch, Poet.VALUE_LAYOUT));
        if (p.direction().copiesIn()) {
          body.addStatement(nullable(p, "$L.set($T.ADDRESS, 0, $L.get() == null ? $T.NULL : $L.get().segmentFor($S, $S))"),
              maybeNull(p, local, Poet.VALUE_LAYOUT, name, Poet.MEMORY_SEGMENT, name, fn.cSymbol(), name));
        } else {
          // A call that fails without writing must not hand back stale scratch memory as a handle.
          body.addStatement("$L.set($T.ADDRESS, 0, $T.NULL)", local, Poet.VALUE_LAYOUT, Poet.MEMORY_SEGMENT);
        }
        yield CodeBlock.of("$L", local);
      }
      case JavaType.Callback cb -> upcall.orElseThrow().argument(body, p);
      case JavaType.UserData u -> upcall.orElseThrow().argument(body, p);
      case JavaType.StringArray a -> throw new IllegalStateException("String[] is only a callback parameter");
      case JavaType.Void v -> throw new IllegalStateException("void parameter");
      case JavaType.NativeBuf b -> throw new IllegalStateException("NativeBuffer is only a return type");
    };
  }

  /** Prefixes the argument list with the parameter name when the statement is guarded by a null check. */
  private static Object[] maybeNull(ParamModel p, Object... args) {
    if (!p.nullable()) {
      return args;
    }
    Object[] result = new Object[args.length + 1];
    result[0] = p.name();
    System.arraycopy(args, 0, result, 1, args.length);
    return result;
  }

  private void declareNullable(CodeBlock.Builder body, ParamModel p, String local, CodeBlock value) {
    if (p.nullable()) {
      body.addStatement("$T $L = $L == null ? $T.NULL : $L", Poet.MEMORY_SEGMENT, local, p.name(),
          Poet.MEMORY_SEGMENT, value);
    } else {
      body.addStatement("$T $L = $L", Poet.MEMORY_SEGMENT, local, value);
    }
  }

  /**
   * Copies data C wrote back into the Java objects. Arrays and buffers are copied before the
   * error check (C may have written either way); handle out-parameters only after it.
   */
  private void marshalOut(CodeBlock.Builder body, ParamModel p) {
    if (!p.isInJavaSignature() || !p.direction().copiesOut()) {
      return;
    }
    String local = GeneratedNames.nativeLocal(p.name());
    String name = p.name();
    switch (p.javaType()) {
      case JavaType.PrimitiveArray a -> {
        if (!fn.critical()) {
          body.addStatement(nullable(p, "$T.copyOut($L, $L)"), maybeNull(p, Poet.NATIVE_ARRAYS, local, name));
        }
      }
      case JavaType.Buffer b -> {
        String cond = p.nullable() ? "$L != null && !$L.isDirect()" : "!$L.isDirect()";
        body.beginControlFlow("if (" + cond + ")", p.nullable() ? new Object[] {name, name} : new Object[] {name});
        body.addStatement("$T.copy($L, 0, $T.ofBuffer($L), 0, $L.remaining())", Poet.MEMORY_SEGMENT, local,
            Poet.MEMORY_SEGMENT, name, name);
        body.endControlFlow();
      }
      case JavaType.HandleRef r -> {
        String out = name + "$out";
        if (p.nullable()) {
          body.beginControlFlow("if ($L != null)", name);
        }
        body.addStatement("$T $L = $L.get($T.ADDRESS, 0)", Poet.MEMORY_SEGMENT, out, local, Poet.VALUE_LAYOUT);
        body.addStatement("$L.set($L.address() == 0 ? null : $L)", name, out,
            newHandle(r.handleClass(), out, p.ownership().owned()));
        if (p.nullable()) {
          body.endControlFlow();
        }
      }
      default -> { }
    }
  }

  // ---- the call ------------------------------------------------------------------------------

  private void addInvoke(CodeBlock.Builder body, CodeBlock args) {
    CTypeExpr ret = expanded(fn.returns().cType());
    TypeName carrier = Poet.carrier(ret);
    String handle = handleField;
    String result = GeneratedNames.RESULT;
    if (ret.isVoid()) {
      body.addStatement("$T.$L.invokeExact($L)", downcalls, handle, args);
      return;
    }
    if (!fn.retryOnEintr()) {
      body.addStatement("$T $L = ($T) $T.$L.invokeExact($L)", carrier, result, carrier, downcalls, handle, args);
      return;
    }
    // Repeat while a signal interrupted the call; anything else falls through to the error check.
    body.addStatement("$T $L", carrier, result);
    body.beginControlFlow("do");
    body.addStatement("$L = ($T) $T.$L.invokeExact($L)", result, carrier, downcalls, handle, args);
    CodeBlock interrupted = switch (fn.errors().kind()) {
      case MINUS_ONE_ERRNO -> CodeBlock.of("$L == -1 && $T.read($L) == $T.EINTR", result, Poet.ERRNO,
          GeneratedNames.ERRNO, Poet.ERRNO);
      case NULL_ERRNO -> CodeBlock.of("$L.address() == 0 && $T.read($L) == $T.EINTR", result, Poet.ERRNO,
          GeneratedNames.ERRNO, Poet.ERRNO);
      case NEGATIVE_ERRNO -> CodeBlock.of("$L == -$T.EINTR", result, Poet.ERRNO);
      default -> throw new IllegalStateException("retry without errno");
    };
    body.unindent().add("} while ($L);\n", interrupted);
  }

  private CodeBlock callDescription() {
    return CodeBlock.of("$T.of($L)", Poet.CALL_DESCRIPTION, callArguments());
  }

  /** {@code "symbol", arg1, arg2, ...}: what a call description is rendered from. */
  private CodeBlock callArguments() {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", fn.cSymbol()));
    for (ParamModel p : fn.params()) {
      if (p.isInJavaSignature()) {
        args.add(CodeBlock.of("$L", p.name()));
      }
    }
    return CodeBlock.join(args, ", ");
  }

  private StatusTableModel statusTable() {
    return library.statusTable(fn.errors().statusTable().orElseThrow()).orElseThrow();
  }

  private void addErrorCheck(CodeBlock.Builder body) {
    String result = GeneratedNames.RESULT;
    Kind kind = fn.errors().kind();
    switch (kind) {
      case NONE -> { }
      case MINUS_ONE_ERRNO, NULL_ERRNO -> {
        body.beginControlFlow(kind == Kind.MINUS_ONE_ERRNO ? "if ($L == -1)" : "if ($L.address() == 0)", result);
        // ofCall renders the call text only if the message is read.
        body.addStatement("throw $T.ofCall($T.read($L), $L)", Poet.ERRNO_EXCEPTION, Poet.ERRNO,
            GeneratedNames.ERRNO, callArguments());
        body.endControlFlow();
      }
      case NEGATIVE_ERRNO -> {
        body.beginControlFlow("if ($L < 0)", result);
        boolean isInt = Poet.carrier(expanded(fn.returns().cType())).equals(TypeName.INT);
        body.addStatement(isInt ? "throw $T.ofCall(-$L, $L)" : "throw $T.ofCall((int) -$L, $L)",
            Poet.ERRNO_EXCEPTION, result, callArguments());
        body.endControlFlow();
      }
      case NONZERO -> {
        body.beginControlFlow("if ($L != 0)", result);
        body.addStatement("throw new $T($S, $L, $L, null, null)", Poet.STATUS_EXCEPTION, fn.cSymbol(),
            callDescription(), result);
        body.endControlFlow();
      }
      case STATUS -> {
        StatusTableModel table = statusTable();
        ClassName exception = Poet.className(table.exceptionClass());
        body.beginControlFlow("if (!$T.isSuccess($L))", exception, result);
        body.addStatement("throw new $T($S, $L, $L, $L)", exception, fn.cSymbol(), callDescription(), result,
            messageCall(table));
        body.endControlFlow();
      }
    }
  }

  /** The detail text of a status failure: the table's message function, where it can be called. */
  private CodeBlock messageCall(StatusTableModel table) {
    if (table.messageFunction().isEmpty()) {
      return CodeBlock.of("null");
    }
    String name = table.messageFunction().get();
    FunctionModel message = library.functions().stream()
        .filter(f -> f.cSymbol().equals(name) || f.javaName().equals(name))
        .findFirst()
        .orElseThrow();
    ParamModel arg = message.params().get(0);
    if (arg.javaType() instanceof JavaType.Handle h) {
      // sqlite3_errmsg(db): pass the first handle of the same type the failing call was given.
      return fn.params().stream()
          .filter(p -> p.javaType().equals(h) && p.isInJavaSignature())
          .findFirst()
          .map(p -> p.nullable()
              ? CodeBlock.of("$L == null ? null : $L($L)", p.name(), message.javaName(), p.name())
              : CodeBlock.of("$L($L)", message.javaName(), p.name()))
          .orElse(CodeBlock.of("null"));
    }
    // zError(code): pass the status itself, in the Java type the message method takes.
    TypeName type = Poet.javaType(arg.javaType());
    if (type.equals(Poet.carrier(expanded(fn.returns().cType())))) {
      return CodeBlock.of("$L($L)", message.javaName(), GeneratedNames.RESULT);
    }
    return CodeBlock.of("$L(($T) $L)", message.javaName(), type, GeneratedNames.RESULT);
  }

  /** A new handle: owned ones get their type's destructor, so their close() frees the C object once. */
  private CodeBlock newHandle(JavaClassName handleClass, String pointer, boolean owned) {
    ClassName handle = Poet.className(handleClass);
    if (!owned) {
      return CodeBlock.of("new $T($L)", handle, pointer);
    }
    OpaqueType type = library.opaqueType(handleClass).orElseThrow();
    return CodeBlock.of("new $T($L, $L)", handle, pointer, destructorReference(library, type, downcalls));
  }

  /**
   * The {@code NativeHandle.Destructor} of a type: the private destructor method when the
   * binding declares the destructor function, otherwise the plain {@code void f(T*)} downcall.
   */
  static CodeBlock destructorReference(LibraryModel library, OpaqueType type, ClassName downcalls) {
    String destructor = type.destructor().orElseThrow();
    return library.destructorFunction(type).isPresent()
        ? CodeBlock.of("this::$L", GeneratedNames.destroyMethod(type.javaClass().simpleName()))
        : CodeBlock.of("$T::$L", downcalls, GeneratedNames.freeMethod(destructor));
  }

  /**
   * {@code long size$ = ...}: the size of the result in bytes, from the slot C wrote it to or from
   * the input parameter, as an unsigned value.
   */
  private void addSize(CodeBlock.Builder body) {
    ParamModel p = param(fn.returns().size().orElseThrow()).orElseThrow();
    CTypeExpr c = expanded(p.cType());
    String size = GeneratedNames.SIZE;
    String local = GeneratedNames.nativeLocal(p.name());
    if (p.resultSize()) {
      CTypes.Scalar sc = CTypes.scalar(c.pointee()).orElseThrow();
      CodeBlock read = CodeBlock.of("$L.get($T.$L, 0)", local, Poet.VALUE_LAYOUT, Poet.layoutConstant(sc.carrier()));
      body.addStatement("long $L = $L", size, unsignedLong(read, sc));
    } else if (p.lengthOf().isPresent()) {
      body.addStatement("long $L = $L", size, local);
    } else {
      CTypes.Scalar sc = CTypes.scalar(c).orElseThrow();
      JavaType.Primitive java = ((JavaType.Scalar) p.javaType()).primitive();
      // Carried in its own width (uint32_t as int): widen without sign.
      body.addStatement("long $L = $L", size, java == sc.carrier() ? unsignedLong(CodeBlock.of("$L", p.name()), sc)
          : CodeBlock.of("$L", p.name()));
    }
  }

  private static CodeBlock unsignedLong(CodeBlock value, CTypes.Scalar sc) {
    if (!sc.unsigned() || sc.bytes() == 8) {
      return value;
    }
    return switch (sc.carrier()) {
      case BYTE -> CodeBlock.of("$T.toUnsignedLong($L)", Byte.class, value);
      case SHORT -> CodeBlock.of("$T.toUnsignedLong($L)", Short.class, value);
      case INT -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, value);
      default -> value;
    };
  }

  /** The charset of a string: {@code wchar_t} strings always use {@code NativeStrings.WCHAR_T}. */
  private CodeBlock stringCharset(CTypeExpr expanded, Optional<String> own) {
    return CTypes.isWideString(expanded)
        ? CodeBlock.of("$T.WCHAR_T", Poet.NATIVE_STRINGS)
        : Poet.charset(charsetOf(own));
  }

  private void addReturn(CodeBlock.Builder body) {
    String result = GeneratedNames.RESULT;
    CTypeExpr ret = expanded(fn.returns().cType());
    switch (fn.returns().javaType()) {
      case JavaType.Void v -> { }
      case JavaType.Scalar s -> {
        body.addStatement("return $L",
            Poet.widen(CodeBlock.of("$L", result), CTypes.scalar(ret).orElseThrow(), s.primitive()));
      }
      case JavaType.NativeBuf b -> {
        addSize(body);
        if (fn.returns().ownership().owned()) {
          String free = fn.returns().ownership().freeFunction().get();
          body.addStatement("return $T.owned($L, $L, $T::$L, $S, $S)", Poet.NATIVE_BUFFER, result, GeneratedNames.SIZE,
              downcalls, GeneratedNames.freeMethod(free), free, fn.cSymbol());
        } else {
          body.addStatement("return $T.borrowed($L, $L, $S)", Poet.NATIVE_BUFFER, result, GeneratedNames.SIZE,
              fn.cSymbol());
        }
      }
      case JavaType.Str s -> {
        CodeBlock decode;
        if (fn.returns().size().isPresent()) {
          // Exactly that many bytes: no terminator needed, embedded NULs kept.
          addSize(body);
          decode = CodeBlock.of("$T.decode($L, $L, $L, $S)", Poet.NATIVE_STRINGS, result, GeneratedNames.SIZE,
              stringCharset(ret, fn.returns().charset()), fn.cSymbol());
        } else {
          decode = CodeBlock.of("$T.decode($L, $L, $S)", Poet.NATIVE_STRINGS, result,
              stringCharset(ret, fn.returns().charset()), fn.cSymbol());
        }
        if (fn.returns().ownership().owned()) {
          // Copy first, then free exactly once, even if decoding fails.
          body.beginControlFlow("if ($L.address() == 0)", result);
          body.addStatement("return null");
          body.endControlFlow();
          body.beginControlFlow("try");
          body.addStatement("return $L", decode);
          body.nextControlFlow("finally");
          body.addStatement("$T.$L($L)", downcalls,
              GeneratedNames.freeMethod(fn.returns().ownership().freeFunction().get()), result);
          body.endControlFlow();
        } else {
          body.addStatement("return $L", decode);
        }
      }
      case JavaType.Segment s -> body.addStatement("return $L", result);
      case JavaType.Handle h -> body.addStatement("return $L.address() == 0 ? null : $L", result,
          newHandle(h.handleClass(), result, fn.returns().ownership().owned()));
      default -> throw new IllegalStateException("unsupported return " + fn.returns().javaType());
    }
  }
}
