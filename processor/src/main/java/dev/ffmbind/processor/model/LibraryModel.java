package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything ffmbind knows about one binding: the C library, its types, status tables and
 * functions, and the Java class to generate. Both front ends produce this and nothing else.
 *
 * @param ref where the binding was declared (the interface, or the spec file's root)
 * @param bindingClass the generated class
 * @param implementedInterface the annotated interface the class implements (annotation front end),
 *     or empty (YAML front end)
 * @param library the library to load: a name ({@code z}, {@code sqlite3}), a path, or {@code c} for
 *     the C library
 * @param alternatives further names or paths to try, in order ({@code libsqlite3.so.0})
 * @param charset the default charset of strings
 * @param typedefs C typedefs used by this binding ({@code uLong -> unsigned long})
 * @param opaqueTypes opaque C types carried by handle classes
 * @param statusTables status-code tables
 * @param callbacks callback (function-pointer) types
 * @param functions the functions, in declaration order
 * @param doc documentation for the generated class; may be empty
 * @param constants named constants, bound as {@code public static final} fields, in declaration
 *     order
 * @param enums C enums, each a generated class; each also declares a typedef of its C name to its
 *     underlying type, in {@code typedefs}
 * @param isolationAllowed whether the binding can also run in a helper process ({@code isolation:
 *     allowed}): then it gets {@code load(Isolation)} (docs/isolation.md)
 * @param headers the C headers that declare the library, if the binding names them: the ABI check
 *     compiles the binding against them
 * @param typedefRefs where each typedef was declared, for the typedefs a front end can locate
 * @param structs C structs and unions whose fields Java reads and writes, each a generated value
 *     type
 */
public record LibraryModel(
    SourceRef ref,
    JavaClassName bindingClass,
    Optional<JavaClassName> implementedInterface,
    String library,
    List<String> alternatives,
    String charset,
    Map<String, String> typedefs,
    List<OpaqueType> opaqueTypes,
    List<StatusTableModel> statusTables,
    List<CallbackType> callbacks,
    List<FunctionModel> functions,
    String doc,
    List<ConstantModel> constants,
    List<EnumModel> enums,
    boolean isolationAllowed,
    Optional<HeadersModel> headers,
    Map<String, SourceRef> typedefRefs,
    List<StructModel> structs) {

  public LibraryModel {
    typedefRefs = Map.copyOf(typedefRefs);
    structs = List.copyOf(structs);
    constants = List.copyOf(constants);
    enums = List.copyOf(enums);
    alternatives = List.copyOf(alternatives);
    typedefs = Map.copyOf(typedefs);
    opaqueTypes = List.copyOf(opaqueTypes);
    statusTables = List.copyOf(statusTables);
    callbacks = List.copyOf(callbacks);
    functions = List.copyOf(functions);
  }

  /**
   * A builder for a binding of {@code library}: by default it implements no interface, has no
   * alternatives, typedefs or declarations, no documentation, and strings are UTF-8.
   */
  public static Builder builder(SourceRef ref, JavaClassName bindingClass, String library) {
    return new Builder(ref, bindingClass, library);
  }

  /** Whether the library is the C library, found through the linker's default lookup. */
  public boolean isLibc() {
    return library.equals("c") || library.equals("libc");
  }

  public Optional<OpaqueType> opaqueType(String cName) {
    return opaqueTypes.stream().filter(t -> t.cName().equals(cName)).findFirst();
  }

  /** This binding with other headers (everything else the same). */
  public LibraryModel withHeaders(Optional<HeadersModel> newHeaders) {
    return new LibraryModel(
        ref,
        bindingClass,
        implementedInterface,
        library,
        alternatives,
        charset,
        typedefs,
        opaqueTypes,
        statusTables,
        callbacks,
        functions,
        doc,
        constants,
        enums,
        isolationAllowed,
        newHeaders,
        typedefRefs,
        structs);
  }

  /** Where a typedef was declared, or the binding's own location when it is not known. */
  public SourceRef typedefRef(String name) {
    return typedefRefs.getOrDefault(name, ref);
  }

  /** The enum of a C type name. */
  public Optional<EnumModel> enumType(String cName) {
    return enums.stream().filter(e -> e.cName().equals(cName)).findFirst();
  }

  /** The struct or union of a C name (a {@code struct} or {@code union} tag, or a typedef). */
  public Optional<StructModel> struct(String cName) {
    return structs.stream().filter(s -> s.cName().equals(cName)).findFirst();
  }

  public Optional<CallbackType> callback(String cName) {
    return callbacks.stream().filter(c -> c.cName().equals(cName)).findFirst();
  }

  public Optional<CallbackType> callback(JavaClassName javaClass) {
    return callbacks.stream().filter(c -> c.javaClass().equals(javaClass)).findFirst();
  }

  public Optional<StatusTableModel> statusTable(String name) {
    return statusTables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The function of this binding that is an opaque type's destructor: the first one bound to the
   * destructor's symbol that takes a handle of the type. Empty when the type has no destructor, or
   * the spec does not declare it as a function taking the handle (then it is linked as {@code void
   * destructor(T*)}).
   */
  public Optional<FunctionModel> destructorFunction(OpaqueType type) {
    if (type.destructor().isEmpty()) {
      return Optional.empty();
    }
    JavaType handle = new JavaType.Handle(type.javaClass());
    return functions.stream()
        .filter(f -> f.cSymbol().equals(type.destructor().get()))
        .filter(f -> f.params().stream().anyMatch(p -> p.javaType().equals(handle)))
        .findFirst();
  }

  public Optional<OpaqueType> opaqueType(JavaClassName handleClass) {
    return opaqueTypes.stream().filter(t -> t.javaClass().equals(handleClass)).findFirst();
  }

  public Optional<FunctionModel> function(String cSymbol) {
    return functions.stream().filter(f -> f.cSymbol().equals(cSymbol)).findFirst();
  }

  /** Builds a {@link LibraryModel}; the defaults of the optional components are set here. */
  public static final class Builder {
    private final SourceRef ref;
    private final JavaClassName bindingClass;
    private final String library;
    private Optional<JavaClassName> implementedInterface = Optional.empty();
    private List<String> alternatives = List.of();
    private String charset = "UTF-8";
    private Map<String, String> typedefs = Map.of();
    private List<OpaqueType> opaqueTypes = List.of();
    private List<StatusTableModel> statusTables = List.of();
    private List<CallbackType> callbacks = List.of();
    private List<FunctionModel> functions = List.of();
    private String doc = "";
    private List<ConstantModel> constants = List.of();
    private List<EnumModel> enums = List.of();
    private boolean isolationAllowed;
    private Optional<HeadersModel> headers = Optional.empty();
    private Map<String, SourceRef> typedefRefs = Map.of();
    private List<StructModel> structs = List.of();

    private Builder(SourceRef ref, JavaClassName bindingClass, String library) {
      this.ref = ref;
      this.bindingClass = bindingClass;
      this.library = library;
    }

    /** Sets {@link LibraryModel#implementedInterface()}. */
    public Builder implementedInterface(Optional<JavaClassName> implementedInterface) {
      this.implementedInterface = implementedInterface;
      return this;
    }

    /** Sets {@link LibraryModel#alternatives()}. */
    public Builder alternatives(List<String> alternatives) {
      this.alternatives = alternatives;
      return this;
    }

    /** Sets {@link LibraryModel#charset()}. */
    public Builder charset(String charset) {
      this.charset = charset;
      return this;
    }

    /** Sets {@link LibraryModel#typedefs()}. */
    public Builder typedefs(Map<String, String> typedefs) {
      this.typedefs = typedefs;
      return this;
    }

    /** Sets {@link LibraryModel#opaqueTypes()}. */
    public Builder opaqueTypes(List<OpaqueType> opaqueTypes) {
      this.opaqueTypes = opaqueTypes;
      return this;
    }

    /** Sets {@link LibraryModel#statusTables()}. */
    public Builder statusTables(List<StatusTableModel> statusTables) {
      this.statusTables = statusTables;
      return this;
    }

    /** Sets {@link LibraryModel#callbacks()}. */
    public Builder callbacks(List<CallbackType> callbacks) {
      this.callbacks = callbacks;
      return this;
    }

    /** Sets {@link LibraryModel#functions()}. */
    public Builder functions(List<FunctionModel> functions) {
      this.functions = functions;
      return this;
    }

    /** Sets {@link LibraryModel#doc()}. */
    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** Sets {@link LibraryModel#constants()}. */
    public Builder constants(List<ConstantModel> constants) {
      this.constants = constants;
      return this;
    }

    /** Sets {@link LibraryModel#enums()}. */
    public Builder enums(List<EnumModel> enums) {
      this.enums = enums;
      return this;
    }

    /** Sets {@link LibraryModel#isolationAllowed()}. */
    public Builder isolationAllowed(boolean isolationAllowed) {
      this.isolationAllowed = isolationAllowed;
      return this;
    }

    /** Sets {@link LibraryModel#headers()}. */
    public Builder headers(Optional<HeadersModel> headers) {
      this.headers = headers;
      return this;
    }

    /** Sets {@link LibraryModel#typedefRefs()}. */
    public Builder typedefRefs(Map<String, SourceRef> typedefRefs) {
      this.typedefRefs = typedefRefs;
      return this;
    }

    /** Sets {@link LibraryModel#structs()}. */
    public Builder structs(List<StructModel> structs) {
      this.structs = structs;
      return this;
    }

    /** The binding. */
    public LibraryModel build() {
      return new LibraryModel(
          ref,
          bindingClass,
          implementedInterface,
          library,
          alternatives,
          charset,
          typedefs,
          opaqueTypes,
          statusTables,
          callbacks,
          functions,
          doc,
          constants,
          enums,
          isolationAllowed,
          headers,
          typedefRefs,
          structs);
    }
  }
}
