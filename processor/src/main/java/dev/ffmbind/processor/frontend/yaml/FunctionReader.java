package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an entry of {@code functions} ({@link YamlSchema#FUNCTION}) with its parameters ({@link
 * YamlSchema#PARAM}); {@link ReturnReader} and {@link ErrorsReader} read its {@code returns} and
 * {@code errors}. A function with a broken part is reported and left out.
 */
final class FunctionReader {

  private final ReadContext ctx;
  private final Declarations declared;

  FunctionReader(ReadContext ctx, Declarations declared) {
    this.ctx = ctx;
    this.declared = declared;
  }

  Optional<FunctionModel> read(Item item) {
    MapNode map = item.map();
    Fields f = ctx.fields(map, YamlSchema.FUNCTION, item.path());
    Optional<String> name = f.requiredString("name");
    String what = name.map(n -> "function '" + n + "'").orElse(item.path());
    f.named(what);
    Optional<String> cSymbol = f.string("c_symbol");
    String doc = f.string("doc").orElse("");
    boolean ok = name.isPresent();

    List<ParamModel> params = new ArrayList<>();
    Optional<ListNode> paramList = f.list("params");
    if (paramList.isPresent()) {
      List<YamlNode> items = paramList.get().items();
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof MapNode pm)) {
          ctx.wrongType(items.get(i), "params[" + i + "]", "a map");
          ok = false;
          continue;
        }
        Optional<ParamModel> p = param(new Item(pm, "params[" + i + "] of " + what), what);
        ok &= p.isPresent();
        p.ifPresent(params::add);
      }
    }

    Optional<ReturnModel> returns =
        f.node("returns")
            .map(node -> new ReturnReader(ctx, declared).read(node, what))
            .orElseGet(() -> Optional.of(ReturnReader.voidReturn(map.ref())));
    ok &= returns.isPresent();

    Optional<ErrorModel> errors =
        f.node("errors")
            .map(node -> new ErrorsReader(ctx, declared).read(node, what))
            .orElse(Optional.of(ErrorModel.NONE));
    ok &= errors.isPresent();

    // The parameter C writes the returned size to (size_t* out_len) is hidden; an input size stays.
    returns
        .flatMap(ReturnModel::size)
        .ifPresent(
            size ->
                params.replaceAll(
                    p ->
                        p.name().equals(size)
                                && CTypes.expand(p.cType(), declared.typedefs())
                                    .map(CTypeExpr::isPointer)
                                    .orElse(false)
                            ? p.asResultSize()
                            : p));

    // A struct pointer that a length or bound names is an array of the struct's value type.
    java.util.Set<String> measured = new java.util.HashSet<>();
    params.forEach(
        p -> {
          p.lengthOf().ifPresent(measured::add);
          p.boundsOf().ifPresent(measured::add);
        });
    params.replaceAll(
        p ->
            measured.contains(p.name())
                    && (p.javaType() instanceof JavaType.StructRef
                        || (p.javaType() instanceof JavaType.StructValue && p.cType().isPointer()))
                ? p.withJavaType(structArray(p.javaType()))
                : p);

    boolean retry = f.bool("retry_eintr");
    boolean critical = f.bool("critical");
    boolean optional = f.bool("optional");
    boolean blocking = f.bool("blocking");
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        FunctionModel.builder(
                map.ref(),
                name.get(),
                cSymbol.orElse(name.get()),
                params,
                returns.get(),
                errors.get())
            .retryOnEintr(retry)
            .critical(critical)
            .doc(doc)
            .optional(optional)
            .blocking(blocking)
            .build());
  }

  private Optional<ParamModel> param(Item item, String function) {
    Fields f = ctx.fields(item.map(), YamlSchema.PARAM, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "parameter '" + n + "' of " + function).orElse(item.path()));
    Optional<CTypeExpr> cType = f.requiredCType("type");
    Optional<Optional<JavaType>> javaType = f.javaType("java_type");
    Optional<Optional<Direction>> direction = f.word("direction", YamlSchema.DIRECTIONS);
    boolean nullable = f.bool("nullable");
    Optional<String> lengthOf = f.string("length_of");
    Optional<String> boundsOf = f.string("bounds");
    Optional<String> elementSizeOf = f.string("element_size_of");
    Optional<String> charset = f.string("charset");
    Optional<Optional<LifetimeModel>> lifetime = f.word("lifetime", YamlSchema.LIFETIMES);
    boolean userData = f.bool("user_data");
    Optional<Optional<Boolean>> owned = f.word("ownership", YamlSchema.OWNERSHIPS);
    Optional<Optional<Boolean>> unchecked = f.word("size", YamlSchema.PARAM_SIZES);
    boolean variadic = f.bool("variadic");
    Optional<String> free = f.string("free");
    Optional<String> pointsInto = f.string("points_into");
    boolean isOwned = owned.flatMap(o -> o).orElse(false);
    if (!isOwned && free.isPresent() && owned.map(Optional::isPresent).orElse(true)) {
      ctx.error(
          f.keyRef("free"), Message.YAML_FREE_NOT_OWNED, "an owned out-string parameter (char**)");
      return Optional.empty();
    }
    Optional<String> handle = f.string("handle");
    Optional<String> slot = f.string("slot");
    if (name.isEmpty()
        || cType.isEmpty()
        || javaType.map(Optional::isEmpty).orElse(false)
        || direction.map(Optional::isEmpty).orElse(false)
        || lifetime.map(Optional::isEmpty).orElse(false)
        || owned.map(Optional::isEmpty).orElse(false)
        || unchecked.map(Optional::isEmpty).orElse(false)) {
      return Optional.empty();
    }
    CTypeExpr expanded = declared.expand(cType.get());
    Optional<CallbackType> callback =
        expanded.pointers() == 0 ? declared.callback(expanded.base()) : Optional.empty();
    JavaType java =
        userData
            ? new JavaType.UserData()
            : callback.isPresent()
                ? new JavaType.Callback(callback.get().javaClass(), callback.get().cName())
                : javaType
                    .flatMap(j -> j)
                    .orElseGet(
                        () ->
                            declared
                                .enumType(cType.get())
                                .or(
                                    () ->
                                        pointsInto.isPresent()
                                            ? Optional.of(new JavaType.PositionRef())
                                            : Optional.empty())
                                .or(() -> declared.structType(expanded, false))
                                .or(() -> CTypes.defaultJavaType(expanded, declared::opaque, false))
                                .orElseGet(JavaType.Segment::new));
    Direction dir =
        direction.flatMap(d -> d).orElseGet(() -> CTypes.defaultDirection(expanded, java));
    // An owned handle out-parameter is freed by its type's destructor (a 'free' is reported);
    // an owned out-string by 'free'.
    Ownership ownership =
        !isOwned
            ? Ownership.BORROWED
            : java instanceof JavaType.StringRef
                ? Ownership.owned(free.orElseGet(() -> YamlSchema.PARAM.defaultValue("free")))
                : new Ownership(true, free);
    return Optional.of(
        ParamModel.builder(item.map().ref(), name.get(), cType.get(), java)
            .direction(dir)
            .charset(charset)
            .lengthOf(lengthOf)
            .boundsOf(boundsOf)
            .nullable(nullable)
            .lifetime(lifetime.flatMap(l -> l))
            .ownership(ownership)
            .sizeUnchecked(unchecked.isPresent())
            .elementSizeOf(elementSizeOf)
            .variadic(variadic)
            .pointsInto(pointsInto)
            .handle(handle)
            .slot(slot)
            .build());
  }

  private static JavaType structArray(JavaType pointer) {
    return switch (pointer) {
      case JavaType.StructRef r -> new JavaType.StructArray(r.structClass(), r.cName());
      case JavaType.StructValue v -> new JavaType.StructArray(v.structClass(), v.cName());
      default -> pointer;
    };
  }
}
