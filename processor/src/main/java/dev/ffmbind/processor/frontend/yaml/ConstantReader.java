package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.ConstantModel.Value;
import java.util.Optional;

/**
 * Reads an entry of {@code constants} ({@link YamlSchema#CONSTANT}). Whether the value fits its
 * type is the validator's question; this reader only turns the YAML scalar into a value.
 */
final class ConstantReader {

  private final ReadContext ctx;

  ConstantReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<ConstantModel> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.CONSTANT, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "constant '" + n + "'").orElse(item.path()));
    Optional<Optional<CTypeExpr>> written = f.cType("type");
    Optional<CTypeExpr> type = written.flatMap(t -> t);
    boolean typeOk = written.isEmpty() || type.isPresent();
    Optional<Value> value = f.requiredConstant("value").flatMap(this::value);
    String doc = f.string("doc").orElse("");
    if (name.isEmpty() || value.isEmpty() || !typeOk) {
      return Optional.empty();
    }
    return Optional.of(new ConstantModel(item.map().ref(), name.get(), type, value.get(), doc));
  }

  /** The bits of a decimal or {@code 0x} integer from 2^63 to 2^64 - 1, as a uint64_t holds it. */
  private static Optional<Long> unsigned64(String text) {
    String t = text.strip().replace("_", "");
    boolean hex = t.startsWith("0x") || t.startsWith("0X");
    try {
      java.math.BigInteger v = new java.math.BigInteger(hex ? t.substring(2) : t, hex ? 16 : 10);
      return v.signum() >= 0 && v.bitLength() == 64 ? Optional.of(v.longValue()) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<Value> value(Scalar s) {
    switch (s.kind()) {
      case INTEGER -> {
        if (s.number().isPresent()) {
          return s.number().map(ConstantModel.IntegerValue::new);
        }
        Optional<Long> bits = unsigned64(s.text());
        if (bits.isEmpty()) {
          ctx.error(s.ref(), Message.YAML_WRONG_TYPE, "value", "a 64-bit integer", s.text());
        }
        return bits.map(b -> new ConstantModel.IntegerValue(b, true));
      }
      case FLOAT -> {
        double d;
        try {
          d = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
          d = Double.NaN;
        }
        if (!Double.isFinite(d)) {
          ctx.error(s.ref(), Message.YAML_WRONG_TYPE, "value", "a finite number", s.text());
          return Optional.empty();
        }
        return Optional.of(new ConstantModel.FloatingValue(d));
      }
      default -> {
        return Optional.of(new ConstantModel.StringValue(s.text()));
      }
    }
  }
}
