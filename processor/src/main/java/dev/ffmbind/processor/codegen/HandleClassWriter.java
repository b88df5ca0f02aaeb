package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the handle class of an opaque C type declared in a YAML spec. */
final class HandleClassWriter {

  private HandleClassWriter() {}

  /**
   * @param declaredDestructor the binding's function that is the type's destructor, if declared
   */
  static TypeSpec write(OpaqueType opaque, Optional<FunctionModel> declaredDestructor) {
    TypeSpec.Builder type = TypeSpec.classBuilder(opaque.javaClass().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(Poet.NATIVE_HANDLE);
    if (!opaque.doc().isBlank()) {
      type.addJavadoc("$L\n\n<p>", opaque.doc().strip());
    }
    type.addJavadoc("A pointer to a C {@code $L}. Instances come only from the native library;\n", opaque.cName())
        .addJavadoc("a C {@code NULL} is Java {@code null}, never a handle.\n");
    if (opaque.destructor().isPresent()) {
      String destructor = opaque.destructor().get();
      type.addJavadoc("\n<p>Owned handles (from functions declared to return them owned) free the C object\n")
          .addJavadoc("with {@code $L} when closed, exactly once; close them, e.g. with try-with-resources.\n",
              destructor)
          .addJavadoc("Borrowed handles are not freed by {@link #close()}. After {@code close()}, passing the handle\n")
          .addJavadoc("to C throws {@link IllegalStateException}.\n");
    }
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("A borrowed pointer: {@link #close()} only stops further use.\n")
        .addParameter(Poet.MEMORY_SEGMENT, "address")
        .addStatement("super(address)")
        .build());
    if (opaque.destructor().isPresent()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An owned pointer: {@link #close()} frees it with {@code $L}, exactly once.\n",
              opaque.destructor().get())
          .addParameter(Poet.MEMORY_SEGMENT, "address")
          .addParameter(Poet.NATIVE_HANDLE.nestedClass("Destructor"), "destructor")
          .addStatement("super(address, destructor)")
          .build());
    }
    return type.build();
  }
}
