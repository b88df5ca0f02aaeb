package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.model.OpaqueType;
import javax.lang.model.element.Modifier;

/** Writes the handle class of an opaque C type declared in a YAML spec. */
final class HandleClassWriter {

  private HandleClassWriter() {}

  static TypeSpec write(OpaqueType opaque) {
    TypeSpec.Builder type = TypeSpec.classBuilder(opaque.javaClass().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(Poet.NATIVE_HANDLE);
    if (!opaque.doc().isBlank()) {
      type.addJavadoc("$L\n\n<p>", opaque.doc().strip());
    }
    type.addJavadoc("A pointer to a C {@code $L}. Instances come only from the native library;\n", opaque.cName())
        .addJavadoc("a C {@code NULL} is Java {@code null}, never a handle.\n");
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(Poet.MEMORY_SEGMENT, "address")
        .addStatement("super(address)")
        .build());
    return type.build();
  }
}
