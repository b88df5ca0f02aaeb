package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Builds a {@link LibraryModel} from an interface annotated {@code @NativeLibrary}. It reports
 * only what the Java source alone can show (the interface's shape, Java types nothing can carry,
 * unparsable {@code @CType} spellings, malformed handle classes); all other checks belong to the
 * validator.
 */
public final class AnnotationFrontEnd {

  private static final String NATIVE_HANDLE = "dev.ffmbind.NativeHandle";
  private static final String REF = "dev.ffmbind.Ref";
  private static final String MEMORY_SEGMENT = "java.lang.foreign.MemorySegment";
  private static final String BYTE_BUFFER = "java.nio.ByteBuffer";
  private static final String REGISTRATION = "dev.ffmbind.Registration";
  private static final String DESTRUCTOR = "dev.ffmbind.NativeHandle.Destructor";
  private static final String NATIVE_BUFFER = "dev.ffmbind.NativeBuffer";

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Map<String, OpaqueType> opaqueTypes = new LinkedHashMap<>();
  private final Map<String, CallbackType> callbacks = new LinkedHashMap<>();
  /** Callback interfaces being read, so a callback that mentions itself does not recurse. */
  private final java.util.Set<String> readingCallbacks = new java.util.HashSet<>();
  private boolean broken;

  private AnnotationFrontEnd(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads one annotated interface.
   *
   * @return the model, or empty when the interface is too broken to describe (errors reported)
   */
  public static Optional<LibraryModel> read(ProcessingEnvironment env, TypeElement type, Diagnostics diagnostics) {
    return new AnnotationFrontEnd(env, diagnostics).readInterface(type);
  }

  private void error(ElementRef ref, Message message, Object... args) {
    diagnostics.error(ref, message, args);
    broken = true;
  }

  private Optional<LibraryModel> readInterface(TypeElement type) {
    AnnotationMirror library = Annotations.find(type, Annotations.NATIVE_LIBRARY).orElseThrow();
    ElementRef ref = ElementRef.of(type, library);
    if (type.getKind() != ElementKind.INTERFACE) {
      error(ref, Message.ANNOTATION_NOT_INTERFACE, type.getSimpleName());
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      error(ref, Message.ANNOTATION_GENERIC_INTERFACE);
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      error(ref, Message.ANNOTATION_NESTED_NOT_STATIC, type.getSimpleName());
    }
    JavaClassName iface = className(type);
    JavaClassName binding = Names.implementationOf(iface);

    Map<String, String> typedefs = new LinkedHashMap<>();
    for (AnnotationValue v : Annotations.array(library, "typedefs")) {
      String text = (String) v.getValue();
      int eq = text.indexOf('=');
      if (eq <= 0) {
        error(new ElementRef(type, library, v), Message.C_TYPE_SYNTAX, text);
      } else {
        typedefs.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
      }
    }
    List<StatusTableModel> tables = new ArrayList<>();
    for (AnnotationValue v : Annotations.array(library, "statusTables")) {
      tables.add(statusTable(type, (AnnotationMirror) v.getValue(), binding));
    }

    List<FunctionModel> functions = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        readFunction(method, typedefs).ifPresent(functions::add);
      }
    }
    if (broken) {
      return Optional.empty();
    }
    String doc = firstSentences(env.getElementUtils().getDocComment(type));
    return Optional.of(new LibraryModel(ref, binding, Optional.of(iface),
        Annotations.string(library, "value").orElse(""),
        Annotations.array(library, "alternatives").stream().map(v -> (String) v.getValue()).toList(),
        Annotations.string(library, "charset").orElse("UTF-8"),
        typedefs, new ArrayList<>(opaqueTypes.values()), tables, new ArrayList<>(callbacks.values()), functions,
        doc));
  }

  private StatusTableModel statusTable(TypeElement type, AnnotationMirror table, JavaClassName binding) {
    String name = Annotations.string(table, "name").orElse("");
    String exception = Annotations.string(table, "exception").filter(s -> !s.isEmpty())
        .orElse(Names.statusException(name));
    List<StatusCodeModel> codes = new ArrayList<>();
    for (AnnotationValue v : Annotations.array(table, "codes")) {
      AnnotationMirror code = (AnnotationMirror) v.getValue();
      codes.add(new StatusCodeModel(new ElementRef(type, table, v), Annotations.string(code, "name").orElse(""),
          Annotations.number(code, "value", 0), Annotations.bool(code, "success", false),
          Annotations.string(code, "description").orElse("")));
    }
    return new StatusTableModel(ElementRef.of(type, table), name, binding.nested(exception), codes,
        Annotations.string(table, "messageFunction").filter(s -> !s.isEmpty()));
  }

  // ---- methods -------------------------------------------------------------------------------

  private Optional<FunctionModel> readFunction(ExecutableElement method, Map<String, String> typedefs) {
    ElementRef ref = ElementRef.of(method);
    if (!method.getTypeParameters().isEmpty()) {
      error(ref, Message.METHOD_GENERIC);
    }
    if (method.isVarArgs()) {
      error(ref, Message.METHOD_VARARGS);
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (isChecked(thrown)) {
        error(ref, Message.METHOD_THROWS_CHECKED);
        break;
      }
    }
    List<ParamModel> params = new ArrayList<>();
    boolean ok = true;
    for (VariableElement p : method.getParameters()) {
      ok &= readParameter(method, p, typedefs, params);
    }
    Optional<ReturnModel> returns = readReturn(method, typedefs);
    if (!ok || returns.isEmpty() || !readReturnSize(method, typedefs, params)) {
      return Optional.empty();
    }
    boolean registered = params.stream().anyMatch(p -> p.lifetime().filter(LifetimeModel.REGISTERED::equals).isPresent());
    if (registered != isDeclared(method.getReturnType(), REGISTRATION)) {
      error(ref, Message.CALLBACK_REGISTRATION_RETURN, method.getSimpleName());
      return Optional.empty();
    }
    String cSymbol = Annotations.find(method, Annotations.SYMBOL)
        .flatMap(m -> Annotations.string(m, "value"))
        .orElse(method.getSimpleName().toString());
    ErrorModel errors = Annotations.find(method, Annotations.ERRORS).map(this::errors).orElse(ErrorModel.NONE);
    return Optional.of(new FunctionModel(ref, method.getSimpleName().toString(), cSymbol, params, returns.get(),
        errors,
        Annotations.find(method, Annotations.RETRY_ON_EINTR).isPresent(),
        Annotations.find(method, Annotations.CRITICAL).isPresent(),
        firstSentences(env.getElementUtils().getDocComment(method)),
        Annotations.find(method, Annotations.OPTIONAL_SYMBOL).isPresent()));
  }

  private ErrorModel errors(AnnotationMirror m) {
    ErrorModel.Kind kind = ErrorModel.Kind.valueOf(Annotations.enumName(m, "value").orElse("NONE"));
    return kind == ErrorModel.Kind.STATUS
        ? ErrorModel.status(Annotations.string(m, "table").orElse(""))
        : ErrorModel.of(kind);
  }

  private boolean readParameter(ExecutableElement method, VariableElement p, Map<String, String> typedefs,
      List<ParamModel> params) {
    ElementRef ref = ElementRef.of(p);
    Optional<JavaType> javaType = javaType(p, p.asType(), false);
    if (javaType.isEmpty()) {
      return false;
    }
    Optional<LifetimeModel> lifetime = Annotations.find(p, Annotations.LIFETIME)
        .flatMap(m -> Annotations.enumName(m, "value"))
        .map(LifetimeModel::valueOf);
    Optional<AnnotationMirror> explicitDirection = direction(p);
    Direction declared = explicitDirection.map(this::directionOf).orElse(null);
    Optional<CTypeExpr> cType = cType(p, javaType.get(), declared);
    if (cType.isEmpty()) {
      return false;
    }
    Direction direction = declared != null ? declared
        : CTypes.defaultDirection(CTypes.expand(cType.get(), typedefs).orElse(cType.get()), javaType.get());
    String name = p.getSimpleName().toString();
    params.add(new ParamModel(ref, name, cType.get(), javaType.get(), direction,
        Annotations.find(p, Annotations.ENCODING).flatMap(m -> Annotations.string(m, "value")),
        Optional.empty(),
        Annotations.find(p, Annotations.BOUNDED_BY).flatMap(m -> Annotations.string(m, "value")),
        Annotations.isNullable(p), lifetime,
        // An owned handle out-parameter is freed by its type's destructor; a 'free' here is reported.
        Annotations.find(p, Annotations.OWNED)
            .map(m -> new Ownership(true, Annotations.string(m, "free")))
            .orElse(Ownership.BORROWED)));
    Optional<AnnotationMirror> withLength = Annotations.find(p, Annotations.WITH_LENGTH);
    if (withLength.isPresent()) {
      ElementRef lengthRef = ElementRef.of(p, withLength.get());
      String spelling = Annotations.string(withLength.get(), "value").orElse("size_t");
      Optional<CTypeExpr> lengthType = CTypeExpr.parse(spelling);
      if (lengthType.isEmpty()) {
        error(lengthRef, Message.C_TYPE_SYNTAX, spelling);
        return false;
      }
      String lengthName = Annotations.string(withLength.get(), "name").filter(s -> !s.isEmpty())
          .orElse(name + "Length");
      params.add(new ParamModel(lengthRef, lengthName, lengthType.get(), new JavaType.Scalar(Primitive.LONG),
          Direction.IN, Optional.empty(), Optional.of(name), Optional.empty(), false));
    }
    return true;
  }

  /**
   * {@code @ReturnSize(value = "outLen", out = "size_t*")} declares a hidden out-parameter C
   * writes the size of the result to: it is added to the C parameters (last, or at
   * {@code position}), as {@code @WithLength} adds a hidden length. Without {@code out} the size
   * names a parameter of the method, checked by the validator.
   */
  private boolean readReturnSize(ExecutableElement method, Map<String, String> typedefs, List<ParamModel> params) {
    Optional<AnnotationMirror> size = Annotations.find(method, Annotations.RETURN_SIZE);
    if (size.isEmpty()) {
      return true;
    }
    String out = Annotations.string(size.get(), "out").orElse("");
    if (out.isEmpty()) {
      return true;
    }
    Optional<CTypeExpr> outType = CTypeExpr.parse(out);
    if (outType.isEmpty()) {
      error(new ElementRef(method, size.get(), Annotations.value(size.get(), "out").orElse(null)),
          Message.C_TYPE_SYNTAX, out);
      return false;
    }
    int position = Annotations.integer(size.get(), "position", -1);
    if (position < -1 || position > params.size()) {
      error(new ElementRef(method, size.get(), Annotations.value(size.get(), "position").orElse(null)),
          Message.RETURN_SIZE_POSITION, position, params.size());
      return false;
    }
    CTypeExpr expanded = CTypes.expand(outType.get(), typedefs).orElse(outType.get());
    JavaType carrier = CTypes.defaultJavaType(expanded, x -> Optional.empty(), false).orElseGet(JavaType.Segment::new);
    ParamModel hidden = new ParamModel(ElementRef.of(method, size.get()), Annotations.string(size.get(), "value").orElse(""),
        outType.get(), carrier, Direction.OUT, Optional.empty(), Optional.empty(), Optional.empty(), false)
        .asResultSize();
    params.add(position < 0 ? params.size() : position, hidden);
    return true;
  }

  private Optional<AnnotationMirror> direction(Element p) {
    return Annotations.find(p, Annotations.IN)
        .or(() -> Annotations.find(p, Annotations.OUT))
        .or(() -> Annotations.find(p, Annotations.IN_OUT));
  }

  private Direction directionOf(AnnotationMirror m) {
    String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    return name.equals(Annotations.IN) ? Direction.IN : name.equals(Annotations.OUT) ? Direction.OUT : Direction.INOUT;
  }

  private Optional<ReturnModel> readReturn(ExecutableElement method, Map<String, String> typedefs) {
    ElementRef ref = ElementRef.of(method);
    if (isDeclared(method.getReturnType(), REGISTRATION)) {
      // The C function's own result (void, or a status its error convention checks) stays in C.
      Optional<CTypeExpr> cType = Annotations.find(method, Annotations.C_TYPE).isPresent()
          ? cType(method, new JavaType.Void(), null) : CTypeExpr.parse("void");
      return cType.map(c -> new ReturnModel(ref, c, CTypes.defaultJavaType(CTypes.expand(c, typedefs).orElse(c),
          x -> Optional.empty(), true).orElseGet(JavaType.Void::new), Ownership.BORROWED, Optional.empty()));
    }
    Optional<JavaType> javaType = javaType(method, method.getReturnType(), true);
    if (javaType.isEmpty()) {
      return Optional.empty();
    }
    Optional<CTypeExpr> cType = cType(method, javaType.get(), null);
    if (cType.isEmpty()) {
      return Optional.empty();
    }
    // An owned handle is freed by its type's destructor; other owned memory by 'free' (default free()).
    Ownership ownership = Annotations.find(method, Annotations.OWNED)
        .map(m -> javaType.get() instanceof JavaType.Handle
            ? new Ownership(true, Annotations.string(m, "free"))
            : Ownership.owned(Annotations.string(m, "free").orElse("free")))
        .orElse(Ownership.BORROWED);
    Optional<AnnotationMirror> size = Annotations.find(method, Annotations.RETURN_SIZE);
    return Optional.of(new ReturnModel(size.map(m -> ElementRef.of(method, m)).orElse(ref), cType.get(),
        javaType.get(), ownership,
        Annotations.find(method, Annotations.ENCODING).flatMap(m -> Annotations.string(m, "value")),
        size.flatMap(m -> Annotations.string(m, "value"))));
  }

  /** The C type from {@code @CType}, or the one the Java type implies. */
  private Optional<CTypeExpr> cType(Element element, JavaType javaType, Direction direction) {
    Optional<AnnotationMirror> annotation = Annotations.find(element, Annotations.C_TYPE);
    if (annotation.isPresent()) {
      String spelling = Annotations.string(annotation.get(), "value").orElse("");
      Optional<CTypeExpr> parsed = CTypeExpr.parse(spelling);
      if (parsed.isEmpty()) {
        error(new ElementRef(element, annotation.get(), Annotations.value(annotation.get(), "value").orElse(null)),
            Message.C_TYPE_SYNTAX, spelling);
      }
      return parsed;
    }
    boolean readOnly = direction == Direction.IN;
    String implied = switch (javaType) {
      case JavaType.Void v -> "void";
      case JavaType.Scalar s -> switch (s.primitive()) {
        case BOOLEAN -> "bool";
        case BYTE -> "int8_t";
        case SHORT -> "int16_t";
        case CHAR -> "uint16_t";
        case INT -> "int";
        case LONG -> "int64_t";
        case FLOAT -> "float";
        case DOUBLE -> "double";
      };
      case JavaType.PrimitiveArray a -> (readOnly ? "const " : "") + switch (a.element()) {
        case BYTE -> "uint8_t";
        case SHORT -> "int16_t";
        case CHAR -> "uint16_t";
        case INT -> "int32_t";
        case LONG -> "int64_t";
        case FLOAT -> "float";
        case DOUBLE -> "double";
        case BOOLEAN -> "bool";
      } + "*";
      case JavaType.Str s -> "const char*";
      case JavaType.Segment s -> (readOnly ? "const " : "") + "void*";
      case JavaType.Buffer b -> (readOnly ? "const " : "") + "uint8_t*";
      case JavaType.Handle h -> opaqueName(h.handleClass()) + "*";
      case JavaType.HandleRef r -> opaqueName(r.handleClass()) + "**";
      case JavaType.Callback c -> c.cName();
      case JavaType.UserData u -> "void*";
      case JavaType.StringArray a -> "char**";
      case JavaType.NativeBuf b -> "uint8_t*";
    };
    return CTypeExpr.parse(implied);
  }

  private String opaqueName(JavaClassName handleClass) {
    return opaqueTypes.values().stream()
        .filter(o -> o.javaClass().equals(handleClass))
        .map(OpaqueType::cName)
        .findFirst()
        .orElseThrow();
  }

  // ---- Java types ----------------------------------------------------------------------------

  private Optional<JavaType> javaType(Element element, TypeMirror type, boolean isReturn) {
    Optional<JavaType> result = switch (type.getKind()) {
      case VOID -> isReturn ? Optional.of(new JavaType.Void()) : Optional.empty();
      case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE ->
          Optional.of(new JavaType.Scalar(primitive(type.getKind())));
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (isDeclared(component, "java.lang.String") && Annotations.find(element, Annotations.LENGTH_FROM).isPresent()) {
          yield Optional.of(new JavaType.StringArray());
        }
        yield component.getKind().isPrimitive() && !isReturn
            ? Optional.of(new JavaType.PrimitiveArray(primitive(component.getKind())))
            : Optional.empty();
      }
      case DECLARED -> declaredType(element, (DeclaredType) type, isReturn);
      default -> Optional.empty();
    };
    if (result.isEmpty() && !broken(element)) {
      error(ElementRef.of(element), Message.METHOD_UNSUPPORTED_JAVA_TYPE, describe(element), type);
    }
    return result;
  }

  /** Whether a handle-class problem was already reported for this element (avoids a second message). */
  private boolean broken(Element element) {
    return reportedHandleProblem.contains(element);
  }

  private final java.util.Set<Element> reportedHandleProblem = new java.util.HashSet<>();

  private static String describe(Element element) {
    return element instanceof ExecutableElement m
        ? "the return value of " + m.getSimpleName() + "()"
        : "parameter '" + element.getSimpleName() + "'";
  }

  private Optional<JavaType> declaredType(Element element, DeclaredType type, boolean isReturn) {
    TypeElement te = (TypeElement) type.asElement();
    String name = te.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String" -> {
        return Optional.of(new JavaType.Str());
      }
      case "java.lang.Object" -> {
        return Annotations.find(element, Annotations.USER_DATA).isPresent()
            ? Optional.of(new JavaType.UserData()) : Optional.empty();
      }
      case MEMORY_SEGMENT -> {
        return Optional.of(new JavaType.Segment());
      }
      case NATIVE_BUFFER -> {
        return isReturn ? Optional.of(new JavaType.NativeBuf()) : Optional.empty();
      }
      case BYTE_BUFFER -> {
        return isReturn ? Optional.empty() : Optional.of(new JavaType.Buffer());
      }
      case REF -> {
        if (isReturn || type.getTypeArguments().size() != 1
            || type.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
          return Optional.empty();
        }
        TypeElement handle = (TypeElement) ((DeclaredType) type.getTypeArguments().get(0)).asElement();
        return handleClass(element, handle).map(JavaType.HandleRef::new);
      }
      default -> {
        if (isSubclassOf(te, NATIVE_HANDLE)) {
          return handleClass(element, te).map(JavaType.Handle::new);
        }
        if (!isReturn && te.getKind() == ElementKind.INTERFACE && Annotations.find(te, Annotations.CALLBACK).isPresent()) {
          return callbackType(element, te);
        }
        if (!isReturn && te.getKind() == ElementKind.INTERFACE && !name.startsWith("java")) {
          reportedHandleProblem.add(element);
          error(ElementRef.of(element), Message.CALLBACK_NOT_ANNOTATED, name);
        }
        return Optional.empty();
      }
    }
  }

  /** Registers a user-written {@code @Callback} interface as a callback type after reading its method. */
  private Optional<JavaType> callbackType(Element usedBy, TypeElement iface) {
    JavaClassName name = className(iface);
    AnnotationMirror annotation = Annotations.find(iface, Annotations.CALLBACK).orElseThrow();
    String cName = Annotations.string(annotation, "value").filter(s -> !s.isEmpty())
        .orElse(iface.getSimpleName().toString());
    CallbackType known = callbacks.get(name.canonicalName());
    if (known != null || !readingCallbacks.add(name.canonicalName())) {
      return Optional.of(new JavaType.Callback(name, cName));
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(iface.getEnclosedElements()).stream()
        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT)).toList();
    if (methods.size() != 1 || !iface.getInterfaces().isEmpty() || !iface.getTypeParameters().isEmpty()) {
      reportedHandleProblem.add(usedBy);
      error(ElementRef.of(iface, annotation), Message.CALLBACK_SHAPE, name.canonicalName());
      return Optional.empty();
    }
    ExecutableElement method = methods.get(0);
    List<CallbackParam> params = new ArrayList<>();
    boolean ok = true;
    for (VariableElement p : method.getParameters()) {
      Optional<JavaType> javaType = javaType(p, p.asType(), false);
      Optional<CTypeExpr> cType = javaType.flatMap(j -> cType(p, j, Direction.IN));
      if (cType.isEmpty()) {
        ok = false;
        continue;
      }
      params.add(new CallbackParam(ElementRef.of(p), p.getSimpleName().toString(), cType.get(), javaType.get(),
          Annotations.find(p, Annotations.ENCODING).flatMap(m -> Annotations.string(m, "value")),
          Annotations.find(p, Annotations.LENGTH_FROM).flatMap(m -> Annotations.string(m, "value"))));
    }
    Optional<JavaType> returnType = javaType(method, method.getReturnType(), true);
    Optional<CTypeExpr> returnC = returnType.flatMap(j -> cType(method, j, null));
    if (!ok || returnC.isEmpty()) {
      return Optional.empty();
    }
    callbacks.put(name.canonicalName(), new CallbackType(ElementRef.of(iface, annotation), cName, name, false,
        method.getSimpleName().toString(), params,
        new ReturnModel(ElementRef.of(method), returnC.get(), returnType.get(), Ownership.BORROWED, Optional.empty()),
        Annotations.find(method, Annotations.ON_EXCEPTION).flatMap(m -> Annotations.string(m, "value")),
        firstSentences(env.getElementUtils().getDocComment(iface))));
    return Optional.of(new JavaType.Callback(name, cName));
  }

  private static boolean isDeclared(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** Registers a user-written handle class as an opaque type after checking its shape. */
  private Optional<JavaClassName> handleClass(Element usedBy, TypeElement handle) {
    JavaClassName name = className(handle);
    Optional<AnnotationMirror> opaque = Annotations.find(handle, Annotations.OPAQUE);
    if (opaque.isEmpty()) {
      reportedHandleProblem.add(usedBy);
      error(ElementRef.of(usedBy), Message.HANDLE_CLASS_NOT_OPAQUE, name.canonicalName());
      return Optional.empty();
    }
    boolean constructor = ElementFilter.constructorsIn(handle.getEnclosedElements()).stream()
        .anyMatch(c -> !c.getModifiers().contains(Modifier.PRIVATE) && c.getParameters().size() == 1
            && c.getParameters().get(0).asType().toString().equals(MEMORY_SEGMENT));
    if (!constructor || !isSubclassOf(handle, NATIVE_HANDLE) || handle.getModifiers().contains(Modifier.ABSTRACT)) {
      reportedHandleProblem.add(usedBy);
      error(ElementRef.of(handle, opaque.get()), Message.HANDLE_CLASS_SHAPE, name.canonicalName());
      return Optional.empty();
    }
    Optional<String> destructor = Annotations.string(opaque.get(), "destructor").filter(d -> !d.isEmpty());
    boolean owningConstructor = ElementFilter.constructorsIn(handle.getEnclosedElements()).stream()
        .anyMatch(c -> !c.getModifiers().contains(Modifier.PRIVATE) && c.getParameters().size() == 2
            && c.getParameters().get(0).asType().toString().equals(MEMORY_SEGMENT)
            && c.getParameters().get(1).asType().toString().equals(DESTRUCTOR));
    if (destructor.isPresent() && !owningConstructor) {
      reportedHandleProblem.add(usedBy);
      error(new ElementRef(handle, opaque.get(), Annotations.value(opaque.get(), "destructor").orElse(null)),
          Message.HANDLE_CLASS_DESTRUCTOR_CONSTRUCTOR, name.canonicalName(), destructor.get());
      return Optional.empty();
    }
    String cName = Annotations.string(opaque.get(), "value").orElse("");
    opaqueTypes.putIfAbsent(name.canonicalName(),
        new OpaqueType(ElementRef.of(handle, opaque.get()), cName, name, false, "", destructor));
    return Optional.of(name);
  }

  private boolean isSubclassOf(TypeElement type, String superclass) {
    TypeMirror current = type.getSuperclass();
    while (current.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      if (element.getQualifiedName().contentEquals(superclass)) {
        return true;
      }
      current = element.getSuperclass();
    }
    return false;
  }

  private boolean isChecked(TypeMirror thrown) {
    var types = env.getTypeUtils();
    var elements = env.getElementUtils();
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error);
  }

  private static Primitive primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> Primitive.BOOLEAN;
      case BYTE -> Primitive.BYTE;
      case SHORT -> Primitive.SHORT;
      case CHAR -> Primitive.CHAR;
      case INT -> Primitive.INT;
      case LONG -> Primitive.LONG;
      case FLOAT -> Primitive.FLOAT;
      case DOUBLE -> Primitive.DOUBLE;
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }

  static JavaClassName className(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element current = type;
    while (current instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      current = t.getEnclosingElement();
    }
    String pkg = current instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return new JavaClassName(pkg, names);
  }

  /** The description part of a doc comment: everything before the first block tag. */
  private static String firstSentences(String doc) {
    if (doc == null) {
      return "";
    }
    int tag = doc.indexOf("\n@");
    String text = tag >= 0 ? doc.substring(0, tag) : doc.startsWith("@") ? "" : doc;
    return text.strip();
  }
}
