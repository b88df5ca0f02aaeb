package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StructModel;
import java.util.List;
import java.util.Optional;

/**
 * Reads an entry of {@code structs} or {@code unions} ({@link YamlSchema#STRUCT}) with its fields
 * ({@link YamlSchema#STRUCT_FIELD}). A field type that is a construct ffmbind refuses (a bitfield,
 * a flexible array member, ...) is kept unparsed for the validator, which names struct and field.
 */
final class StructReader {

  private final ReadContext ctx;
  private final JavaClassName binding;
  private final boolean union;

  StructReader(ReadContext ctx, JavaClassName binding, boolean union) {
    this.ctx = ctx;
    this.binding = binding;
    this.union = union;
  }

  Optional<StructModel> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.STRUCT, item.path());
    Optional<String> cName = f.requiredString("c_name");
    String keyword = union ? "union" : "struct";
    f.named(cName.map(n -> keyword + " '" + n + "'").orElse(item.path()));
    Optional<String> javaName = f.string("java_name");
    String owner = cName.map(n -> " of " + keyword + " '" + n + "'").orElse("");
    List<StructModel.Field> fields =
        f.list("fields").map(l -> ctx.eachMap(l, "fields", owner, this::field)).orElse(List.of());
    String doc = f.string("doc").orElse("");
    boolean resident = f.bool("resident");
    return cName.map(
        c ->
            new StructModel(
                item.map().ref(),
                c,
                binding.nested(javaName.orElseGet(() -> Names.upperCamel(c))),
                union,
                fields,
                doc,
                resident));
  }

  private Optional<StructModel.Field> field(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.STRUCT_FIELD, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "field '" + n + "'").orElse(item.path()));
    Optional<String> spelling = f.requiredRawCType("type");
    Optional<Optional<JavaType>> javaType = f.javaType("java_type");
    String doc = f.string("doc").orElse("");
    if (name.isEmpty() || spelling.isEmpty() || javaType.map(Optional::isEmpty).orElse(false)) {
      return Optional.empty();
    }
    Optional<CTypeExpr> type =
        StructModel.refusal(spelling.get()).isPresent()
            ? Optional.empty()
            : ctx.cType(spelling.get(), f.valueRef("type"));
    if (type.isEmpty() && StructModel.refusal(spelling.get()).isEmpty()) {
      return Optional.empty(); // reported
    }
    return Optional.of(
        new StructModel.Field(
            item.map().ref(), name.get(), spelling.get(), type, javaType.flatMap(j -> j), doc));
  }
}
