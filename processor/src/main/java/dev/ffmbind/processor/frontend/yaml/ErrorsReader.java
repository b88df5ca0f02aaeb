package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.model.ErrorModel;
import java.util.Optional;

/**
 * Reads a function's {@code errors}: a convention's word, or a map ({@link YamlSchema#ERRORS})
 * naming a status table.
 */
final class ErrorsReader {

  private final ReadContext ctx;
  private final Declarations declared;

  ErrorsReader(ReadContext ctx, Declarations declared) {
    this.ctx = ctx;
    this.declared = declared;
  }

  Optional<ErrorModel> read(YamlNode node, String function) {
    if (node instanceof MapNode map) {
      String what = "the errors of " + function;
      return ctx.fields(map, YamlSchema.ERRORS, what)
          .named(what)
          .requiredString("status")
          .map(ErrorModel::status);
    }
    Optional<String> text = ctx.stringValue(node, "errors");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    ErrorModel.Kind kind = YamlSchema.ERROR_KINDS.get(value);
    if (kind != null) {
      return Optional.of(ErrorModel.of(kind));
    }
    String hint = Diagnostics.didYouMean(value, YamlSchema.ERROR_KINDS.keySet());
    if (hint.isEmpty()) {
      boolean isTable = declared.hasStatusTable(value);
      if (isTable || value.equals(ErrorModel.Kind.STATUS.yamlName())) {
        hint =
            "; to use a status table write '{status: " + (isTable ? value : "<table name>") + "}'";
      }
    }
    ctx.error(
        node.ref(),
        Message.YAML_BAD_VALUE,
        "errors",
        String.join(", ", YamlSchema.ERROR_KINDS.keySet()) + " or {status: <table name>}",
        value,
        hint);
    return Optional.empty();
  }
}
