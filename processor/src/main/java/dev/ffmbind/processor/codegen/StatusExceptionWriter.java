package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Escapes;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the exception class of a status table: a {@code StatusException} subclass that knows the
 * table's names, descriptions and success codes.
 */
final class StatusExceptionWriter {

  private StatusExceptionWriter() {}

  static TypeSpec write(StatusTableModel table) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(table.exceptionClass().simpleName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(Poet.STATUS_EXCEPTION)
            .addJavadoc(
                Javadoc.summary(
                        "A call failed with a status code of table $L.", Prose.code(table.name()))
                    .render(1));
    type.addField(
        com.palantir.javapoet.FieldSpec.builder(
                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                Javadoc.summary(
                        "An exception for a failed call, with the table's name of" + " the code.")
                    .param("function", Prose.of("the C function that failed"))
                    .param("call", Prose.of("the call, as {@code name(args)}"))
                    .param("code", Prose.of("the status it returned"))
                    .param(
                        "detail",
                        Prose.of(
                            "a message from the library, or null for the table's" + " description"))
                    .render(2))
            .addParameter(String.class, "function")
            .addParameter(String.class, "call")
            .addParameter(long.class, "code")
            .addParameter(String.class, "detail")
            .addStatement(
                "super(function, call, code, codeName(code),$Wdetail == null"
                    + " || detail.isEmpty() ? description(code) : detail)")
            .build());
    type.addMethod(
        switchMethod(
            "codeName",
            Javadoc.summary("The C name of a code.")
                .param("code", Prose.of("a status"))
                .tag("@return", Prose.of("its name, or null if the table does not list it")),
            table,
            c -> Optional.of(c.name())));
    type.addMethod(
        switchMethod(
            "description",
            Javadoc.summary("The table's description of a" + " code.")
                .param("code", Prose.of("a status"))
                .tag("@return", Prose.of("its description, or null if it has none")),
            table,
            c -> Optional.of(c.description()).filter(d -> !d.isEmpty())));
    CodeBlock.Builder success = CodeBlock.builder();
    boolean first = true;
    for (StatusCodeModel c : table.codes()) {
      if (c.success()) {
        success.add(first ? "$LL" : " ||$Wcode == $LL", c.value());
        first = false;
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("isSuccess")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                Javadoc.summary("Whether a code means success.")
                    .param("code", Prose.of("a status"))
                    .tag("@return", Prose.of("whether the table lists it as a success code"))
                    .render(2))
            .returns(boolean.class)
            .addParameter(long.class, "code")
            .addStatement("return code == $L", success.build())
            .build());
    return type.build();
  }

  /**
   * A {@code String name(long code)} lookup over the table: a {@code switch} on the code when every
   * code is a distinct {@code int} (a {@code long} cannot be switched on), else one {@code if} per
   * code. Codes without a value fall through to {@code null}.
   */
  private static MethodSpec switchMethod(
      String name,
      Javadoc doc,
      StatusTableModel table,
      Function<StatusCodeModel, Optional<String>> value) {
    List<StatusCodeModel> codes =
        table.codes().stream().filter(c -> value.apply(c).isPresent()).toList();
    boolean switchable =
        codes.stream().allMatch(c -> c.value() == (int) c.value())
            && codes.stream().map(StatusCodeModel::value).distinct().count() == codes.size();
    CodeBlock.Builder body = CodeBlock.builder();
    if (codes.isEmpty()) {
      body.addStatement("return null");
    } else if (switchable) {
      body.beginControlFlow("if ((int) code != code)")
          .addStatement("return null")
          .endControlFlow()
          .add("return switch ((int) code) {\n$>");
      for (StatusCodeModel c : codes) {
        body.add("case $L -> $L;\n", c.value(), Escapes.stringLiteral(value.apply(c).get()));
      }
      body.add("default -> null;\n$<};\n");
    } else {
      for (StatusCodeModel c : codes) {
        body.beginControlFlow("if (code == $LL)", c.value());
        body.addStatement("return $L", Escapes.stringLiteral(value.apply(c).get()));
        body.endControlFlow();
      }
      body.addStatement("return null");
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(doc.render(2))
        .returns(String.class)
        .addParameter(long.class, "code")
        .addCode(body.build())
        .build();
  }
}
