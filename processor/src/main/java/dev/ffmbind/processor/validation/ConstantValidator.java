package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks the constants: each a valid, unreserved field name, declared once, with a value its C type
 * can hold.
 */
record ConstantValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    Set<String> nestedClasses = nestedClasses();
    Set<String> seen = new HashSet<>();
    for (ConstantModel constant : context.model().constants()) {
      String name = constant.name();
      if (!Names.isJavaIdentifier(name)) {
        diagnostics.error(constant.ref(), Message.INVALID_JAVA_NAME, name, "field name");
      } else if (!seen.add(name)) {
        diagnostics.error(constant.ref(), Message.DUPLICATE_CONSTANT, name);
      } else if (nestedClasses.contains(name)) {
        diagnostics.error(constant.ref(), Message.CONSTANT_CLASH, name, "the nested class " + name);
      } else {
        ReservedNames.fieldClash(name)
            .ifPresent(
                what -> diagnostics.error(constant.ref(), Message.CONSTANT_CLASH, name, what));
      }
      if (constant.javaType(context.model().typedefs()).isEmpty()) {
        diagnostics.error(
            constant.ref(),
            Message.CONSTANT_VALUE,
            name,
            describe(constant.value()),
            constant.cType().orElseThrow().spelling());
      }
    }
  }

  /** The simple names of the classes nested in the binding class, which a field would obscure. */
  private Set<String> nestedClasses() {
    Set<String> names = new HashSet<>();
    for (OpaqueType t : context.model().opaqueTypes()) {
      names.add(t.javaClass().simpleName());
    }
    for (CallbackType c : context.model().callbacks()) {
      names.add(c.javaClass().simpleName());
    }
    for (StatusTableModel t : context.model().statusTables()) {
      names.add(Names.statusException(t.name()));
    }
    return names;
  }

  private static String describe(ConstantModel.Value value) {
    return switch (value) {
      case ConstantModel.IntegerValue v -> "the integer " + v.text();
      case ConstantModel.FloatingValue v -> "the number " + v.value();
      case ConstantModel.StringValue v -> "a string";
    };
  }
}
