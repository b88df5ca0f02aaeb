package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.Optional;

/** Reads a function's {@code returns}: a C type string, or a map ({@link YamlSchema#RETURN}). */
final class ReturnReader {

  private final ReadContext ctx;
  private final Declarations declared;

  ReturnReader(ReadContext ctx, Declarations declared) {
    this.ctx = ctx;
    this.declared = declared;
  }

  /** What a function or callback without {@code returns} returns. */
  static ReturnModel voidReturn(YamlRef at) {
    return ReturnModel.builder(at, new CTypeExpr("void", "void", 0, false), new JavaType.Void())
        .build();
  }

  Optional<ReturnModel> read(YamlNode node, String function) {
    Optional<CTypeExpr> cType;
    Optional<Optional<JavaType>> javaType = Optional.empty();
    boolean isOwned = false;
    Optional<String> free = Optional.empty();
    Optional<String> charset = Optional.empty();
    Optional<String> size = Optional.empty();
    Optional<String> pointsInto = Optional.empty();
    boolean ok = true;
    if (node instanceof MapNode map) {
      String what = "the return value of " + function;
      Fields f = ctx.fields(map, YamlSchema.RETURN, what).named(what);
      cType = f.requiredCType("type");
      javaType = f.javaType("java_type");
      Optional<Optional<Boolean>> owned = f.word("ownership", YamlSchema.OWNERSHIPS);
      free = f.string("free");
      charset = f.string("charset");
      size = f.string("size");
      // 'none' states that C never returns a pointer into the arguments.
      pointsInto = f.string("points_into").map(p -> p.equals("none") ? ReturnModel.NO_ARGUMENT : p);
      isOwned = owned.flatMap(o -> o).orElse(false);
      if (!isOwned && free.isPresent() && owned.map(Optional::isPresent).orElse(true)) {
        ctx.error(f.keyRef("free"), Message.YAML_FREE_NOT_OWNED, "an owned return value");
        ok = false;
      }
      ok &= owned.map(Optional::isPresent).orElse(true);
    } else {
      cType = ctx.stringValue(node, "returns").flatMap(t -> ctx.cType(t, node.ref()));
    }
    if (!ok || cType.isEmpty() || javaType.map(Optional::isEmpty).orElse(false)) {
      return Optional.empty();
    }
    JavaType defaultType =
        declared
            .enumType(cType.get())
            .or(() -> declared.structType(declared.expand(cType.get()), true))
            .or(() -> CTypes.defaultJavaType(declared.expand(cType.get()), declared::opaque, true))
            .orElseGet(JavaType.Segment::new);
    // Sized bytes come back as a NativeBuffer; a sized char* stays a String (of that length).
    JavaType java =
        javaType
            .flatMap(j -> j)
            .orElse(
                size.isPresent() && defaultType instanceof JavaType.Segment
                    ? new JavaType.NativeBuf()
                    : defaultType);
    // An owned handle is freed by its type's destructor; other owned memory by 'free'.
    Ownership ownership =
        !isOwned
            ? Ownership.BORROWED
            : java instanceof JavaType.Handle
                ? new Ownership(true, free)
                : Ownership.owned(free.orElseGet(() -> YamlSchema.RETURN.defaultValue("free")));
    return Optional.of(
        ReturnModel.builder(node.ref(), cType.get(), java)
            .ownership(ownership)
            .charset(charset)
            .size(size)
            .pointsInto(pointsInto)
            .build());
  }
}
