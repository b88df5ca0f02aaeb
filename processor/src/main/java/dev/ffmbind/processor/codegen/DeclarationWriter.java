package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructModel;

/**
 * Adds what a binding declares besides functions and handles: its constants (fields, {@link
 * ConstantWriter}) and its enums (nested classes, {@link EnumWriter}).
 */
final class DeclarationWriter {

  private DeclarationWriter() {}

  /** Adds the constants and enums of the model to the binding class. */
  static void addTo(TypeSpec.Builder type, LibraryModel model) {
    ConstantWriter.addTo(type, model);
    for (EnumModel e : model.enums()) {
      type.addType(EnumWriter.write(e, model.typedefs()));
    }
    StructLayouts layouts = new StructLayouts(model);
    for (StructModel s : model.structs()) {
      type.addType(StructWriter.write(s, layouts, model.charset()));
      if (s.resident()) {
        type.addType(StructViewWriter.write(s, layouts, model.charset()));
      }
    }
  }
}
