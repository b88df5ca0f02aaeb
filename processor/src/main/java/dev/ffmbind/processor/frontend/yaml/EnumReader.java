package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.Names;
import java.util.List;
import java.util.Optional;

/**
 * Reads an entry of {@code enums} ({@link YamlSchema#ENUM}) with its values ({@link
 * YamlSchema#ENUM_VALUE}). Names, duplicates and ranges are the validator's to check.
 */
final class EnumReader {

  private final ReadContext ctx;
  private final JavaClassName binding;

  EnumReader(ReadContext ctx, JavaClassName binding) {
    this.ctx = ctx;
    this.binding = binding;
  }

  Optional<EnumModel> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.ENUM, item.path());
    Optional<String> cName = f.requiredString("c_name");
    f.named(cName.map(n -> "enum '" + n + "'").orElse(item.path()));
    Optional<String> javaName = f.string("java_name");
    Optional<Optional<CTypeExpr>> written = f.cType("type");
    Optional<CTypeExpr> type =
        written.orElseGet(() -> CTypeExpr.parse(YamlSchema.ENUM.defaultValue("type")));
    String owner = cName.map(n -> " of enum '" + n + "'").orElse("");
    List<EnumModel.Value> values =
        f.list("values").map(l -> ctx.eachMap(l, "values", owner, this::value)).orElse(List.of());
    String doc = f.string("doc").orElse("");
    if (cName.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    String c = cName.get();
    return Optional.of(
        new EnumModel(
            item.map().ref(),
            c,
            binding.nested(javaName.orElseGet(() -> Names.upperCamel(c))),
            type.get(),
            values,
            doc));
  }

  private Optional<EnumModel.Value> value(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.ENUM_VALUE, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "enum value '" + n + "'").orElse(item.path()));
    Optional<Long> value = f.requiredInteger("value");
    String doc = f.string("doc").orElse("");
    if (name.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EnumModel.Value(item.map().ref(), name.get(), value.get(), doc));
  }
}
