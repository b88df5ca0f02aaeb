package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Escapes;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.LibraryModel;
import javax.lang.model.element.Modifier;

/**
 * Writes a binding's constants as {@code public static final} fields of the binding class, in
 * declaration order. Their initializers are literals, so the fields are compile-time constants
 * ({@code switch} labels, annotation values, inlined by javac).
 */
final class ConstantWriter {

  private ConstantWriter() {}

  /** Adds a field per constant of the model, after what the class already has. */
  static void addTo(TypeSpec.Builder type, LibraryModel model) {
    for (ConstantModel constant : model.constants()) {
      Class<?> javaType = constant.javaType(model.typedefs()).orElseThrow();
      Prose about =
          constant.cType().isPresent()
              ? Prose.of(
                  "The C constant $L, of type $L.",
                  Prose.code(constant.name()),
                  Prose.code(constant.cType().get().spelling()))
              : Prose.of("The C constant $L.", Prose.code(constant.name()));
      type.addField(
          FieldSpec.builder(
                  javaType, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(Javadoc.specDoc(constant.doc(), about).render(1))
              .initializer(literal(constant.value(), javaType))
              .build());
    }
  }

  private static CodeBlock literal(ConstantModel.Value value, Class<?> javaType) {
    return switch (value) {
      case ConstantModel.StringValue v -> CodeBlock.of("$L", Escapes.stringLiteral(v.value()));
      case ConstantModel.IntegerValue v when v.unsigned64() ->
          // 2^63 and above: the 64 bits, in hex so the literal reads as the C value does.
          CodeBlock.of("0x$LL", Long.toHexString(v.value()).toUpperCase(java.util.Locale.ROOT));
      case ConstantModel.IntegerValue v -> number(v.value(), javaType);
      case ConstantModel.FloatingValue v -> number(v.value(), javaType);
    };
  }

  private static CodeBlock number(double value, Class<?> javaType) {
    if (javaType == float.class) {
      return CodeBlock.of("$Lf", Float.toString((float) value));
    }
    return CodeBlock.of("$L", Double.toString(value));
  }

  private static CodeBlock number(long value, Class<?> javaType) {
    if (javaType == float.class || javaType == double.class) {
      return number((double) value, javaType);
    }
    return CodeBlock.of(javaType == long.class ? "$LL" : "$L", value);
  }
}
