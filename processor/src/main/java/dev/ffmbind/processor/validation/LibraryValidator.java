package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.model.StructModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the binding as a whole: the library name, the generated class and the classes nested in
 * it, the default charset, and that no name is too long for a class file.
 */
record LibraryValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate() {
    LibraryModel model = context.model();
    checkLibraryName(model);
    checkClassName(model);
    checkNestedClasses(model);
    shared.charset(model.ref(), model.charset());
    checkConstantLengths(model);
    checkHasFunctions(model);
  }

  private void checkLibraryName(LibraryModel model) {
    if (model.library().isBlank()) {
      diagnostics.error(model.ref(), Message.EMPTY_LIBRARY_NAME);
    }
  }

  private void checkClassName(LibraryModel model) {
    String packageName = model.bindingClass().packageName();
    if (!Names.isPackageName(packageName)) {
      diagnostics.error(model.ref(), Message.INVALID_JAVA_NAME, packageName, "package name");
    } else if (ReservedNames.isJdkPackage(packageName)) {
      diagnostics.error(model.ref(), Message.RESERVED_PACKAGE, packageName);
    }
    for (String simple : model.bindingClass().simpleNames()) {
      if (!Names.isJavaIdentifier(simple)) {
        diagnostics.error(model.ref(), Message.INVALID_JAVA_NAME, simple, "class name");
      } else if (ReservedNames.isRestrictedTypeName(simple)) {
        diagnostics.error(model.ref(), Message.RESTRICTED_TYPE_NAME, simple);
      }
    }
  }

  /**
   * The classes generated inside the binding class (handle classes, exceptions, callback
   * interfaces, the stub holder of each callback, the downcall holder) each need a name of their
   * own, other than the binding class's.
   */
  private void checkNestedClasses(LibraryModel model) {
    Map<String, String> seen = new HashMap<>();
    seen.put(model.bindingClass().simpleName(), "the binding class");
    seen.put(Names.DOWNCALLS, "the generated holder of the method handles");
    // A second declaration of the same C name is reported as a duplicate by its own validator.
    Set<String> declared = new HashSet<>();
    for (OpaqueType type : model.opaqueTypes()) {
      if (type.generated() && declared.add("opaque " + type.cName())) {
        nested(
            seen, type.ref(), "opaque type '" + type.cName() + "'", type.javaClass().simpleName());
      }
    }
    for (EnumModel e : model.enums()) {
      if (declared.add("enum " + e.cName())) {
        nested(seen, e.ref(), "enum '" + e.cName() + "'", e.javaClass().simpleName());
      }
    }
    for (StructModel s : model.structs()) {
      if (declared.add("struct " + s.cName())) {
        if (nested(seen, s.ref(), s.describe(), s.javaClass().simpleName()) && s.resident()) {
          nested(seen, s.ref(), s.describe() + " (its view)", s.viewClass().simpleName());
        }
      }
    }
    for (StatusTableModel table : model.statusTables()) {
      if (!declared.add("table " + table.name())) {
        continue;
      }
      nested(
          seen,
          table.ref(),
          "status table '" + table.name() + "'",
          table.exceptionClass().simpleName());
    }
    for (CallbackType cb : model.callbacks()) {
      if (!declared.add("callback " + cb.cName())) {
        continue;
      }
      String what = "callback '" + cb.cName() + "'";
      if (cb.generated() && !nested(seen, cb.ref(), what, cb.javaClass().simpleName())) {
        continue; // its stub holder's name clashes too: one message is enough
      }
      nested(
          seen,
          cb.ref(),
          what + " (its upcall stub holder)",
          Names.stubHolder(cb.javaClass().simpleName()));
    }
  }

  /** Records a nested class; false when its name is refused (reported). */
  private boolean nested(Map<String, String> seen, SourceRef ref, String what, String name) {
    if (ReservedNames.isRestrictedTypeName(name)) {
      diagnostics.error(ref, Message.RESTRICTED_TYPE_NAME, name);
      return false;
    }
    String first = seen.putIfAbsent(name, what);
    if (first != null) {
      diagnostics.error(ref, Message.DUPLICATE_NESTED_CLASS, first, what, name);
      return false;
    }
    return true;
  }

  /**
   * Every name that ends up as a class-file constant (a class, method or parameter name, a string
   * the generated code passes to the runtime) fits in one: at most 65535 bytes.
   */
  private void checkConstantLengths(LibraryModel model) {
    length(model.ref(), "library name", model.library());
    model.alternatives().forEach(a -> length(model.ref(), "alternative library name", a));
    length(model.ref(), "package name", model.bindingClass().packageName());
    length(model.ref(), "class name", model.bindingClass().simpleName());
    for (OpaqueType type : model.opaqueTypes()) {
      length(type.ref(), "opaque type name", type.cName());
      length(type.ref(), "class name", type.javaClass().simpleName());
      type.destructor().ifPresent(d -> length(type.ref(), "destructor name", d));
    }
    for (StatusTableModel table : model.statusTables()) {
      length(table.ref(), "status table name", table.name());
      length(table.ref(), "class name", table.exceptionClass().simpleName());
      for (StatusCodeModel code : table.codes()) {
        length(code.ref(), "status code name", code.name());
        length(code.ref(), "status code description", code.description());
      }
    }
    for (EnumModel e : model.enums()) {
      length(e.ref(), "enum name", e.cName());
      length(e.ref(), "class name", e.javaClass().simpleName());
      for (EnumModel.Value v : e.values()) {
        length(v.ref(), "enum value name", v.name());
      }
    }
    for (ConstantModel c : model.constants()) {
      length(c.ref(), "constant name", c.name());
      if (c.value() instanceof ConstantModel.StringValue text) {
        length(c.ref(), "string constant", text.value());
      }
    }
    for (StructModel struct : model.structs()) {
      length(struct.ref(), struct.keyword() + " name", struct.cName());
      length(struct.ref(), "class name", struct.javaClass().simpleName());
      for (StructModel.Field field : struct.fields()) {
        length(field.ref(), "field name", field.name());
      }
    }
    for (CallbackType cb : model.callbacks()) {
      length(cb.ref(), "callback name", cb.cName());
      length(cb.ref(), "class name", cb.javaClass().simpleName());
      length(cb.ref(), "method name", cb.methodName());
      for (CallbackParam p : cb.params()) {
        length(p.ref(), "parameter name", p.name());
      }
    }
    for (FunctionModel fn : model.functions()) {
      length(fn.ref(), "method name", fn.javaName());
      length(fn.ref(), "C symbol", fn.cSymbol());
      for (ParamModel p : fn.params()) {
        length(p.ref(), "parameter name", p.name());
      }
      fn.returns()
          .ownership()
          .freeFunction()
          .ifPresent(f -> length(fn.returns().ref(), "free function name", f));
    }
  }

  private void length(SourceRef ref, String what, String name) {
    if (ReservedNames.tooLong(name)) {
      diagnostics.error(
          ref,
          Message.NAME_TOO_LONG,
          what,
          ReservedNames.head(name),
          ReservedNames.classFileLength(name));
    }
  }

  private void checkHasFunctions(LibraryModel model) {
    if (model.functions().isEmpty()) {
      diagnostics.warning(model.ref(), Message.NO_FUNCTIONS, model.bindingClass().canonicalName());
    }
  }
}
