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
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.HeadersModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front end: reads a binding spec (docs/dsl.md) into a {@link LibraryModel}.
 *
 * <p>It reports only what YAML alone can show: bytes that are not UTF-8, malformed YAML, duplicate,
 * unknown and missing keys, values of the wrong kind, enum values and {@code java_type} spellings
 * it does not know, and C type spellings that do not parse. Every problem is reported, in document
 * order, at the key or value that is wrong. Semantic checks (unknown C types, type compatibility,
 * length links, status references, ...) belong to the shared validator.
 *
 * <p>This class reads the root map ({@link YamlSchema#SPEC}) and hands each list entry to the
 * reader of its section; {@link YamlSchema} lists every section and key.
 */
public final class YamlSpecReader {

  private final String fileName;
  private final Diagnostics diagnostics;
  private final ReadContext ctx;
  private final HeaderLookup lookup;

  private YamlSpecReader(String fileName, Diagnostics diagnostics, HeaderLookup lookup) {
    this.fileName = fileName;
    this.diagnostics = diagnostics;
    this.ctx = new ReadContext(diagnostics);
    this.lookup = lookup;
  }

  /**
   * Reads one binding spec from its bytes, which must be UTF-8.
   *
   * @param fileName the name used in locations ({@code sqlite3.yaml:12:5})
   * @param bytes the spec's content
   * @param diagnostics receives every problem, in document order
   * @return the model, as {@link #read(String, String, Diagnostics)}; empty when the bytes are not
   *     UTF-8 (reported at the first bad byte)
   */
  public static Optional<LibraryModel> read(
      String fileName, byte[] bytes, Diagnostics diagnostics) {
    return read(fileName, bytes, diagnostics, HeaderLookup.NONE);
  }

  /**
   * Reads one binding spec from its bytes, which must be UTF-8, taking the declarations it names in
   * {@code from_header:} from its headers through {@code lookup}.
   */
  public static Optional<LibraryModel> read(
      String fileName, byte[] bytes, Diagnostics diagnostics, HeaderLookup lookup) {
    return Utf8Text.decode(fileName, bytes, diagnostics)
        .flatMap(text -> read(fileName, text, diagnostics, lookup));
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
  public static Optional<LibraryModel> read(
      String fileName, String yamlText, Diagnostics diagnostics) {
    return read(fileName, yamlText, diagnostics, HeaderLookup.NONE);
  }

  /**
   * Reads one binding spec, taking the declarations it names in {@code from_header:} from its
   * headers through {@code lookup}.
   */
  public static Optional<LibraryModel> read(
      String fileName, String yamlText, Diagnostics diagnostics, HeaderLookup lookup) {
    Diagnostics local = new Diagnostics();
    Optional<LibraryModel> result;
    try {
      result = new YamlSpecReader(fileName, local, lookup).readSpec(yamlText);
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
        ctx.error(new YamlRef(fileName, 1, 1), Message.YAML_EMPTY);
        return Optional.empty();
      }
      case YamlTreeBuilder.Document d -> root = d.root();
    }
    if (root instanceof Scalar s && s.kind() == ScalarKind.NULL) {
      ctx.error(root.ref(), Message.YAML_EMPTY);
      return Optional.empty();
    }
    if (!(root instanceof MapNode map)) {
      String hint =
          root instanceof ListNode
              ? "; a bare list of functions (the seed format) is not accepted: put the list under"
                  + " 'functions:' next to 'library', 'package' and 'class'"
              : "";
      ctx.error(root.ref(), Message.YAML_ROOT_NOT_MAP, root.describeKind(), hint);
      return Optional.empty();
    }
    return library(new HeaderGraft(ctx, lookup, fileName).apply(map));
  }

  private Optional<LibraryModel> library(MapNode map) {
    String what = "the binding spec";
    Fields f = ctx.fields(map, YamlSchema.SPEC, what).named(what);
    f.stringList("from_header"); // grafted into the sections by HeaderGraft
    Optional<String> library = f.requiredString("library");
    List<String> alternatives = f.stringList("alternatives");
    Optional<String> pkg = f.requiredString("package");
    Optional<String> cls = f.requiredString("class");
    String charset = f.stringOrDefault("charset");
    String doc = f.string("doc").orElse("");
    ctx.arrayLengths(integerConstants(map));
    boolean isolation = f.word("isolation", YamlSchema.ISOLATIONS).flatMap(w -> w).orElse(false);
    Map<String, SourceRef> typedefRefs = new LinkedHashMap<>();
    Map<String, String> typedefs = typedefs(f.cTypeMap("typedefs"), typedefRefs);
    List<String> headerFiles = f.stringList("headers");
    List<String> includeDirs = f.stringList("header_include_dirs");
    List<String> defines = f.stringList("header_defines");
    Optional<HeadersModel> headers =
        headerFiles.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new HeadersModel(f.valueRef("headers"), headerFiles, includeDirs, defines));

    boolean ok = library.isPresent() && pkg.isPresent() && cls.isPresent();
    JavaClassName binding = JavaClassName.of(pkg.orElse(""), cls.orElse("Binding"));

    ConstantReader constantReader = new ConstantReader(ctx);
    List<ConstantModel> constants =
        f.list("constants")
            .map(l -> ctx.eachMap(l, "constants", "", constantReader::read))
            .orElse(List.of());
    EnumReader enumReader = new EnumReader(ctx, binding);
    List<EnumModel> enums =
        f.list("enums").map(l -> ctx.eachMap(l, "enums", "", enumReader::read)).orElse(List.of());
    // An enum's C name is a typedef of its underlying type: C checks see the integer it is.
    for (EnumModel e : enums) {
      typedefs.putIfAbsent(e.cName(), e.underlying().spelling());
    }
    OpaqueTypeReader opaqueReader = new OpaqueTypeReader(ctx, binding);
    List<OpaqueType> opaques =
        f.list("opaque_types")
            .map(l -> ctx.eachMap(l, "opaque_types", "", opaqueReader::read))
            .orElse(List.of());
    List<StructModel> structs = new java.util.ArrayList<>();
    StructReader structReader = new StructReader(ctx, binding, false);
    f.list("structs")
        .map(l -> ctx.eachMap(l, "structs", "", structReader::read))
        .ifPresent(structs::addAll);
    StructReader unionReader = new StructReader(ctx, binding, true);
    f.list("unions")
        .map(l -> ctx.eachMap(l, "unions", "", unionReader::read))
        .ifPresent(structs::addAll);
    StatusTableReader tableReader = new StatusTableReader(ctx, binding);
    List<StatusTableModel> tables =
        f.list("status_tables")
            .map(l -> ctx.eachMap(l, "status_tables", "", tableReader::read))
            .orElse(List.of());
    Declarations declared =
        new Declarations(binding, typedefs, opaques, tables, List.of(), enums, structs);

    CallbackReader callbackReader = new CallbackReader(ctx, declared);
    List<CallbackType> callbacks =
        f.list("callbacks")
            .map(l -> ctx.eachMap(l, "callbacks", "", callbackReader::read))
            .orElse(List.of());
    FunctionReader functionReader = new FunctionReader(ctx, declared.withCallbacks(callbacks));
    List<FunctionModel> functions =
        f.list("functions")
            .map(l -> ctx.eachMap(l, "functions", "", functionReader::read))
            .orElse(List.of());

    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        LibraryModel.builder(map.ref(), binding, library.get())
            .alternatives(alternatives)
            .charset(charset)
            .typedefs(typedefs)
            .opaqueTypes(opaques)
            .statusTables(tables)
            .callbacks(callbacks)
            .functions(functions)
            .doc(doc)
            .constants(constants)
            .enums(enums)
            .isolationAllowed(isolation)
            .headers(headers)
            .typedefRefs(typedefRefs)
            .structs(structs)
            .build());
  }

  /**
   * The integer constants of the spec by name, read ahead of everything that may use them as an
   * array length; what is wrong with a constant is reported when the constants are read.
   */
  private static Map<String, Long> integerConstants(MapNode spec) {
    Map<String, Long> values = new LinkedHashMap<>();
    if (spec.entry("constants").map(Entry::value).orElse(null) instanceof ListNode list) {
      for (YamlNode item : list.items()) {
        if (item instanceof MapNode constant
            && constant.entry("name").map(Entry::value).orElse(null) instanceof Scalar name
            && constant.entry("value").map(Entry::value).orElse(null) instanceof Scalar value
            && value.number().isPresent()) {
          values.putIfAbsent(name.text(), value.number().get());
        }
      }
    }
    return values;
  }

  /** The typedefs that parse; the others are reported and left out, with what uses them. */
  private Map<String, String> typedefs(Optional<MapNode> node, Map<String, SourceRef> refs) {
    Map<String, String> typedefs = new LinkedHashMap<>();
    node.ifPresent(
        map -> {
          ctx.reportDuplicates(map, "typedefs");
          for (Entry e : map.entries()) {
            ctx.stringValue(e.value(), e.key())
                .ifPresent(
                    written -> {
                      Optional<String> substituted = ctx.withArrayLengths(written, e.value().ref());
                      if (substituted.isEmpty()) {
                        ctx.typedefBroken(e.key());
                        return;
                      }
                      String spelling = substituted.get();
                      if (CTypeExpr.parse(spelling).isEmpty()) {
                        // Reported here, where it can be located; leaving it (and what uses it) out
                        // of the
                        // model keeps the validator from reporting it again without a location.
                        ctx.error(e.value().ref(), Message.C_TYPE_SYNTAX, spelling);
                        ctx.typedefBroken(e.key());
                      } else {
                        typedefs.put(e.key(), spelling);
                        refs.putIfAbsent(e.key(), e.keyRef());
                      }
                    });
          }
        });
    return typedefs;
  }
}
