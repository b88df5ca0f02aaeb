package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Entry;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ScalarKind;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.Ownership;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The YAML front end: reads a binding spec (docs/dsl.md) into a {@link LibraryModel}.
 *
 * <p>It reports only what YAML alone can show: malformed YAML, duplicate, unknown and missing
 * keys, values of the wrong kind, enum values and {@code java_type} spellings it does not know,
 * and C type spellings that do not parse. Every problem is reported, in document order, at the
 * key or value that is wrong. Semantic checks (unknown C types, type compatibility, length links,
 * status references, ...) belong to the shared validator.
 */
public final class YamlSpecReader {

  static final List<String> ROOT_KEYS = List.of("library", "alternatives", "package", "class",
      "charset", "doc", "typedefs", "opaque_types", "status_tables", "callbacks", "functions");
  static final List<String> OPAQUE_KEYS = List.of("c_name", "java_name", "destructor", "doc");
  static final List<String> STATUS_TABLE_KEYS = List.of("name", "exception", "message_function", "codes");
  static final List<String> STATUS_CODE_KEYS = List.of("name", "value", "success", "doc");
  static final List<String> FUNCTION_KEYS = List.of("name", "c_symbol", "doc", "params", "returns",
      "errors", "retry_eintr", "critical", "optional");
  static final List<String> PARAM_KEYS = List.of("name", "type", "direction", "java_type", "nullable",
      "length_of", "bounds", "charset", "lifetime", "user_data", "ownership");
  static final List<String> CALLBACK_KEYS = List.of("name", "java_name", "method", "params", "returns",
      "on_exception", "doc");
  static final List<String> CALLBACK_PARAM_KEYS = List.of("name", "type", "user_data", "length_from", "charset");
  static final String DEFAULT_CALLBACK_METHOD = "invoke";
  static final List<String> RETURN_KEYS = List.of("type", "ownership", "free", "charset", "java_type", "size");
  static final List<String> ERRORS_KEYS = List.of("status");

  static final String DEFAULT_CHARSET = "UTF-8";
  static final String DEFAULT_FREE = "free";

  /** The {@code java_type} spellings, in the order the docs list them. */
  static final Map<String, JavaType> JAVA_TYPES = javaTypes();

  private static final Map<String, Direction> DIRECTIONS = Map.of(
      "in", Direction.IN, "out", Direction.OUT, "inout", Direction.INOUT);
  private static final List<String> DIRECTION_NAMES = List.of("in", "out", "inout");
  private static final List<String> OWNERSHIP_NAMES = List.of("borrowed", "owned");
  private static final Map<String, LifetimeModel> LIFETIMES = Map.of("call", LifetimeModel.CALL, "registered", LifetimeModel.REGISTERED);
  private static final List<String> LIFETIME_NAMES = List.of("call", "registered");

  private static Map<String, JavaType> javaTypes() {
    Map<String, JavaType> m = new LinkedHashMap<>();
    for (Primitive p : Primitive.values()) {
      m.put(p.keyword(), new JavaType.Scalar(p));
    }
    m.put("String", new JavaType.Str());
    for (Primitive p : List.of(Primitive.BYTE, Primitive.SHORT, Primitive.INT, Primitive.LONG,
        Primitive.FLOAT, Primitive.DOUBLE)) {
      m.put(p.keyword() + "[]", new JavaType.PrimitiveArray(p));
    }
    m.put("ByteBuffer", new JavaType.Buffer());
    m.put("MemorySegment", new JavaType.Segment());
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Map<String, ErrorModel.Kind> errorKinds() {
    Map<String, ErrorModel.Kind> m = new LinkedHashMap<>();
    for (ErrorModel.Kind k : ErrorModel.Kind.values()) {
      if (k != ErrorModel.Kind.STATUS) {
        m.put(k.yamlName(), k);
      }
    }
    return m;
  }

  private static final Map<String, ErrorModel.Kind> ERROR_KINDS = errorKinds();

  private final String fileName;
  private final Diagnostics diagnostics;
  /** Typedefs whose C type did not parse: reported once, left out of the model, uses skipped. */
  private final java.util.Set<String> brokenTypedefs = new java.util.HashSet<>();

  private YamlSpecReader(String fileName, Diagnostics diagnostics) {
    this.fileName = fileName;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads one binding spec.
   *
   * @param fileName the name used in locations ({@code sqlite3.yaml:12:5})
   * @param yamlText the spec's text
   * @param diagnostics receives every problem, in document order
   * @return the model, if the spec's structure was readable (it may still lack parts that had
   *     errors, such as a function with an unparsable C type); empty otherwise
   */
  public static Optional<LibraryModel> read(String fileName, String yamlText, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<LibraryModel> result;
    try {
      result = new YamlSpecReader(fileName, local).readSpec(yamlText);
    } catch (RuntimeException e) {
      local.error(new YamlRef(fileName, 1, 1), Message.INTERNAL_ERROR, fileName, e);
      result = Optional.empty();
    }
    List<Diagnostic> found = new ArrayList<>(local.all());
    found.sort(Comparator.comparing(YamlSpecReader::position));
    diagnostics.addAll(found);
    return result;
  }

  private static Long position(Diagnostic d) {
    return d.ref() instanceof YamlRef r ? ((long) r.line() << 32) + r.column() : 0L;
  }

  private Optional<LibraryModel> readSpec(String yamlText) {
    YamlTreeBuilder.Result result = new YamlTreeBuilder(fileName, diagnostics).build(yamlText);
    YamlNode root;
    switch (result) {
      case YamlTreeBuilder.Failed f -> {
        return Optional.empty();
      }
      case YamlTreeBuilder.Empty e -> {
        diagnostics.error(new YamlRef(fileName, 1, 1), Message.YAML_EMPTY);
        return Optional.empty();
      }
      case YamlTreeBuilder.Document d -> root = d.root();
    }
    if (root instanceof Scalar s && s.kind() == ScalarKind.NULL) {
      diagnostics.error(root.ref(), Message.YAML_EMPTY);
      return Optional.empty();
    }
    if (!(root instanceof MapNode map)) {
      String hint = root instanceof ListNode
          ? "; a bare list of functions (the seed format) is not accepted: put the list under 'functions:'"
              + " next to 'library', 'package' and 'class'"
          : "";
      diagnostics.error(root.ref(), Message.YAML_ROOT_NOT_MAP, root.describeKind(), hint);
      return Optional.empty();
    }
    return library(map);
  }

  // --- the spec -----------------------------------------------------------------------------

  private Optional<LibraryModel> library(MapNode map) {
    Fields f = new Fields(map, ROOT_KEYS, "the binding spec").named("the binding spec");
    Optional<String> library = f.requiredString("library");
    List<String> alternatives = f.stringList("alternatives");
    Optional<String> pkg = f.requiredString("package");
    Optional<String> cls = f.requiredString("class");
    String charset = f.string("charset").orElse(DEFAULT_CHARSET);
    String doc = f.string("doc").orElse("");
    Map<String, String> typedefs = typedefs(f.map("typedefs"));

    boolean ok = library.isPresent() && pkg.isPresent() && cls.isPresent();
    JavaClassName binding = JavaClassName.of(pkg.orElse(""), cls.orElse("Binding"));

    List<OpaqueType> opaques = new ArrayList<>();
    f.list("opaque_types").ifPresent(list -> eachMap(list, "opaque_types", "", m -> opaque(m, binding))
        .forEach(opaques::add));
    Function<String, Optional<JavaClassName>> opaqueLookup = cName -> opaques.stream()
        .filter(o -> o.cName().equals(cName)).map(OpaqueType::javaClass).findFirst();

    List<StatusTableModel> tables = new ArrayList<>();
    f.list("status_tables").ifPresent(list -> eachMap(list, "status_tables", "", m -> statusTable(m, binding))
        .forEach(tables::add));

    List<CallbackType> callbacks = new ArrayList<>();
    f.list("callbacks").ifPresent(list -> eachMap(list, "callbacks", "",
        m -> callback(m, binding, typedefs, opaqueLookup)).forEach(callbacks::add));
    Function<String, Optional<CallbackType>> callbackLookup = cName -> callbacks.stream()
        .filter(c -> c.cName().equals(cName)).findFirst();

    List<FunctionModel> functions = new ArrayList<>();
    f.list("functions").ifPresent(list -> eachMap(list, "functions", "",
        m -> function(m, typedefs, opaqueLookup, callbackLookup, tables)).forEach(functions::add));

    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new LibraryModel(map.ref(), binding, Optional.empty(), library.get(),
        alternatives, charset, typedefs, opaques, tables, callbacks, functions, doc));
  }

  private Map<String, String> typedefs(Optional<MapNode> node) {
    Map<String, String> typedefs = new LinkedHashMap<>();
    node.ifPresent(map -> {
      reportDuplicates(map, "typedefs");
      for (Entry e : map.entries()) {
        stringValue(e.value(), e.key()).ifPresent(spelling -> {
          if (CTypeExpr.parse(spelling).isEmpty()) {
            // Reported here, where it can be located; leaving it (and what uses it) out of the
            // model keeps the validator from reporting it again without a location.
            diagnostics.error(e.value().ref(), Message.C_TYPE_SYNTAX, spelling);
            brokenTypedefs.add(e.key());
          } else {
            typedefs.put(e.key(), spelling);
          }
        });
      }
    });
    return typedefs;
  }

  private Optional<OpaqueType> opaque(Item item, JavaClassName binding) {
    Fields f = new Fields(item.map(), OPAQUE_KEYS, item.path());
    Optional<String> cName = f.requiredString("c_name");
    f.named(cName.map(n -> "opaque type '" + n + "'").orElse(item.path()));
    Optional<String> javaName = f.string("java_name");
    Optional<String> destructor = f.string("destructor");
    String doc = f.string("doc").orElse("");
    return cName.map(c -> new OpaqueType(item.map().ref(), c,
        binding.nested(javaName.orElseGet(() -> Names.upperCamel(c))), true, doc, destructor));
  }

  private Optional<StatusTableModel> statusTable(Item item, JavaClassName binding) {
    Fields f = new Fields(item.map(), STATUS_TABLE_KEYS, item.path());
    Optional<String> name = f.requiredString("name");
    String what = name.map(n -> "status table '" + n + "'").orElse(item.path());
    f.named(what);
    Optional<String> exception = f.string("exception");
    Optional<String> messageFunction = f.string("message_function");
    List<StatusCodeModel> codes = new ArrayList<>();
    f.list("codes").ifPresent(list -> eachMap(list, "codes", " of " + what, this::statusCode)
        .forEach(codes::add));
    return name.map(n -> new StatusTableModel(item.map().ref(), n,
        binding.nested(exception.orElseGet(() -> Names.upperCamel(n) + "Exception")), codes,
        messageFunction));
  }

  private Optional<StatusCodeModel> statusCode(Item item) {
    Fields f = new Fields(item.map(), STATUS_CODE_KEYS, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "status code '" + n + "'").orElse(item.path()));
    Optional<Long> value = f.requiredInteger("value");
    boolean success = f.bool("success").orElse(false);
    String doc = f.string("doc").orElse("");
    if (name.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StatusCodeModel(item.map().ref(), name.get(), value.get(), success, doc));
  }

  // --- callbacks ----------------------------------------------------------------------------

  private Optional<CallbackType> callback(Item item, JavaClassName binding, Map<String, String> typedefs,
      Function<String, Optional<JavaClassName>> opaque) {
    MapNode map = item.map();
    Fields f = new Fields(map, CALLBACK_KEYS, item.path());
    Optional<String> name = f.requiredString("name");
    String what = name.map(n -> "callback '" + n + "'").orElse(item.path());
    f.named(what);
    Optional<String> javaName = f.string("java_name");
    String method = f.string("method").orElse(DEFAULT_CALLBACK_METHOD);
    String doc = f.string("doc").orElse("");
    Optional<String> onException = f.node("on_exception").flatMap(n -> {
      if (n instanceof Scalar s && s.kind() != ScalarKind.NULL && s.kind() != ScalarKind.ALIAS) {
        return Optional.of(s.text());
      }
      wrongType(n, "on_exception", "a number or boolean");
      return Optional.empty();
    });
    boolean ok = name.isPresent();
    List<CallbackParam> params = new ArrayList<>();
    Optional<ListNode> paramList = f.list("params");
    if (paramList.isPresent()) {
      for (Optional<CallbackParam> p : eachMap(paramList.get(), "params", " of " + what,
          pi -> Optional.of(callbackParam(pi, what, typedefs, opaque)))) {
        ok &= p.isPresent();
        p.ifPresent(params::add);
      }
    }
    Optional<ReturnModel> returns = f.node("returns")
        .map(node -> stringValue(node, "returns").flatMap(t -> cType(t, node.ref())).map(c -> {
          CTypeExpr expanded = CTypes.expand(c, typedefs).orElse(c);
          return new ReturnModel(node.ref(), c, CTypes.defaultJavaType(expanded, opaque, true)
              .orElseGet(JavaType.Segment::new), Ownership.BORROWED, Optional.empty());
        }))
        .orElseGet(() -> Optional.of(new ReturnModel(map.ref(), new CTypeExpr("void", "void", 0, false),
            new JavaType.Void(), Ownership.BORROWED, Optional.empty())));
    if (!ok || returns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CallbackType(map.ref(), name.get(),
        binding.nested(javaName.orElseGet(() -> Names.upperCamel(name.get()))), true, method, params,
        returns.get(), onException, doc));
  }

  private Optional<CallbackParam> callbackParam(Item item, String callback, Map<String, String> typedefs,
      Function<String, Optional<JavaClassName>> opaque) {
    Fields f = new Fields(item.map(), CALLBACK_PARAM_KEYS, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "parameter '" + n + "' of " + callback).orElse(item.path()));
    Optional<CTypeExpr> cType = f.requiredString("type").flatMap(t -> cType(t, f.valueRef("type")));
    boolean userData = f.bool("user_data").orElse(false);
    Optional<String> lengthFrom = f.string("length_from");
    Optional<String> charset = f.string("charset");
    if (name.isEmpty() || cType.isEmpty()) {
      return Optional.empty();
    }
    CTypeExpr expanded = CTypes.expand(cType.get(), typedefs).orElse(cType.get());
    JavaType java;
    if (userData) {
      java = new JavaType.UserData();
    } else if (lengthFrom.isPresent()) {
      java = new JavaType.StringArray();
    } else {
      // C hands values to Java as it returns them: char* is a String, other pointers are segments.
      java = CTypes.defaultJavaType(expanded, opaque, true).orElseGet(JavaType.Segment::new);
    }
    return Optional.of(new CallbackParam(item.map().ref(), name.get(), cType.get(), java, charset, lengthFrom));
  }

  // --- functions ----------------------------------------------------------------------------

  private Optional<FunctionModel> function(Item item, Map<String, String> typedefs,
      Function<String, Optional<JavaClassName>> opaque, Function<String, Optional<CallbackType>> callbacks,
      List<StatusTableModel> tables) {
    MapNode map = item.map();
    Fields f = new Fields(map, FUNCTION_KEYS, item.path());
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
        String path = "params[" + i + "] of " + what;
        if (!(items.get(i) instanceof MapNode pm)) {
          wrongType(items.get(i), "params[" + i + "]", "a map");
          ok = false;
          continue;
        }
        Optional<ParamModel> p = param(new Item(pm, path), what, typedefs, opaque, callbacks);
        ok &= p.isPresent();
        p.ifPresent(params::add);
      }
    }

    Optional<ReturnModel> returns = f.node("returns")
        .map(node -> returnValue(node, what, typedefs, opaque))
        .orElseGet(() -> Optional.of(new ReturnModel(map.ref(), new CTypeExpr("void", "void", 0, false),
            new JavaType.Void(), Ownership.BORROWED, Optional.empty())));
    ok &= returns.isPresent();

    Optional<ErrorModel> errors = f.node("errors")
        .map(node -> errors(node, what, tables))
        .orElse(Optional.of(ErrorModel.NONE));
    ok &= errors.isPresent();

    // The parameter C writes the returned size to (size_t* out_len) is hidden; an input size stays.
    returns.flatMap(ReturnModel::size).ifPresent(size -> params.replaceAll(p -> p.name().equals(size)
        && CTypes.expand(p.cType(), typedefs).map(CTypeExpr::isPointer).orElse(false) ? p.asResultSize() : p));

    boolean retry = f.bool("retry_eintr").orElse(false);
    boolean critical = f.bool("critical").orElse(false);
    boolean optional = f.bool("optional").orElse(false);
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new FunctionModel(map.ref(), name.get(), cSymbol.orElse(name.get()), params,
        returns.get(), errors.get(), retry, critical, doc, optional));
  }

  private Optional<ParamModel> param(Item item, String function, Map<String, String> typedefs,
      Function<String, Optional<JavaClassName>> opaque, Function<String, Optional<CallbackType>> callbacks) {
    Fields f = new Fields(item.map(), PARAM_KEYS, item.path());
    Optional<String> name = f.requiredString("name");
    f.named(name.map(n -> "parameter '" + n + "' of " + function).orElse(item.path()));
    Optional<CTypeExpr> cType = f.requiredString("type").flatMap(t -> cType(t, f.valueRef("type")));
    Optional<Optional<JavaType>> javaType = f.string("java_type").map(t -> javaType(t, f.valueRef("java_type")));
    Optional<Optional<Direction>> direction = f.string("direction")
        .map(d -> choice(d, f.valueRef("direction"), "direction", DIRECTIONS, DIRECTION_NAMES));
    boolean nullable = f.bool("nullable").orElse(false);
    Optional<String> lengthOf = f.string("length_of");
    Optional<String> boundsOf = f.string("bounds");
    Optional<String> charset = f.string("charset");
    Optional<Optional<LifetimeModel>> lifetime = f.string("lifetime")
        .map(l -> choice(l, f.valueRef("lifetime"), "lifetime", LIFETIMES, LIFETIME_NAMES));
    boolean userData = f.bool("user_data").orElse(false);
    Optional<Optional<String>> owned = f.string("ownership").map(o -> choice(o, f.valueRef("ownership"),
        "ownership", Map.of("borrowed", "borrowed", "owned", "owned"), OWNERSHIP_NAMES));
    if (name.isEmpty() || cType.isEmpty()
        || javaType.map(Optional::isEmpty).orElse(false)
        || direction.map(Optional::isEmpty).orElse(false)
        || lifetime.map(Optional::isEmpty).orElse(false)
        || owned.map(Optional::isEmpty).orElse(false)) {
      return Optional.empty();
    }
    CTypeExpr expanded = CTypes.expand(cType.get(), typedefs).orElse(cType.get());
    Optional<CallbackType> callback = expanded.pointers() == 0 ? callbacks.apply(expanded.base()) : Optional.empty();
    JavaType java = userData ? new JavaType.UserData()
        : callback.isPresent() ? new JavaType.Callback(callback.get().javaClass(), callback.get().cName())
        : javaType.flatMap(j -> j).orElseGet(() ->
            CTypes.defaultJavaType(expanded, opaque, false).orElseGet(JavaType.Segment::new));
    Direction dir = direction.flatMap(d -> d).orElseGet(() -> CTypes.defaultDirection(expanded, java));
    // An owned handle out-parameter is freed by its type's destructor: no 'free' here.
    Ownership ownership = owned.flatMap(o -> o).filter("owned"::equals).isPresent()
        ? new Ownership(true, Optional.empty()) : Ownership.BORROWED;
    return Optional.of(new ParamModel(item.map().ref(), name.get(), cType.get(), java, dir, charset,
        lengthOf, boundsOf, nullable, lifetime.flatMap(l -> l), ownership));
  }

  private Optional<ReturnModel> returnValue(YamlNode node, String function, Map<String, String> typedefs,
      Function<String, Optional<JavaClassName>> opaque) {
    Optional<CTypeExpr> cType;
    Optional<Optional<JavaType>> javaType = Optional.empty();
    boolean isOwned = false;
    Optional<String> free = Optional.empty();
    Optional<String> charset = Optional.empty();
    Optional<String> size = Optional.empty();
    boolean ok = true;
    if (node instanceof MapNode map) {
      Fields f = new Fields(map, RETURN_KEYS, "the return value of " + function).named("the return value of " + function);
      cType = f.requiredString("type").flatMap(t -> cType(t, f.valueRef("type")));
      javaType = f.string("java_type").map(t -> javaType(t, f.valueRef("java_type")));
      Optional<Optional<String>> owned = f.string("ownership").map(o -> choice(o, f.valueRef("ownership"),
          "ownership", Map.of("borrowed", "borrowed", "owned", "owned"), OWNERSHIP_NAMES));
      free = f.string("free");
      charset = f.string("charset");
      size = f.string("size");
      isOwned = owned.flatMap(o -> o).map("owned"::equals).orElse(false);
      if (isOwned) {
        // decided below, once the type is known
      } else if (free.isPresent() && owned.map(Optional::isPresent).orElse(true)) {
        diagnostics.error(f.keyRef("free"), Message.YAML_FREE_NOT_OWNED);
        ok = false;
      }
      ok &= owned.map(Optional::isPresent).orElse(true);
    } else {
      cType = stringValue(node, "returns").flatMap(t -> cType(t, node.ref()));
    }
    if (!ok || cType.isEmpty() || javaType.map(Optional::isEmpty).orElse(false)) {
      return Optional.empty();
    }
    CTypeExpr expanded = CTypes.expand(cType.get(), typedefs).orElse(cType.get());
    JavaType defaultType = CTypes.defaultJavaType(expanded, opaque, true).orElseGet(JavaType.Segment::new);
    // Sized bytes come back as a NativeBuffer; a sized char* stays a String (decoded by its length).
    JavaType java = javaType.flatMap(j -> j).orElse(size.isPresent() && defaultType instanceof JavaType.Segment
        ? new JavaType.NativeBuf() : defaultType);
    // An owned handle is freed by its type's destructor; other owned memory by 'free' (default free()).
    Ownership ownership = !isOwned ? Ownership.BORROWED
        : java instanceof JavaType.Handle ? new Ownership(true, free)
        : Ownership.owned(free.orElse(DEFAULT_FREE));
    return Optional.of(new ReturnModel(node.ref(), cType.get(), java, ownership, charset, size));
  }

  private Optional<ErrorModel> errors(YamlNode node, String function, List<StatusTableModel> tables) {
    if (node instanceof MapNode map) {
      Fields f = new Fields(map, ERRORS_KEYS, "the errors of " + function).named("the errors of " + function);
      return f.requiredString("status").map(ErrorModel::status);
    }
    Optional<String> text = stringValue(node, "errors");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    ErrorModel.Kind kind = ERROR_KINDS.get(value);
    if (kind != null) {
      return Optional.of(ErrorModel.of(kind));
    }
    String hint = Diagnostics.didYouMean(value, ERROR_KINDS.keySet());
    if (hint.isEmpty()) {
      boolean isTable = tables.stream().anyMatch(t -> t.name().equals(value));
      if (isTable || value.equals("status")) {
        hint = "; to use a status table write '{status: " + (isTable ? value : "<table name>") + "}'";
      }
    }
    diagnostics.error(node.ref(), Message.YAML_BAD_VALUE, "errors",
        String.join(", ", ERROR_KINDS.keySet()) + " or {status: <table name>}", value, hint);
    return Optional.empty();
  }

  // --- values -------------------------------------------------------------------------------

  private Optional<CTypeExpr> cType(String spelling, YamlRef at) {
    Optional<CTypeExpr> parsed = CTypeExpr.parse(spelling);
    if (parsed.isEmpty()) {
      diagnostics.error(at, Message.C_TYPE_SYNTAX, spelling);
    }
    return parsed.filter(t -> !brokenTypedefs.contains(t.base()));
  }

  private Optional<JavaType> javaType(String spelling, YamlRef at) {
    return choice(spelling.strip(), at, "java_type", JAVA_TYPES, List.copyOf(JAVA_TYPES.keySet()));
  }

  private <T> Optional<T> choice(String value, YamlRef at, String key, Map<String, T> values, List<String> names) {
    T found = values.get(value);
    if (found == null) {
      diagnostics.error(at, Message.YAML_BAD_VALUE, key, String.join(", ", names), value,
          Diagnostics.didYouMean(value, names));
    }
    return Optional.ofNullable(found);
  }

  private Optional<String> stringValue(YamlNode node, String key) {
    if (node instanceof Scalar s && s.kind() == ScalarKind.STRING) {
      return Optional.of(s.text());
    }
    wrongType(node, key, "a string");
    return Optional.empty();
  }

  /** Reports a value of the wrong kind, unless it is an alias (already reported). */
  private void wrongType(YamlNode node, String key, String expected) {
    if (node instanceof Scalar s && s.kind() == ScalarKind.ALIAS) {
      return;
    }
    diagnostics.error(node.ref(), Message.YAML_WRONG_TYPE, key, expected, node.describeKind());
  }

  private void reportDuplicates(MapNode map, String what) {
    for (Entry d : map.duplicates()) {
      diagnostics.error(d.keyRef(), Message.YAML_DUPLICATE_KEY, d.key(), what);
    }
  }

  /** A map that is an entry of a list, with its path for messages ({@code functions[2]}). */
  private record Item(MapNode map, String path) {}

  /**
   * Reads each entry of a list that must hold maps; reports the others.
   *
   * @param key the list's key, for {@code key[i]} in messages
   * @param owner appended to {@code key[i]} to name an entry that has no name ({@code " of status table 's'"})
   */
  private <T> List<T> eachMap(ListNode list, String key, String owner, Function<Item, Optional<T>> reader) {
    List<T> result = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode node = list.items().get(i);
      String path = key + "[" + i + "]";
      if (node instanceof MapNode map) {
        reader.apply(new Item(map, path + owner)).ifPresent(result::add);
      } else {
        wrongType(node, path, "a map");
      }
    }
    return result;
  }

  /**
   * Typed access to the keys of one map. {@link #named} reports duplicate and unknown keys once
   * the map's name (for messages) is known; the getters report values of the wrong kind and
   * missing required keys.
   */
  private final class Fields {
    private final MapNode map;
    private final List<String> known;
    private String what;

    /** @param path names the map in messages until {@link #named} gives its real name */
    Fields(MapNode map, List<String> known, String path) {
      this.map = map;
      this.known = known;
      this.what = path;
    }

    Fields named(String what) {
      this.what = what;
      reportDuplicates(map, what);
      for (Entry e : map.entries()) {
        if (!known.contains(e.key())) {
          diagnostics.error(e.keyRef(), Message.YAML_UNKNOWN_KEY, e.key(), what,
              Diagnostics.didYouMean(e.key(), known));
        }
      }
      return this;
    }

    Optional<YamlNode> node(String key) {
      return map.entry(key).map(Entry::value);
    }

    YamlRef valueRef(String key) {
      return map.entry(key).map(e -> e.value().ref()).orElse(map.ref());
    }

    YamlRef keyRef(String key) {
      return map.entry(key).map(Entry::keyRef).orElse(map.ref());
    }

    private <T> Optional<T> required(String key, Optional<T> value) {
      if (map.entry(key).isEmpty()) {
        diagnostics.error(map.ref(), Message.YAML_MISSING_KEY, what, key);
      }
      return value;
    }

    Optional<String> string(String key) {
      return node(key).flatMap(n -> stringValue(n, key));
    }

    Optional<String> requiredString(String key) {
      return required(key, string(key));
    }

    Optional<Boolean> bool(String key) {
      return node(key).flatMap(n -> {
        if (n instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
          return Optional.of(s.text().equalsIgnoreCase("true"));
        }
        wrongType(n, key, "true or false");
        return Optional.empty();
      });
    }

    Optional<Long> requiredInteger(String key) {
      return required(key, node(key).flatMap(n -> {
        if (n instanceof Scalar s && s.kind() == ScalarKind.INTEGER) {
          if (s.number().isEmpty()) {
            diagnostics.error(n.ref(), Message.YAML_WRONG_TYPE, key, "a 64-bit integer",
                "an integer out of that range");
          }
          return s.number();
        }
        wrongType(n, key, "an integer");
        return Optional.empty();
      }));
    }

    Optional<ListNode> list(String key) {
      return node(key).flatMap(n -> {
        if (n instanceof ListNode l) {
          return Optional.of(l);
        }
        wrongType(n, key, "a list");
        return Optional.empty();
      });
    }

    Optional<MapNode> map(String key) {
      return node(key).flatMap(n -> {
        if (n instanceof MapNode m) {
          return Optional.of(m);
        }
        wrongType(n, key, "a map");
        return Optional.empty();
      });
    }

    List<String> stringList(String key) {
      List<String> result = new ArrayList<>();
      list(key).ifPresent(l -> {
        for (int i = 0; i < l.items().size(); i++) {
          stringValue(l.items().get(i), key + "[" + i + "]").ifPresent(result::add);
        }
      });
      return result;
    }
  }
}
