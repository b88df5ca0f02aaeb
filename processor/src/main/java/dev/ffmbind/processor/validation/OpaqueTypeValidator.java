package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Checks the opaque types: declared once, a valid handle class name, a usable destructor. */
record OpaqueTypeValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    Set<String> seen = new HashSet<>();
    for (OpaqueType opaque : context.model().opaqueTypes()) {
      if (!seen.add(opaque.cName())) {
        diagnostics.error(opaque.ref(), Message.DUPLICATE_OPAQUE, opaque.cName());
      }
      checkClassName(opaque);
      opaque.destructor().ifPresent(d -> checkDestructor(opaque, d));
    }
  }

  private void checkClassName(OpaqueType opaque) {
    String simpleName = opaque.javaClass().simpleName();
    if (opaque.generated() && !Names.isJavaIdentifier(simpleName)) {
      diagnostics.error(opaque.ref(), Message.INVALID_JAVA_NAME, simpleName, "class name");
    }
  }

  /**
   * A destructor is a C function name. If the binding declares it as a function taking the handle,
   * that function must fit {@code void f(T*)} or {@code int f(T*)} with an error convention, and
   * must not be optional.
   */
  private void checkDestructor(OpaqueType opaque, String destructor) {
    if (!Names.isCSymbol(destructor) || destructor.indexOf('@') >= 0) {
      diagnostics.error(opaque.ref(), Message.DESTRUCTOR_NAME, opaque.cName(), destructor);
      return;
    }
    Optional<FunctionModel> declared = context.destructorFunction(opaque);
    if (declared.isEmpty()) {
      return;
    }
    FunctionModel fn = declared.get();
    boolean voidResult = context.expand(fn.returns().cType()).map(CTypeExpr::isVoid).orElse(false);
    boolean checkedStatus =
        context.isInteger(fn.returns().cType()) && fn.errors().kind() != ErrorModel.Kind.NONE;
    if (fn.params().size() != 1 || !(voidResult || checkedStatus)) {
      diagnostics.error(
          opaque.ref(),
          Message.DESTRUCTOR_SHAPE,
          opaque.cName(),
          destructor,
          fn.javaName(),
          opaque.cName());
    } else if (fn.optional()) {
      diagnostics.error(opaque.ref(), Message.DESTRUCTOR_OPTIONAL, opaque.cName(), destructor);
    }
  }
}
