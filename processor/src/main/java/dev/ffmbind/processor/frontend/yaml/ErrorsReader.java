package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.model.ErrorModel;
import java.util.Optional;

/**
 * Reads a function's {@code errors}: a convention's word, or a map ({@link YamlSchema#ERRORS})
 * naming a status table or a predicate function.
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
      Fields f = ctx.fields(map, YamlSchema.ERRORS, what).named(what);
      Optional<String> status = f.string("status");
      Optional<String> predicate = f.string("predicate");
      Optional<String> message = f.string("message_function");
      // Exactly one of status and predicate (YamlSchema.ERRORS.oneOf); a message function only
      // with a predicate.
      boolean hasStatus = map.entry("status").isPresent();
      if (hasStatus == map.entry("predicate").isPresent() || (hasStatus && message.isPresent())) {
        ctx.error(map.ref(), Message.YAML_ERRORS_MAP, function);
        return Optional.empty();
      }
      return status.isPresent()
          ? status.map(ErrorModel::status)
          : predicate.map(p -> ErrorModel.predicate(p, message));
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
      } else if (value.equals(ErrorModel.Kind.PREDICATE.yamlName())) {
        hint = "; to use a predicate write '{predicate: <function>}'";
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
