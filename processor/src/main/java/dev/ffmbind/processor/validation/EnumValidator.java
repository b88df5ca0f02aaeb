package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.Names;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the enums: declared once, not also a typedef, of a 32- or 64-bit integer type (signed or
 * unsigned), and with values that are Java identifiers declared once and fit the type. Two names
 * may share a value (C aliases); the class's name is checked with the other nested classes.
 */
record EnumValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    Set<String> seen = new HashSet<>();
    for (EnumModel e : context.model().enums()) {
      if (!seen.add(e.cName())) {
        diagnostics.error(e.ref(), Message.DUPLICATE_ENUM, e.cName());
        continue;
      }
      String simpleName = e.javaClass().simpleName();
      if (!Names.isJavaIdentifier(simpleName)) {
        diagnostics.error(e.ref(), Message.INVALID_JAVA_NAME, simpleName, "class name");
      }
      if (!e.underlying().spelling().equals(context.model().typedefs().get(e.cName()))) {
        diagnostics.error(e.ref(), Message.ENUM_TYPEDEF, e.cName());
      }
      Optional<CTypes.Scalar> type =
          CTypes.expand(e.underlying(), context.model().typedefs())
              .flatMap(CTypes::scalar)
              .filter(s -> s.carrier() == Primitive.INT || s.carrier() == Primitive.LONG);
      if (type.isEmpty()) {
        diagnostics.error(e.ref(), Message.ENUM_TYPE, e.cName(), e.underlying().spelling());
      }
      checkValues(e, type);
    }
  }

  private void checkValues(EnumModel e, Optional<CTypes.Scalar> type) {
    Set<String> names = new HashSet<>();
    for (EnumModel.Value v : e.values()) {
      if (!Names.isJavaIdentifier(v.name())) {
        diagnostics.error(v.ref(), Message.INVALID_JAVA_NAME, v.name(), "constant name");
      } else if (!names.add(v.name())) {
        diagnostics.error(v.ref(), Message.DUPLICATE_ENUM_VALUE, e.cName(), v.name());
      } else {
        ReservedNames.parameterClash(v.name())
            .ifPresent(what -> diagnostics.error(v.ref(), Message.CONSTANT_CLASH, v.name(), what));
      }
      if (type.isPresent() && !CTypes.fits(v.value(), type.get())) {
        diagnostics.error(
            v.ref(),
            Message.ENUM_VALUE_RANGE,
            e.cName(),
            v.name(),
            v.value(),
            e.underlying().spelling());
      }
    }
  }
}
