package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an entry of {@code status_tables} ({@link YamlSchema#STATUS_TABLE}) with its {@code codes}
 * ({@link YamlSchema#STATUS_CODE}).
 */
final class StatusTableReader {

  private final ReadContext ctx;
  private final JavaClassName binding;

  StatusTableReader(ReadContext ctx, JavaClassName binding) {
    this.ctx = ctx;
    this.binding = binding;
  }

  Optional<StatusTableModel> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.STATUS_TABLE, item.path());
    Optional<String> name = f.requiredString("name");
    String what = name.map(n -> "status table '" + n + "'").orElse(item.path());
    f.named(what);
    Optional<String> exception = f.string("exception");
    Optional<String> messageFunction = f.string("message_function");
    List<StatusCodeModel> codes = new ArrayList<>();
    f.list("codes")
        .ifPresent(list -> codes.addAll(ctx.eachMap(list, "codes", " of " + what, this::code)));
    return name.map(
        n ->
            new StatusTableModel(
                item.map().ref(),
                n,
                binding.nested(exception.orElseGet(() -> Names.upperCamel(n) + "Exception")),
                codes,
                messageFunction));
  }

  private Optional<StatusCodeModel> code(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.STATUS_CODE, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "status code '" + n + "'").orElse(item.path()));
    Optional<Long> value = f.requiredInteger("value");
    boolean success = f.bool("success");
    String doc = f.string("doc").orElse("");
    if (name.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new StatusCodeModel(item.map().ref(), name.get(), value.get(), success, doc));
  }
}
