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
    List<EnumModel> enums) {

  public LibraryModel {
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
   * A model without constants or enums (the annotation front end: Java constants bind themselves,
   * and enums are YAML-only for now).
   */
  public LibraryModel(
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
      String doc) {
    this(
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
        List.of(),
        List.of());
  }

  /** Whether the library is the C library, found through the linker's default lookup. */
  public boolean isLibc() {
    return library.equals("c") || library.equals("libc");
  }

  public Optional<OpaqueType> opaqueType(String cName) {
    return opaqueTypes.stream().filter(t -> t.cName().equals(cName)).findFirst();
  }

  /** The enum of a C type name. */
  public Optional<EnumModel> enumType(String cName) {
    return enums.stream().filter(e -> e.cName().equals(cName)).findFirst();
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
}
