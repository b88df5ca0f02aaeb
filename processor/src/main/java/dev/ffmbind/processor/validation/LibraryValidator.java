package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;

/** Checks the binding as a whole: the library name, the generated class, the default charset. */
record LibraryValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate() {
    LibraryModel model = context.model();
    checkLibraryName(model);
    checkClassName(model);
    shared.charset(model.ref(), model.charset());
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
    }
    for (String simple : model.bindingClass().simpleNames()) {
      if (!Names.isJavaIdentifier(simple)) {
        diagnostics.error(model.ref(), Message.INVALID_JAVA_NAME, simple, "class name");
      }
    }
  }

  private void checkHasFunctions(LibraryModel model) {
    if (model.functions().isEmpty()) {
      diagnostics.warning(model.ref(), Message.NO_FUNCTIONS,
          model.bindingClass().canonicalName());
    }
  }
}
