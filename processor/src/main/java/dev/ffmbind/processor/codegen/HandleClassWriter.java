package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
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
    TypeSpec.Builder type =
        TypeSpec.classBuilder(opaque.javaClass().simpleName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(Poet.NATIVE_HANDLE);
    Prose pointer =
        Prose.of(
            "A pointer to a C $L. Instances come only from the native library;"
                + " a C {@code NULL} is Java {@code null}, never a handle.",
            Prose.code(opaque.cName()));
    Javadoc doc = Javadoc.specDoc(opaque.doc(), pointer);
    if (!opaque.doc().isBlank()) {
      doc.paragraph(pointer);
    }
    if (opaque.destructor().isPresent()) {
      doc.paragraph(
          "Owned handles (from functions declared to return them owned) free the C"
              + " object with $L when closed, exactly once; close them, e.g. with"
              + " try-with-resources. Borrowed handles are not freed by {@link #close()}. After"
              + " {@code close()}, passing the handle to C throws {@link IllegalStateException}.",
          Prose.code(opaque.destructor().get()));
    }
    type.addJavadoc(doc.render(1));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                Javadoc.summary("A borrowed pointer: {@link #close()} only stops further use.")
                    .param("address", Prose.of("the C pointer"))
                    .render(2))
            .addParameter(Poet.MEMORY_SEGMENT, "address")
            .addStatement("super(address)")
            .build());
    if (opaque.destructor().isPresent()) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addJavadoc(
                  Javadoc.summary(
                          "An owned pointer: {@link #close()} frees it with $L," + " exactly once.",
                          Prose.code(opaque.destructor().get()))
                      .param("address", Prose.of("the C pointer"))
                      .param("destructor", Prose.of("frees it"))
                      .render(2))
              .addParameter(Poet.MEMORY_SEGMENT, "address")
              .addParameter(Poet.NATIVE_HANDLE.nestedClass("Destructor"), "destructor")
              .addStatement("super(address, destructor)")
              .build());
    }
    return type.build();
  }
}
