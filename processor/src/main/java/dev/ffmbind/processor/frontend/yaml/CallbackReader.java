package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.ReadContext.Item;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an entry of {@code callbacks} ({@link YamlSchema#CALLBACK}) with its parameters ({@link
 * YamlSchema#CALLBACK_PARAM}). C hands values to Java as it returns them, so a callback's
 * parameters take the default Java types of return values.
 */
final class CallbackReader {

  private final ReadContext ctx;
  private final Declarations declared;

  CallbackReader(ReadContext ctx, Declarations declared) {
    this.ctx = ctx;
    this.declared = declared;
  }

  Optional<CallbackType> read(Item item) {
    Fields f = ctx.fields(item.map(), YamlSchema.CALLBACK, item.path());
    Optional<String> name = f.requiredString("name");
    String what = name.map(n -> "callback '" + n + "'").orElse(item.path());
    f.named(what);
    Optional<String> javaName = f.string("java_name");
    String method = f.stringOrDefault("method");
    String doc = f.string("doc").orElse("");
    Optional<String> onException = f.scalar("on_exception");
    Optional<String> onExceptionCall = f.string("on_exception_call");
    boolean ok = name.isPresent();
    List<CallbackParam> params = new ArrayList<>();
    Optional<ListNode> paramList = f.list("params");
    if (paramList.isPresent()) {
      // An entry that is not a map is reported and skipped; one that is broken drops the callback.
      for (Optional<CallbackParam> p :
          ctx.eachMap(
              paramList.get(), "params", " of " + what, pi -> Optional.of(param(pi, what)))) {
        ok &= p.isPresent();
        p.ifPresent(params::add);
      }
    }
    Optional<ReturnModel> returns =
        f.node("returns")
            .map(
                node ->
                    ctx.stringValue(node, "returns")
                        .flatMap(t -> ctx.cType(t, node.ref()))
                        .map(c -> ReturnModel.builder(node.ref(), c, defaultJavaType(c)).build()))
            .orElseGet(() -> Optional.of(ReturnReader.voidReturn(item.map().ref())));
    if (!ok || returns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CallbackType(
            item.map().ref(),
            name.get(),
            declared.binding().nested(javaName.orElseGet(() -> Names.upperCamel(name.get()))),
            true,
            method,
            params,
            returns.get(),
            onException,
            doc,
            onExceptionCall));
  }

  private Optional<CallbackParam> param(Item item, String callback) {
    Fields f = ctx.fields(item.map(), YamlSchema.CALLBACK_PARAM, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "parameter '" + n + "' of " + callback).orElse(item.path()));
    Optional<CTypeExpr> cType = f.requiredCType("type");
    boolean userData = f.bool("user_data");
    Optional<String> lengthFrom = f.string("length_from");
    Optional<String> charset = f.string("charset");
    Optional<String> userDataFrom = f.string("user_data_from");
    if (name.isEmpty() || cType.isEmpty()) {
      return Optional.empty();
    }
    JavaType java =
        userData
            ? new JavaType.UserData()
            : lengthFrom.isPresent() ? arrayType(cType.get()) : defaultJavaType(cType.get());
    return Optional.of(
        new CallbackParam(
            item.map().ref(), name.get(), cType.get(), java, charset, lengthFrom, userDataFrom));
  }

  /**
   * A counted array: of handles for a {@code T**} of an opaque type, else of strings (the validator
   * reports a type that is neither {@code char**}).
   */
  private JavaType arrayType(CTypeExpr type) {
    CTypeExpr c = declared.expand(type);
    if (c.pointers() == 2 && !c.isArray()) {
      Optional<JavaType> handle = declared.opaque(c.base()).map(JavaType.HandleArray::new);
      if (handle.isPresent()) {
        return handle.get();
      }
    }
    return new JavaType.StringArray();
  }

  /**
   * As C returns it: {@code char*} is a String, other pointers are segments; a struct by value or
   * through a {@code const T*} is its value (a copy), a resident struct's pointer its view, and a
   * pointer C lets the callback write a segment of the struct's size (all of C's memory valid only
   * during the callback).
   */
  private JavaType defaultJavaType(CTypeExpr type) {
    Optional<JavaType> struct = declared.structType(declared.expand(type), false);
    if (struct.isPresent()) {
      return struct.get() instanceof JavaType.StructRef ? new JavaType.Segment() : struct.get();
    }
    return CTypes.defaultJavaType(declared.expand(type), declared::opaque, true)
        .orElseGet(JavaType.Segment::new);
  }
}
