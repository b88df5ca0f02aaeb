package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.Optional;

/** Reads an entry of {@code opaque_types} ({@link YamlSchema#OPAQUE_TYPE}). */
final class OpaqueTypeReader {

  private final ReadContext ctx;
  private final JavaClassName binding;

  OpaqueTypeReader(ReadContext ctx, JavaClassName binding) {
    this.ctx = ctx;
    this.binding = binding;
  }

  Optional<OpaqueType> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.OPAQUE_TYPE, item.path());
    Optional<String> cName = f.requiredString("c_name");
    f.named(cName.map(n -> "opaque type '" + n + "'").orElse(item.path()));
    Optional<String> javaName = f.string("java_name");
    Optional<String> destructor = f.string("destructor");
    String doc = f.string("doc").orElse("");
    return cName.map(
        c ->
            new OpaqueType(
                item.map().ref(),
                c,
                binding.nested(javaName.orElseGet(() -> Names.upperCamel(c))),
                true,
                doc,
                destructor));
  }
}
