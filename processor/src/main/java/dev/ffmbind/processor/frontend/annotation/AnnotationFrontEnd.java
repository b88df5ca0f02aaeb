package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.HeaderLookup;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.HeadersModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.model.StructModel;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Builds a {@link LibraryModel} from an interface annotated {@code @NativeLibrary}. It reports only
 * what the Java source alone can show (the interface's shape, Java types nothing can carry,
 * unparsable {@code @CType} spellings, malformed handle classes); all other checks belong to the
 * validator.
 *
 * <p>This class reads the library-level annotation; {@link MethodReader} reads each method, {@link
 * StatusTableReader} each status table, and the handle classes and callback interfaces the methods
 * use are read where they are met ({@link TypeReader}).
 */
public final class AnnotationFrontEnd {

  private final AnnotationContext ctx;
  private final Diagnostics diagnostics;
  private final HeaderLookup lookup;

  private AnnotationFrontEnd(
      ProcessingEnvironment env, Diagnostics diagnostics, HeaderLookup lookup) {
    this.ctx = new AnnotationContext(env, diagnostics);
    this.diagnostics = diagnostics;
    this.lookup = lookup;
  }

  /**
   * Reads one annotated interface.
   *
   * @return the model, or empty when the interface is too broken to describe (errors reported)
   */
  public static Optional<LibraryModel> read(
      ProcessingEnvironment env, TypeElement type, Diagnostics diagnostics) {
    return read(env, type, diagnostics, HeaderLookup.NONE);
  }

  /**
   * Reads one annotated interface, taking the declarations its {@code @CHeaders} names in {@code
   * fromHeader} from its headers through {@code lookup} (as the YAML front end does).
   *
   * @return the model, or empty when the interface is too broken to describe (errors reported)
   */
  public static Optional<LibraryModel> read(
      ProcessingEnvironment env, TypeElement type, Diagnostics diagnostics, HeaderLookup lookup) {
    return new AnnotationFrontEnd(env, diagnostics, lookup).readInterface(type);
  }

  private Optional<LibraryModel> readInterface(TypeElement type) {
    AnnotationMirror library = Annotations.find(type, Annotations.NATIVE_LIBRARY).orElseThrow();
    ElementRef ref = ElementRef.of(type, library);
    if (type.getKind() != ElementKind.INTERFACE) {
      ctx.error(ref, Message.ANNOTATION_NOT_INTERFACE, type.getSimpleName());
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      ctx.error(ref, Message.ANNOTATION_GENERIC_INTERFACE);
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      ctx.error(ref, Message.ANNOTATION_PRIVATE_INTERFACE, type.getSimpleName());
    }
    JavaClassName iface = AnnotationContext.className(type);
    JavaClassName binding = Names.implementationOf(iface);

    Map<String, String> typedefs = typedefs(type, library);
    List<StatusTableModel> tables = new ArrayList<>();
    for (AnnotationValue v : Annotations.array(library, "statusTables")) {
      tables.add(StatusTableReader.read(type, (AnnotationMirror) v.getValue(), binding));
    }

    boolean errorsBefore = diagnostics.hasErrors();
    Optional<LibraryModel> fromHeader = HeaderDeclReader.read(type, binding, lookup, diagnostics);
    boolean headerFailed = !errorsBefore && diagnostics.hasErrors();
    if (headerFailed && fromHeader.isEmpty()) {
      // The headers could not be read: the methods naming their types would only repeat it.
      return Optional.empty();
    }
    List<EnumModel> enums = new ArrayList<>(new EnumDeclReader(ctx).read(type, binding));
    List<ConstantModel> constants = new ArrayList<>();
    List<OpaqueType> headerOpaques = new ArrayList<>();
    List<CallbackType> headerCallbacks = new ArrayList<>();
    List<StructModel> headerStructs = new ArrayList<>();
    if (fromHeader.isPresent()) {
      // Declarations taken from the header, as the YAML front end builds them.
      LibraryModel h = fromHeader.get();
      h.typedefs().forEach(typedefs::putIfAbsent);
      enums.addAll(h.enums());
      constants.addAll(h.constants());
      headerOpaques.addAll(h.opaqueTypes());
      headerCallbacks.addAll(h.callbacks());
      headerStructs.addAll(h.structs());
    }
    // An enum's C name is a typedef of its underlying type, as in the YAML front end.
    for (EnumModel e : enums) {
      typedefs.putIfAbsent(e.cName(), e.underlying().spelling());
    }
    List<StructModel> structs =
        new ArrayList<>(new StructDeclReader(ctx).read(type, binding, enums));
    structs.addAll(headerStructs);
    ctx.generated(new GeneratedTypes(binding, structs, enums));
    MethodReader methods = new MethodReader(ctx, new TypeReader(ctx));
    List<FunctionModel> functions = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.read(method, typedefs).ifPresent(functions::add);
      } else {
        checkConcreteMethod(method);
      }
    }
    checkInheritedMethods(type, ref);
    if (ctx.broken() || headerFailed) {
      return Optional.empty();
    }
    List<OpaqueType> opaques = new ArrayList<>(headerOpaques);
    opaques.addAll(ctx.opaqueTypes());
    List<CallbackType> callbacks = new ArrayList<>(headerCallbacks);
    callbacks.addAll(ctx.callbacks());
    return Optional.of(
        LibraryModel.builder(ref, binding, Annotations.string(library, "value").orElse(""))
            .implementedInterface(Optional.of(iface))
            .alternatives(
                Annotations.array(library, "alternatives").stream()
                    .map(v -> (String) v.getValue())
                    .toList())
            .charset(Annotations.string(library, "charset").orElse("UTF-8"))
            .typedefs(typedefs)
            .opaqueTypes(opaques)
            .statusTables(tables)
            .callbacks(callbacks)
            .constants(constants)
            .functions(functions)
            .structs(structs)
            .enums(enums)
            .doc(ctx.doc(type))
            .isolationAllowed(Annotations.bool(library, "isolation", false))
            .headers(headers(type))
            .build());
  }

  /** Whether the annotation declares a C type in a record or enum: {@code @Struct}, ... */
  public static boolean isDeclaration(TypeElement annotation) {
    String name = annotation.getQualifiedName().toString();
    return name.equals(StructDeclReader.STRUCT)
        || name.equals(StructDeclReader.UNION)
        || name.equals(EnumDeclReader.C_ENUM);
  }

  /**
   * Reports a {@code @Struct}, {@code @Union} or {@code @CEnum} type that is not nested in a
   * {@code @NativeLibrary} interface: only the interface's own members are read, so it would
   * otherwise be silently ignored (and a method naming its generated type would fail to compile
   * with no word about why).
   */
  public static void checkPlacement(
      Element element, TypeElement annotation, Diagnostics diagnostics) {
    Element outer = element.getEnclosingElement();
    if (outer instanceof TypeElement t
        && t.getKind() == ElementKind.INTERFACE
        && Annotations.find(t, Annotations.NATIVE_LIBRARY).isPresent()) {
      return;
    }
    AnnotationMirror mirror =
        Annotations.find(element, annotation.getQualifiedName().toString()).orElseThrow();
    diagnostics.error(
        ElementRef.of(element, mirror),
        Message.STRUCT_NOT_NESTED,
        annotation.getSimpleName(),
        element.getSimpleName());
  }

  /** The interface's {@code @CHeaders}, if it has one with at least one header. */
  private static Optional<HeadersModel> headers(TypeElement type) {
    return Annotations.find(type, "dev.ffmbind.annotation.CHeaders")
        .map(
            m ->
                new HeadersModel(
                    ElementRef.of(type, m),
                    strings(m, "value"),
                    strings(m, "includeDirs"),
                    strings(m, "defines")))
        .filter(h -> !h.files().isEmpty());
  }

  private static List<String> strings(AnnotationMirror mirror, String member) {
    return Annotations.array(mirror, member).stream().map(v -> (String) v.getValue()).toList();
  }

  /**
   * Default and static methods are the user's own code and are left alone; only a default {@code
   * load()} cannot stay, since the generated class declares a static {@code load()}, which may not
   * hide an instance method.
   */
  private void checkConcreteMethod(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.DEFAULT)
        && method.getSimpleName().contentEquals("load")
        && method.getParameters().isEmpty()) {
      ctx.error(
          ElementRef.of(method),
          Message.DEFAULT_METHOD_RESERVED,
          "default",
          "load",
          "the static method load()");
    }
  }

  /**
   * Abstract methods inherited from a super-interface (even {@code Runnable.run}) are refused, not
   * bound: whether an inherited method is a C function is the interface's decision, made by
   * redeclaring it. Left alone, the generated class would not compile.
   */
  private void checkInheritedMethods(TypeElement type, ElementRef ref) {
    for (ExecutableElement method : ctx.inheritedAbstractMethods(type)) {
      TypeElement from = (TypeElement) method.getEnclosingElement();
      ctx.error(
          ref,
          Message.INHERITED_NATIVE_METHOD,
          from.getSimpleName() + "." + method.getSimpleName() + "()",
          from.getQualifiedName(),
          type.getSimpleName());
    }
  }

  /** {@code typedefs = {"uLong = unsigned long", ...}}; one without {@code =} is reported. */
  private Map<String, String> typedefs(TypeElement type, AnnotationMirror library) {
    Map<String, String> typedefs = new LinkedHashMap<>();
    for (AnnotationValue v : Annotations.array(library, "typedefs")) {
      String text = (String) v.getValue();
      int eq = text.indexOf('=');
      if (eq <= 0) {
        ctx.error(new ElementRef(type, library, v), Message.C_TYPE_SYNTAX, text);
      } else {
        typedefs.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
      }
    }
    return typedefs;
  }
}
