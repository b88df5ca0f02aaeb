package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The binding being validated and its indexes, built once so that every lookup a validator makes by
 * name costs the same however large the binding is. Where a name is declared twice, the index holds
 * the first declaration, as the model's own lookups do.
 *
 * @param model the binding
 * @param typedefs its typedefs, expanded once
 * @param opaqueTypes opaque types by C name
 * @param handleTypes opaque types by handle class
 * @param duplicateOpaqueTypes C names declared as opaque types more than once
 * @param statusTables status tables by name
 * @param callbacks callback types by Java class
 * @param functionsByJavaName functions by Java method name
 * @param functionsByAnyName functions by C symbol and by Java method name, whichever the function
 *     declared first carries
 * @param destructors each function that can be a destructor, by its symbol and the handle class it
 *     takes
 * @param nestedClassNames the simple names of the classes generated inside the binding class
 *     (handle classes, exceptions, callback interfaces and their stub holders)
 */
record ValidationContext(
    LibraryModel model,
    TypedefExpansion typedefs,
    Map<String, OpaqueType> opaqueTypes,
    Map<JavaClassName, OpaqueType> handleTypes,
    Set<String> duplicateOpaqueTypes,
    Map<String, StatusTableModel> statusTables,
    Map<JavaClassName, CallbackType> callbacks,
    Map<String, FunctionModel> functionsByJavaName,
    Map<String, FunctionModel> functionsByAnyName,
    Map<DestructorKey, FunctionModel> destructors,
    Set<String> nestedClassNames) {

  /** A C symbol and a handle class it is called with. */
  record DestructorKey(String symbol, JavaClassName handleClass) {}

  ValidationContext {
    opaqueTypes = Map.copyOf(opaqueTypes);
    handleTypes = Map.copyOf(handleTypes);
    duplicateOpaqueTypes = Set.copyOf(duplicateOpaqueTypes);
    statusTables = Map.copyOf(statusTables);
    callbacks = Map.copyOf(callbacks);
    functionsByJavaName = Map.copyOf(functionsByJavaName);
    functionsByAnyName = Map.copyOf(functionsByAnyName);
    destructors = Map.copyOf(destructors);
    nestedClassNames = Set.copyOf(nestedClassNames);
  }

  /** Indexes a binding; each index is one pass over the model. */
  static ValidationContext of(LibraryModel model) {
    Map<String, OpaqueType> opaqueTypes = new HashMap<>();
    Map<JavaClassName, OpaqueType> handleTypes = new HashMap<>();
    Set<String> duplicates = new HashSet<>();
    for (OpaqueType type : model.opaqueTypes()) {
      if (opaqueTypes.putIfAbsent(type.cName(), type) != null) {
        duplicates.add(type.cName());
      }
      handleTypes.putIfAbsent(type.javaClass(), type);
    }
    Map<String, StatusTableModel> statusTables = new HashMap<>();
    model.statusTables().forEach(t -> statusTables.putIfAbsent(t.name(), t));
    Map<JavaClassName, CallbackType> callbacks = new HashMap<>();
    model.callbacks().forEach(c -> callbacks.putIfAbsent(c.javaClass(), c));
    Map<String, FunctionModel> byJavaName = new HashMap<>();
    Map<String, FunctionModel> byAnyName = new HashMap<>();
    Map<DestructorKey, FunctionModel> destructors = new HashMap<>();
    for (FunctionModel fn : model.functions()) {
      byJavaName.putIfAbsent(fn.javaName(), fn);
      byAnyName.putIfAbsent(fn.cSymbol(), fn);
      byAnyName.putIfAbsent(fn.javaName(), fn);
      for (ParamModel p : fn.params()) {
        if (p.javaType() instanceof JavaType.Handle h) {
          destructors.putIfAbsent(new DestructorKey(fn.cSymbol(), h.handleClass()), fn);
        }
      }
    }
    Set<String> nested = new HashSet<>();
    model.opaqueTypes().stream()
        .filter(OpaqueType::generated)
        .forEach(o -> nested.add(o.javaClass().simpleName()));
    model.statusTables().forEach(t -> nested.add(t.exceptionClass().simpleName()));
    for (CallbackType cb : model.callbacks()) {
      if (cb.generated()) {
        nested.add(cb.javaClass().simpleName());
      }
      nested.add(Names.stubHolder(cb.javaClass().simpleName()));
    }
    return new ValidationContext(
        model,
        new TypedefExpansion(model.typedefs()),
        opaqueTypes,
        handleTypes,
        duplicates,
        statusTables,
        callbacks,
        byJavaName,
        byAnyName,
        destructors,
        nested);
  }

  /** The type with its typedefs expanded, or empty when a typedef is malformed or cyclic. */
  Optional<CTypeExpr> expand(CTypeExpr type) {
    return typedefs.expand(type);
  }

  /** Whether the type is an integer once its typedefs are expanded. */
  boolean isInteger(CTypeExpr type) {
    return expand(type).map(CTypes::isInteger).orElse(false);
  }

  /** The first opaque type of this C name. */
  Optional<OpaqueType> opaqueType(String cName) {
    return Optional.ofNullable(opaqueTypes.get(cName));
  }

  /** The first opaque type carried by this handle class. */
  Optional<OpaqueType> opaqueType(JavaClassName handleClass) {
    return Optional.ofNullable(handleTypes.get(handleClass));
  }

  /** The handle class of an opaque C type: the lookup {@link CTypes} takes. */
  Optional<JavaClassName> handleClass(String cName) {
    return opaqueType(cName).map(OpaqueType::javaClass);
  }

  /** The first status table of this name. */
  Optional<StatusTableModel> statusTable(String name) {
    return Optional.ofNullable(statusTables.get(name));
  }

  /** The first callback type implemented by this interface. */
  Optional<CallbackType> callback(JavaClassName javaClass) {
    return Optional.ofNullable(callbacks.get(javaClass));
  }

  /** Whether a function has this Java method name. */
  boolean declaresMethod(String javaName) {
    return functionsByJavaName.containsKey(javaName);
  }

  /** The first function whose C symbol or Java name is {@code name}. */
  Optional<FunctionModel> function(String name) {
    return Optional.ofNullable(functionsByAnyName.get(name));
  }

  /** A "did you mean" hint among the functions' C symbols, for a name no function has. */
  String functionHint(String name) {
    return Diagnostics.didYouMean(
        name, model.functions().stream().map(FunctionModel::cSymbol).toList());
  }

  /**
   * The function that is an opaque type's destructor, with the rule of {@link
   * LibraryModel#destructorFunction}: the first one bound to the destructor's symbol that takes a
   * handle of the type.
   */
  Optional<FunctionModel> destructorFunction(OpaqueType type) {
    return type.destructor()
        .map(symbol -> destructors.get(new DestructorKey(symbol, type.javaClass())));
  }

  /** The names of all callback types, for "did you mean". */
  List<String> callbackNames() {
    return model.callbacks().stream().map(CallbackType::cName).toList();
  }
}
