package dev.ffmbind.processor.fuzz;

import dev.ffmbind.processor.fuzz.Yaml.MapNode;
import dev.ffmbind.processor.fuzz.Yaml.Node;
import dev.ffmbind.processor.fuzz.Yaml.Raw;
import dev.ffmbind.processor.fuzz.Yaml.SeqNode;
import dev.ffmbind.processor.fuzz.Yaml.Str;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates YAML binding specs (docs/dsl.md): mostly valid ones that use the whole language, some
 * with awkward names and docs, a quarter with one to three structural mutations, and a few with
 * garbled text. Every decision comes from {@link Choices}, so inputs shrink.
 */
final class SpecGenerator {

  static final List<String> SCALARS =
      List.of(
          "int",
          "char",
          "signed char",
          "int8_t",
          "unsigned char",
          "uint8_t",
          "short",
          "int16_t",
          "unsigned short",
          "uint16_t",
          "int32_t",
          "wchar_t",
          "unsigned int",
          "uint32_t",
          "long",
          "long long",
          "int64_t",
          "ssize_t",
          "intptr_t",
          "ptrdiff_t",
          "off_t",
          "unsigned long",
          "unsigned long long",
          "uint64_t",
          "size_t",
          "uintptr_t",
          "float",
          "double",
          "bool");
  static final List<String> INTEGERS = SCALARS.subList(0, 26);

  /** The integer types narrower than int. */
  static final List<String> NARROW = SCALARS.subList(1, 10);

  static final List<String> CHARSETS =
      List.of(
          "UTF-8",
          "ISO-8859-1",
          "US-ASCII",
          "UTF-16LE",
          "UTF-16BE",
          "UTF-32LE",
          "UTF-32BE",
          "KOI8-R",
          "nope");
  static final List<String> JAVA_TYPES =
      List.of(
          "boolean",
          "byte",
          "short",
          "char",
          "int",
          "long",
          "float",
          "double",
          "String",
          "byte[]",
          "short[]",
          "int[]",
          "long[]",
          "float[]",
          "double[]",
          "ByteBuffer",
          "MemorySegment",
          "Object");
  static final List<String> KEYS =
      List.of(
          "library",
          "alternatives",
          "package",
          "class",
          "charset",
          "doc",
          "typedefs",
          "constants",
          "enums",
          "values",
          "opaque_types",
          "status_tables",
          "callbacks",
          "functions",
          "c_name",
          "java_name",
          "destructor",
          "name",
          "exception",
          "message_function",
          "codes",
          "value",
          "success",
          "c_symbol",
          "params",
          "returns",
          "errors",
          "retry_eintr",
          "critical",
          "optional",
          "type",
          "java_type",
          "direction",
          "nullable",
          "length_of",
          "bounds",
          "lifetime",
          "user_data",
          "ownership",
          "free",
          "size",
          "method",
          "on_exception",
          "length_from",
          "status",
          "structs",
          "unions",
          "fields");

  private final Choices c;
  private final List<String> typedefs = new ArrayList<>();
  private final List<Opaque> opaques = new ArrayList<>();
  private final List<String> enumNames = new ArrayList<>();
  private final List<String> structNames = new ArrayList<>();
  private final List<Callback> callbacks = new ArrayList<>();
  private final List<String> tables = new ArrayList<>();
  private final List<MapNode> functions = new ArrayList<>();
  private final List<String> callbackJavaNames = new ArrayList<>();
  private int counter;
  private String className = "";

  private record Opaque(String cName, boolean destructor) {}

  private record Callback(String name, boolean userData) {}

  private SpecGenerator(Choices c) {
    this.c = c;
  }

  /** A generated spec: its YAML text. */
  record Spec(String yaml) {
    @Override
    public String toString() {
      return yaml;
    }
  }

  static Spec generate(Choices c) {
    SpecGenerator g = new SpecGenerator(c);
    MapNode root = g.root();
    String text = Yaml.write(root);
    if (c.chance(20)) {
      for (int i = 0; i < 3 && (i == 0 || c.another(40)); i++) {
        Mutations.mutate(c, root);
      }
      if (KnownBug.avoidedIn(root).isEmpty()) {
        text = Yaml.write(root);
      } // else: the mutation made a known bug; keep the spec as generated
    }
    if (c.chance(4)) {
      text = Mutations.garble(c, text);
    }
    return new Spec(text);
  }

  // ---- the spec ---------------------------------------------------------------------------

  private MapNode root() {
    MapNode root = new MapNode();
    root.put("library", c.pick("ffmbindfuzz", "c", "z", "/usr/lib/libfuzz.so", "lib fuzz"));
    if (c.chance(15)) {
      SeqNode alternatives = new SeqNode();
      alternatives.items().add(new Str(c.pick("libfuzz.so.1", "", "/opt/x/libfuzz.so")));
      root.put("alternatives", alternatives);
    }
    root.put("package", packageName());
    className = className();
    root.put("class", className);
    if (c.chance(20)) {
      root.put("charset", c.pick(CHARSETS));
    }
    if (c.chance(30)) {
      root.put("doc", doc());
    }
    if (c.chance(30)) {
      MapNode defs = new MapNode();
      for (int i = 0; i < 2 && (i == 0 || c.another(50)); i++) {
        String name = c.usually(85) ? "td" + i : c.pick(Names.KEYWORDS);
        typedefs.add(name);
        defs.put(
            name, c.usually(90) ? c.pick(SCALARS) : c.pick("void*", "td0", "struct x", "char*"));
      }
      root.put("typedefs", defs);
    }
    if (c.chance(25)) {
      SeqNode constants = new SeqNode();
      for (int i = 0; i < 3 && (i == 0 || c.another(60)); i++) {
        constants.items().add(constant(i));
      }
      root.put("constants", constants);
    }
    if (c.chance(25)) {
      SeqNode enums = new SeqNode();
      for (int i = 0; i < 2 && (i == 0 || c.another(40)); i++) {
        enums.items().add(enumType(i));
      }
      root.put("enums", enums);
    }
    SeqNode opaqueNodes = new SeqNode();
    for (int i = 0; i < 2 && (i == 0 ? c.chance(45) : c.another(50)); i++) {
      opaqueNodes.items().add(opaque(i));
    }
    if (c.chance(25)) {
      SeqNode structs = new SeqNode();
      SeqNode unions = new SeqNode();
      for (int i = 0; i < 3 && (i == 0 || c.another(50)); i++) {
        boolean union = c.chance(25);
        (union ? unions : structs).items().add(struct(i, union));
      }
      if (!structs.items().isEmpty()) {
        root.put("structs", structs);
      }
      if (!unions.items().isEmpty()) {
        root.put("unions", unions);
      }
    }
    SeqNode callbackNodes = new SeqNode();
    for (int i = 0; i < 2 && (i == 0 ? c.chance(35) : c.another(50)); i++) {
      callbackNodes.items().add(callback(i));
    }
    SeqNode tableNodes = new SeqNode();
    if (c.chance(30)) {
      tableNodes.items().add(statusTable());
    }
    for (int i = 0; i < 4 && (i == 0 ? c.usually(95) : c.another(60)); i++) {
      functions.add(function(i));
    }
    if (!opaqueNodes.items().isEmpty()) {
      root.put("opaque_types", opaqueNodes);
    }
    if (!tableNodes.items().isEmpty()) {
      root.put("status_tables", tableNodes);
    }
    if (!callbackNodes.items().isEmpty()) {
      root.put("callbacks", callbackNodes);
    }
    SeqNode fns = new SeqNode();
    fns.items().addAll(functions);
    if (!fns.items().isEmpty() || c.chance(50)) {
      root.put("functions", fns);
    }
    return root;
  }

  private String packageName() {
    if (c.usually(80)) {
      return c.pick("fz", "fz.deep.pkg", "t");
    }
    String odd =
        c.pick(
            "",
            "java.lang",
            "java.util",
            "dev.ffmbind",
            "var.x",
            "a.record",
            "1bad",
            "x..y",
            "Fz",
            "\u00e9t\u00e9");
    return odd;
  }

  private String className() {
    if (c.usually(80)) {
      return c.pick("Fuzz", "L", "Lib");
    }
    return c.chance(50) ? c.pick(Names.TYPE_CLASHES) : c.pick(Names.CONTEXTUAL);
  }

  private String doc() {
    if (c.chance(70)) {
      return c.pick("A doc.", "Does things.", "");
    }
    String doc = c.pick(Names.ODD_DOCS);
    if (c.chance(20)) {
      doc = c.pick("a \\u0041 escape", "ends */ here", "\\u000a newline", "a \\uXYZW bad escape");
    }
    return doc;
  }

  /** A Java-ish name: usually plain and unique, sometimes awkward. */
  private String name(String plain) {
    counter++;
    if (c.usually(96)) {
      return plain + (c.chance(50) ? "" : String.valueOf(counter));
    }
    String name =
        switch (c.below(6)) {
          case 5 -> c.pick(Names.SHADOWING);
          case 0 -> c.pick(Names.KEYWORDS);
          case 1 -> c.pick(Names.CONTEXTUAL);
          case 2 -> c.pick(Names.GENERATED_MEMBERS);
          case 3 -> c.pick(Names.ODD);
          default -> c.usually(80) ? Names.longName(300) : Names.longName(70_000);
        };
    return name;
  }

  private String typeName(String plain, List<String> used) {
    String name;
    if (c.usually(94)) {
      name = plain;
    } else {
      name = c.chance(50) ? c.pick(Names.TYPE_CLASHES) : c.pick(Names.CONTEXTUAL);
    }
    used.add(name);
    return name;
  }

  private String scalarType() {
    if (!enumNames.isEmpty() && c.chance(15)) {
      return c.pick(enumNames);
    }
    if (!typedefs.isEmpty() && c.chance(20)) {
      return c.pick(typedefs);
    }
    return c.pick(SCALARS);
  }

  private String integerType() {
    return c.usually(60) ? c.pick("size_t", "int", "unsigned int") : c.pick(INTEGERS);
  }

  // ---- declarations ----------------------------------------------------------------------

  /** A constant: usually a value its type holds, sometimes one it does not, or an odd name. */
  private MapNode constant(int i) {
    MapNode node = new MapNode().put("name", name("K" + i));
    String value =
        c.pick(
            "0", "-1", "255", "256", "2147483648", "-9223372036854775808", "0x7f", "0.5", "1e300");
    if (c.chance(30)) {
      node.put("value", c.usually(70) ? doc() : c.pick(Names.ODD_DOCS));
      if (c.chance(40)) {
        node.put("type", c.pick("const char*", "char*", "int"));
      }
    } else {
      node.put("value", new Raw(value));
      if (c.chance(50)) {
        node.put("type", c.usually(80) ? c.pick(SCALARS) : scalarType());
      }
    }
    if (c.chance(30)) {
      node.put("doc", doc());
    }
    return node;
  }

  /** An enum whose C name parameters and returns may use ({@link #scalarType}). */
  private MapNode enumType(int i) {
    String cName = c.usually(95) ? "en" + i : c.pick(Names.ODD);
    MapNode node = new MapNode().put("c_name", cName);
    if (c.chance(20)) {
      node.put("java_name", typeName("En" + i, new ArrayList<>()));
    }
    if (c.chance(30)) {
      node.put("type", c.usually(80) ? c.pick("int", "int64_t", "long") : c.pick(SCALARS));
    }
    SeqNode values = new SeqNode();
    for (int v = 0; v < 4 && c.another(70); v++) {
      MapNode value = new MapNode().put("name", name("V" + v));
      value.put("value", new Raw(c.pick("0", "1", "-1", "7", "2147483648")));
      if (c.chance(20)) {
        value.put("doc", doc());
      }
      values.items().add(value);
    }
    node.put("values", values);
    if (c.chance(20)) {
      node.put("doc", doc());
    }
    enumNames.add(cName);
    return node;
  }

  /** A struct or union whose fields use scalars, arrays, earlier structs and pointers. */
  private MapNode struct(int i, boolean union) {
    String cName = c.usually(95) ? (union ? "un" : "st") + i : c.pick(Names.ODD);
    MapNode node = new MapNode().put("c_name", cName);
    if (c.chance(15)) {
      node.put("java_name", typeName((union ? "Un" : "St") + i, new ArrayList<>()));
    }
    SeqNode fields = new SeqNode();
    for (int f = 0; f < 5 && (f == 0 ? c.usually(97) : c.another(65)); f++) {
      MapNode field = new MapNode().put("name", c.usually(90) ? "fld_" + f : name("F" + f));
      String type =
          switch (c.below(9)) {
            case 1 -> "char[" + c.pick("1", "8", "65") + "]";
            case 2 -> c.pick(SCALARS) + "[" + c.pick("1", "3") + "]";
            case 3 -> structNames.isEmpty() ? "double" : "struct " + c.pick(structNames);
            case 4 -> c.pick("void*", "const char*", "int*");
            case 5 -> opaques.isEmpty() ? "void*" : c.pick(opaques).cName() + "*";
            case 6 -> c.pick("unsigned int : 3", "char[]", "long double", "void", "bool[2]");
            case 7 -> structNames.isEmpty() ? "int" : "struct " + c.pick(structNames) + "[2]";
            default -> scalarType();
          };
      field.put("type", type);
      if (type.startsWith("char[") && c.chance(25)) {
        field.put("java_type", c.usually(80) ? "byte[]" : c.pick(JAVA_TYPES));
      }
      if (c.chance(15)) {
        field.put("doc", doc());
      }
      fields.items().add(field);
    }
    node.put("fields", fields);
    if (c.chance(20)) {
      node.put("doc", doc());
    }
    structNames.add(cName);
    return node;
  }

  private MapNode opaque(int i) {
    String cName = c.usually(97) ? "thing" + i : c.pick(Names.ODD);
    MapNode node = new MapNode().put("c_name", cName);
    if (c.chance(30)) {
      node.put("java_name", typeName("Thing" + i, new ArrayList<>()));
    }
    boolean destructor = c.chance(50);
    if (destructor) {
      String symbol = c.usually(90) ? cName + "_free" : c.pick("free me", "x@", "", "free");
      node.put("destructor", symbol);
      if (c.chance(40)) {
        // Declared as a function of the spec: close(T*) -> void or int checked by a convention.
        MapNode fn = new MapNode().put("name", "close" + i).put("c_symbol", symbol);
        fn.put("params", seq(new MapNode().put("name", "h").put("type", cName + "*")));
        if (c.chance(50)) {
          fn.put("returns", "int");
          fn.put("errors", c.pick("nonzero", "negative-errno", "minus-one-errno"));
        }
        functions.add(fn);
      }
    }
    if (c.chance(20)) {
      node.put("doc", doc());
    }
    opaques.add(new Opaque(cName, destructor));
    return node;
  }

  private MapNode callback(int i) {
    String name = "cb" + i + "_fn";
    MapNode node = new MapNode().put("name", name);
    if (c.chance(40)) {
      String javaName = typeName("Cb" + i, new ArrayList<>());
      if (c.chance(15) && !callbackJavaNames.isEmpty()) {
        javaName = callbackJavaNames.get(0);
      }
      callbackJavaNames.add(javaName);
      node.put("java_name", javaName);
    } else {
      callbackJavaNames.add("Cb" + i + "Fn");
    }
    if (c.chance(30)) {
      node.put("method", name("invoke"));
    }
    SeqNode params = new SeqNode();
    boolean userData = c.chance(40);
    for (int p = 0; p < 3 && c.another(55); p++) {
      MapNode param = new MapNode().put("name", name("p" + p));
      switch (c.below(5)) {
        case 0 ->
            param
                .put("type", "const char*")
                .put("charset", c.chance(20) ? c.pick(CHARSETS) : "UTF-8");
        case 1 -> param.put("type", c.pick("int*", "const double*", "void*"));
        case 2 -> {
          if (!opaques.isEmpty()) {
            param.put("type", c.pick(opaques).cName() + "*");
          } else {
            param.put("type", scalarType());
          }
        }
        case 3 -> {
          String count = "n" + p;
          params.items().add(new MapNode().put("name", count).put("type", "int"));
          param.put("type", "char**").put("length_from", count);
        }
        default -> param.put("type", scalarType());
      }
      params.items().add(param);
    }
    if (userData) {
      params
          .items()
          .add(
              c.below(params.items().size() + 1),
              new MapNode()
                  .put("name", "ud")
                  .put("type", "void*")
                  .put("user_data", new Raw("true")));
    }
    if (!params.items().isEmpty()) {
      node.put("params", params);
    }
    String returns = c.chance(40) ? "void" : scalarType();
    if (!returns.equals("void") || c.chance(20)) {
      node.put("returns", returns);
    }
    if (!returns.equals("void") && c.chance(40)) {
      String value =
          c.pick("-1", "0", "1", "false", "0.5", "\"x\"", "99999999999", "1e400", "-1e400", "NaN");
      node.put("on_exception", new Raw(value));
    }
    if (c.chance(20)) {
      node.put("doc", doc());
    }
    callbacks.add(new Callback(name, userData));
    return node;
  }

  private MapNode statusTable() {
    String name = c.usually(90) ? "st" : c.pick(Names.ODD);
    tables.add(name);
    MapNode node = new MapNode().put("name", name);
    if (c.chance(30)) {
      node.put("exception", typeName("StException", new ArrayList<>()));
    }
    if (c.chance(40)) {
      String fn = "errmsg";
      MapNode f = new MapNode().put("name", fn);
      if (!opaques.isEmpty() && c.chance(50)) {
        f.put(
            "params",
            seq(new MapNode().put("name", "h").put("type", opaques.get(0).cName() + "*")));
      } else {
        f.put("params", seq(new MapNode().put("name", "code").put("type", "int")));
      }
      f.put("returns", "const char*");
      functions.add(f);
      node.put("message_function", fn);
    }
    SeqNode codes = new SeqNode();
    for (int i = 0; i < 4 && (i == 0 || c.another(60)); i++) {
      MapNode code = new MapNode();
      String codeName = c.usually(95) ? "ST_" + i : c.pick(Names.ODD);
      if (c.chance(5)) {
        codeName = c.pick("ST\u2028LS", "ST\u2029PS");
      }
      code.put("name", codeName);
      code.put(
          "value",
          new Raw(
              c.usually(95)
                  ? String.valueOf(i == 0 ? 0 : -i)
                  : c.pick("0x10", "-2147483648", "2147483647", "4294967296", "1.5", "\"3\"")));
      if (i == 0 || c.chance(20)) {
        code.put("success", new Raw(i == 0 || c.chance(50) ? "true" : "false"));
      }
      if (c.chance(30)) {
        code.put("doc", doc());
      }
      codes.items().add(code);
    }
    node.put("codes", codes);
    return node;
  }

  // ---- functions -------------------------------------------------------------------------

  private MapNode function(int i) {
    String javaName = name("f" + i);
    MapNode fn = new MapNode().put("name", javaName);
    if (c.chance(25)) {
      String symbol = c.chance(70) ? "c_f" + i : c.pick("f@VER_1", "f@@VER_2", "@", "a b", "f@");
      fn.put("c_symbol", symbol);
    }
    if (c.chance(25)) {
      fn.put("doc", doc());
    }
    SeqNode params = new SeqNode();
    List<String> intParams = new ArrayList<>();
    List<String> sizeOuts = new ArrayList<>();
    boolean hasCallback = false;
    for (int p = 0; p < 4 && c.another(65); p++) {
      hasCallback |= param(p, params, intParams, sizeOuts);
    }
    if (!params.items().isEmpty()) {
      fn.put("params", params);
    }
    String conventionFor = returns(fn, params, intParams, sizeOuts);
    if (conventionFor != null && c.chance(50)) {
      String errors =
          switch (conventionFor) {
            case "int", "narrow" ->
                c.pick("minus-one-errno", "negative-errno", "nonzero", "status", "none");
            case "pointer" -> c.pick("null-errno", "none");
            default -> c.pick("none", "nonzero", "null-errno");
          };
      if (errors.equals("status")) {
        if (!tables.isEmpty()) {
          fn.put("errors", new MapNode().put("status", c.pick(tables)));
        }
      } else {
        fn.put("errors", errors);
        if (errors.endsWith("errno") && c.chance(40)) {
          fn.put("retry_eintr", new Raw("true"));
        }
      }
    }
    if (c.chance(12) && !hasCallback) {
      fn.put("critical", new Raw("true"));
    }
    if (c.chance(12)) {
      fn.put("optional", new Raw("true"));
    }
    return fn;
  }

  /** Adds one C parameter (and the length parameter it may come with); true for a callback. */
  private boolean param(int p, SeqNode params, List<String> intParams, List<String> sizeOuts) {
    String name = name(Names.PLAIN.get(p % Names.PLAIN.size()));
    MapNode param = new MapNode().put("name", name);
    params.items().add(param);
    switch (c.below(11)) {
      case 1 -> { // string (a non-const char* is a byte array)
        String type = c.pick("const char*", "char*", "const wchar_t*");
        param.put("type", type);
        if (c.chance(20)) {
          param.put("charset", c.pick(CHARSETS));
        }
        nullable(param, 20);
        boolean linked = c.chance(15);
        if (linked) {
          lengthParam(params, "length_of", name);
        }
      }
      case 2 -> { // array
        String elem = c.usually(80) ? c.pick(SCALARS) : scalarType();
        param.put("type", (c.chance(40) ? "const " : "") + elem + "*");
        if (c.chance(25)) {
          param.put("direction", c.pick("in", "out", "inout"));
        }
        if (c.chance(5)) {
          param.put("java_type", c.pick(JAVA_TYPES));
        }
        nullable(param, 25);
        boolean linked = c.chance(60);
        if (linked) {
          lengthParam(params, c.pick("length_of", "bounds"), name);
        }
      }
      case 3 -> { // buffer
        param.put("type", c.pick("uint8_t*", "void*", "const uint8_t*"));
        param.put("java_type", "ByteBuffer");
        if (c.chance(40)) {
          lengthParam(params, "bounds", name);
        }
      }
      case 4 -> { // segment
        String type = c.pick("void*", "const void*", "int*");
        param.put("type", type);
        if (type.equals("int*") || c.chance(40)) {
          param.put("java_type", "MemorySegment");
        }
        nullable(param, 20);
      }
      case 5 -> { // handle
        if (opaques.isEmpty()) {
          param.put("type", scalarType());
        } else {
          param.put("type", c.pick(opaques).cName() + "*");
          nullable(param, 20);
        }
      }
      case 6 -> { // handle out-parameter
        if (opaques.isEmpty()) {
          param.put("type", "int*").put("direction", "out");
        } else {
          Opaque o = c.pick(opaques);
          param.put("type", o.cName() + "**");
          if (c.chance(40)) {
            param.put("direction", "out");
          }
          if (o.destructor() && c.chance(60)) {
            param.put("ownership", "owned");
          }
        }
      }
      case 7 -> { // callback
        if (callbacks.isEmpty()) {
          param.put("type", scalarType());
          return false;
        }
        Callback cb = c.pick(callbacks);
        param.put("type", cb.name());
        if (c.chance(10) && p > 0) {
          MapNode before = (MapNode) params.items().get(params.items().size() - 2);
          param.put(c.pick("bounds", "length_of"), ((Str) before.entries().get(0).value()).value());
        }
        param.put("lifetime", c.pick("call", "registered"));
        nullable(param, 20);
        if (cb.userData() || c.chance(10)) {
          params
              .items()
              .add(
                  new MapNode()
                      .put("name", "ud" + p)
                      .put("type", "void*")
                      .put("user_data", new Raw("true")));
        }
        return true;
      }
      case 8 -> { // a size out-parameter for a returned buffer
        param.put("type", c.pick("size_t*", "uint32_t*"));
        sizeOuts.add(name);
      }
      case 9 -> { // scalar with a java_type
        String type = c.pick(SCALARS);
        param.put("type", type);
        param.put("java_type", c.usually(70) ? javaTypeOf(type) : c.pick(JAVA_TYPES));
      }
      default -> {
        if (!structNames.isEmpty() && c.chance(35)) {
          String struct = c.pick(structNames);
          param.put("type", c.pick("struct ", "const struct ", "") + struct + c.pick("", "*", "*"));
          if (c.chance(25)) {
            param.put("direction", c.pick("in", "out", "inout"));
          }
          nullable(param, 20);
          if (c.chance(30)) {
            lengthParam(params, c.pick("length_of", "bounds"), name);
          }
          return false;
        }
        param.put("type", scalarType());
        intParams.add(name);
      }
    }
    return false;
  }

  private boolean nullable(MapNode param, int percent) {
    if (c.chance(percent)) {
      param.put("nullable", new Raw("true"));
      return true;
    }
    return false;
  }

  private void lengthParam(SeqNode params, String link, String target) {
    String name = "n_" + target.length() + "_" + params.items().size();
    params
        .items()
        .add(new MapNode().put("name", name).put("type", integerType()).put(link, target));
  }

  /** Adds {@code returns}; the kind of result an error convention could check, or null. */
  private String returns(
      MapNode fn, SeqNode params, List<String> intParams, List<String> sizeOuts) {
    switch (c.below(9)) {
      case 1 -> {
        String type = scalarType();
        fn.put("returns", type);
        return NARROW.contains(type) ? "narrow" : INTEGERS.contains(type) ? "int" : "other";
      }
      case 2 -> {
        MapNode r = new MapNode().put("type", c.pick("const char*", "char*"));
        if (c.chance(30)) {
          r.put("charset", c.pick(CHARSETS));
        }
        fn.put("returns", r.entries().size() == 1 && c.chance(50) ? new Str("const char*") : r);
        return "pointer";
      }
      case 3 -> { // owned string
        MapNode r = new MapNode().put("type", "char*").put("ownership", "owned");
        if (c.chance(50)) {
          String free =
              c.usually(85)
                  ? c.pick("free", "my_free", "g_free")
                  : c.pick("not an identifier", "", "x@VER", "f()", "free free");
          r.put("free", free);
        }
        fn.put("returns", r);
        return "pointer";
      }
      case 4 -> { // handle
        if (opaques.isEmpty()) {
          fn.put("returns", "void*");
          return "pointer";
        }
        Opaque o = c.pick(opaques);
        if (o.destructor() && c.chance(50)) {
          fn.put("returns", new MapNode().put("type", o.cName() + "*").put("ownership", "owned"));
        } else {
          fn.put("returns", o.cName() + "*");
        }
        return "pointer";
      }
      case 5, 6 -> { // NativeBuffer or sized string
        List<String> sizes = new ArrayList<>(intParams);
        sizes.addAll(sizeOuts);
        if (sizes.isEmpty()) {
          String size = "len_out";
          params.items().add(new MapNode().put("name", size).put("type", "size_t*"));
          sizes.add(size);
          if (!fn.entries().stream().anyMatch(e -> e.key().equals("params"))) {
            fn.put("params", params);
          }
        }
        MapNode r =
            new MapNode().put("type", c.pick("uint8_t*", "void*", "char*", "unsigned char*"));
        r.put("size", c.pick(sizes));
        if (c.chance(50)) {
          r.put("ownership", "owned");
          if (c.chance(50)) {
            r.put("free", c.pick("free", "buf_free"));
          }
        }
        fn.put("returns", r);
        return "pointer";
      }
      case 7 -> {
        fn.put("returns", c.pick("void*", "int*", "const void*"));
        return "pointer";
      }
      case 8 -> {
        fn.put("returns", "int");
        return "int";
      }
      default -> {
        if (c.chance(20)) {
          fn.put("returns", "void");
        }
        return null;
      }
    }
  }

  /** A java_type that carries the C scalar (docs/types.md). */
  static String javaTypeOf(String scalar) {
    return switch (scalar) {
      case "float" -> "float";
      case "double" -> "double";
      case "bool" -> "boolean";
      case "char", "signed char", "int8_t" -> "byte";
      case "short", "int16_t", "unsigned char", "uint8_t" -> "short";
      case "int", "int32_t", "wchar_t", "unsigned short", "uint16_t" -> "int";
      default -> "long";
    };
  }

  private static SeqNode seq(Node... items) {
    SeqNode s = new SeqNode();
    s.items().addAll(List.of(items));
    return s;
  }
}
