package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StructModel;

/**
 * Checks what only a resident struct's view needs: no field whose accessor would take a name the
 * view declares itself ({@link Names#STRUCT_VIEW_RESERVED}: {@code segment}, {@code set}, ...).
 * Field names in general, layouts and the view's class name are checked by {@link StructValidator}
 * and {@link LibraryValidator}.
 */
record ResidentValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    for (StructModel s : context.model().structs()) {
      if (!s.resident()) {
        continue;
      }
      for (StructModel.Field f : s.fields()) {
        String javaName = f.javaName();
        if (Names.STRUCT_VIEW_RESERVED.contains(javaName)
            && !Names.STRUCT_RESERVED.contains(javaName)) {
          diagnostics.error(
              f.ref(),
              Message.STRUCT_VIEW_FIELD_NAME,
              s.describe(),
              f.name(),
              javaName,
              s.viewClass().simpleName());
        }
      }
    }
  }
}
