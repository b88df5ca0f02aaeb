package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Escapes;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaType.Primitive;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of a C enum. Not a Java {@code enum}, which cannot hold a value it does not
 * declare: a final class with a constant per listed value, whose {@code of(value)} returns the
 * listed constant or a new instance carrying a value the spec does not list (a newer library's), so
 * a value C returns is never lost and never throws. Instances are equal when their values are.
 */
final class EnumWriter {

  private static final String VALUE = "value$";
  private static final String NAME = "name$";

  private final EnumModel model;
  private final ClassName self;
  private final Primitive primitive;
  private final TypeName valueType;
  private final boolean unsigned;

  private EnumWriter(EnumModel model, Map<String, String> typedefs) {
    this.model = model;
    this.self = Poet.className(model.javaClass());
    CTypes.Scalar scalar =
        CTypes.expand(model.underlying(), typedefs).flatMap(CTypes::scalar).orElseThrow();
    this.primitive = scalar.carrier();
    this.unsigned = scalar.unsigned();
    this.valueType = Poet.primitive(primitive);
  }

  /** The nested class of an enum of a validated model. */
  static TypeSpec write(EnumModel model, Map<String, String> typedefs) {
    return new EnumWriter(model, typedefs).write();
  }

  private TypeSpec write() {
    Prose about =
        Prose.of(
            "The C enum $L: a constant per value the spec lists, and, from {@link #of}, an"
                + " instance carrying any other value C uses.",
            Prose.code(model.cName()));
    Javadoc doc = Javadoc.specDoc(model.doc(), about);
    if (!model.doc().isBlank()) {
      doc.paragraph(about);
    }
    doc.paragraph(
        "Instances are equal when their values are; {@link #name()} is the C name of a listed"
            + " value, {@code UNKNOWN(value)} otherwise.");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(doc.render(1));
    for (EnumModel.Value v : model.values()) {
      type.addField(
          FieldSpec.builder(self, v.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  Javadoc.specDoc(
                          v.doc(),
                          Prose.of("The C value $L ($L).", Prose.code(v.name()), v.value()))
                      .render(2))
              .initializer(
                  "new $T($L, $L)", self, literal(v.value()), Escapes.stringLiteral(v.name()))
              .build());
    }
    type.addField(valueType, VALUE, Modifier.PRIVATE, Modifier.FINAL);
    type.addField(String.class, NAME, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(valueType, "value")
            .addParameter(String.class, "name")
            .addStatement("this.$N = value", VALUE)
            .addStatement("this.$N = name", NAME)
            .build());
    type.addMethod(of());
    type.addMethod(values());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc(Javadoc.summary("Returns the C value.").render(2))
            .addModifiers(Modifier.PUBLIC)
            .returns(valueType)
            .addStatement("return $N", VALUE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("name")
            .addJavadoc(
                Javadoc.summary(
                        "Returns the C name of a listed value, or {@code UNKNOWN(value)} for"
                            + " another.")
                    .render(2))
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement(
                "return $N != null ? $N : $S + $L + $S",
                NAME,
                NAME,
                "UNKNOWN(",
                // An unsigned enum's value is its C number.
                unsigned
                    ? CodeBlock.of(
                        "$T.toUnsignedString($N)",
                        primitive == Primitive.LONG ? Long.class : Integer.class,
                        VALUE)
                    : CodeBlock.of("$N", VALUE),
                ")")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(Javadoc.summary("Returns whether the spec lists this value.").render(2))
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return $N != null", NAME)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .addStatement("return other instanceof $T that && that.$N == $N", self, VALUE, VALUE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement(
                "return $T.hashCode($N)",
                primitive == Primitive.LONG ? Long.class : Integer.class,
                VALUE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name()")
            .build());
    return type.build();
  }

  /** {@code of(value)}: the first listed constant of the value (aliases share it), or a new one. */
  private MethodSpec of() {
    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                Javadoc.summary(
                        "Returns the listed constant of a C value, or for a value the spec does"
                            + " not list, an instance carrying it.")
                    .param("value", Prose.of("a C value"))
                    .render(2))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(valueType, "value");
    Set<Long> seen = new HashSet<>();
    List<EnumModel.Value> firsts =
        model.values().stream().filter(v -> seen.add(v.value())).toList();
    CodeBlock unknown = CodeBlock.of("new $T(value, null)", self);
    if (firsts.isEmpty()) {
      return of.addStatement("return $L", unknown).build();
    }
    if (primitive == Primitive.INT) {
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (value) {\n").indent();
      for (EnumModel.Value v : firsts) {
        body.add("case $L -> $N;\n", literal(v.value()), v.name());
      }
      body.add("default -> $L;\n", unknown).unindent().add("};\n");
      return of.addCode(body.build()).build();
    }
    for (EnumModel.Value v : firsts) {
      of.beginControlFlow("if (value == $L)", literal(v.value()))
          .addStatement("return $N", v.name())
          .endControlFlow();
    }
    return of.addStatement("return $L", unknown).build();
  }

  private MethodSpec values() {
    CodeBlock names =
        model.values().stream()
            .map(v -> CodeBlock.of("$N", v.name()))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("values")
        .addJavadoc(Javadoc.summary("Returns the listed constants, in the spec's order.").render(2))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
        .addStatement("return $T.of($L)", List.class, names)
        .build();
  }

  private CodeBlock literal(long value) {
    return Poet.literal(primitive, value);
  }
}
