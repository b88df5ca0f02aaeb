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
 * @param implementedInterface the annotated interface the class implements (annotation front
 *     end), or empty (YAML front end)
 * @param library the library to load: a name ({@code z}, {@code sqlite3}), a path, or {@code c}
 *     for the C library
 * @param alternatives further names or paths to try, in order ({@code libsqlite3.so.0})
 * @param charset the default charset of strings
 * @param typedefs C typedefs used by this binding ({@code uLong -> unsigned long})
 * @param opaqueTypes opaque C types carried by handle classes
 * @param statusTables status-code tables
 * @param callbacks callback (function-pointer) types
 * @param functions the functions, in declaration order
 * @param doc documentation for the generated class; may be empty
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
    List<StatusTable> statusTables,
    List<CallbackType> callbacks,
    List<FunctionModel> functions,
    String doc) {

  public LibraryModel {
    alternatives = List.copyOf(alternatives);
    typedefs = Map.copyOf(typedefs);
    opaqueTypes = List.copyOf(opaqueTypes);
    statusTables = List.copyOf(statusTables);
    callbacks = List.copyOf(callbacks);
    functions = List.copyOf(functions);
  }

  /** Whether the library is the C library, found through the linker's default lookup. */
  public boolean isLibc() {
    return library.equals("c") || library.equals("libc");
  }

  public Optional<OpaqueType> opaqueType(String cName) {
    return opaqueTypes.stream().filter(t -> t.cName().equals(cName)).findFirst();
  }

  public Optional<CallbackType> callback(String cName) {
    return callbacks.stream().filter(c -> c.cName().equals(cName)).findFirst();
  }

  public Optional<CallbackType> callback(JavaClassName javaClass) {
    return callbacks.stream().filter(c -> c.javaClass().equals(javaClass)).findFirst();
  }

  public Optional<StatusTable> statusTable(String name) {
    return statusTables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<FunctionModel> function(String cSymbol) {
    return functions.stream().filter(f -> f.cSymbol().equals(cSymbol)).findFirst();
  }
}
