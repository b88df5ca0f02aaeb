package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import javax.lang.model.element.Modifier;

/**
 * Writes the exception class of a status table: a {@code StatusException} subclass that knows
 * the table's names, descriptions and success codes.
 */
final class StatusExceptionWriter {

  private StatusExceptionWriter() {}

  static TypeSpec write(StatusTableModel table) {
    TypeSpec.Builder type = TypeSpec.classBuilder(table.exceptionClass().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(Poet.STATUS_EXCEPTION)
        .addJavadoc("A call failed with a status code of table {@code $L}.\n", table.name());
    type.addField(com.palantir.javapoet.FieldSpec.builder(long.class, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("@param function the C function that failed\n")
        .addJavadoc("@param call the call, as {@code name(args)}\n")
        .addJavadoc("@param code the status it returned\n")
        .addJavadoc("@param detail a message from the library, or null for the table's description\n")
        .addParameter(String.class, "function")
        .addParameter(String.class, "call")
        .addParameter(long.class, "code")
        .addParameter(String.class, "detail")
        .addStatement("super(function, call, code, codeName(code), detail == null || detail.isEmpty() ? description(code) : detail)")
        .build());
    type.addMethod(switchMethod("codeName", "The C name of a code, or null if the table does not list it.",
        table, c -> stringLiteral(c.name())));
    type.addMethod(switchMethod("description", "The table's description of a code, or null.",
        table, c -> c.description().isEmpty() ? CodeBlock.of("null") : stringLiteral(c.description())));
    CodeBlock.Builder success = CodeBlock.builder();
    boolean first = true;
    for (StatusCodeModel c : table.codes()) {
      if (c.success()) {
        success.add(first ? "$LL" : " || code == $LL", c.value());
        first = false;
      }
    }
    type.addMethod(MethodSpec.methodBuilder("isSuccess")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Whether a code means success.\n")
        .returns(boolean.class)
        .addParameter(long.class, "code")
        .addStatement("return code == $L", success.build())
        .build());
    return type.build();
  }

  private static MethodSpec switchMethod(String name, String doc, StatusTableModel table,
      java.util.function.Function<StatusCodeModel, CodeBlock> value) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (StatusCodeModel c : table.codes()) {
      body.beginControlFlow("if (code == $LL)", c.value());
      body.addStatement("return $L", value.apply(c));
      body.endControlFlow();
    }
    body.addStatement("return null");
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("$L\n", doc)
        .returns(String.class)
        .addParameter(long.class, "code")
        .addCode(body.build())
        .build();
  }

  /**
   * A string literal as {@code $S} writes it, except that U+2028 and U+2029 become unicode
   * escapes: JavaPoet breaks the generated line at those separators, inside the literal, which
   * then does not compile.
   */
  static CodeBlock stringLiteral(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
            literal.append(String.format("\\u%04x", (int) ch));
          } else {
            literal.append(ch);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"'));
  }
}
