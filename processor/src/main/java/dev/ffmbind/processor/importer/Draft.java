package dev.ffmbind.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ffmbind.processor.importer.HeaderImporter.Located;
import dev.ffmbind.processor.importer.HeaderImporter.Request;
import dev.ffmbind.processor.model.CTypeExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The draft spec of one header, built from clang's AST and written as YAML. */
final class Draft {

  record Param(String name, String type) {}

  record Function(
      String cName, List<Param> params, String returns, String doc, List<String> notes) {}

  record Callback(String name, List<Param> params, String returns, String doc) {}

  record Value(String name, long value) {}

  static final class Enum {
    final String id;
    String cName;
    final boolean tagged;
    final List<Value> values = new ArrayList<>();
    final String doc;

    Enum(String id, String cName, boolean tagged, String doc) {
      this.id = id;
      this.cName = cName;
      this.tagged = tagged;
      this.doc = doc;
    }
  }

  record Constant(String name, String yamlValue) {}

  /** A struct or union whose every field the spec can state. */
  record Struct(String cName, boolean union, List<Param> fields, String doc) {}

  final Located header;
  final Request request;
  final Map<String, String> typedefs = new LinkedHashMap<>();
  final Map<String, String> opaques = new LinkedHashMap<>();
  final Map<String, Enum> enums = new LinkedHashMap<>();
  final List<Callback> callbacks = new ArrayList<>();
  final List<Function> functions = new ArrayList<>();
  final List<Constant> constants = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> recordsWithFields = new LinkedHashSet<>();

  /** Definitions of structs and unions, by tag and by clang's id (a typedef's anonymous one). */
  private final Map<String, JsonNode> recordDefs = new LinkedHashMap<>();

  final Map<String, Struct> structs = new LinkedHashMap<>();
  private final Set<String> structsInProgress = new LinkedHashSet<>();
  private final Map<String, JsonNode> allTypedefs = new LinkedHashMap<>();
  private final Set<String> importing = new LinkedHashSet<>();
  final Map<String, String> excluded = new LinkedHashMap<>();
  int skippedMacros;
  private String lastFile = "";

  private final String headerText;
  private final DraftWriter writer = new DraftWriter(this);

  Draft(Located header, Request request, String headerText) {
    this.header = header;
    this.request = request;
    this.headerText = headerText;
  }

  // --- reading clang's AST ----------------------------------------------------------------------

  void read(JsonNode ast) {
    // Which structs have fields anywhere (a typedef may come before the definition).
    for (JsonNode decl : ast.path("inner")) {
      index(decl);
      if (decl.path("kind").asText().equals("RecordDecl")
          && decl.path("completeDefinition").asBoolean(false)) {
        recordDefs.put(decl.path("id").asText(), decl);
        if (decl.has("name")) {
          recordsWithFields.add(decl.path("name").asText());
          recordDefs.put(decl.path("name").asText(), decl);
        }
      }
    }
    for (JsonNode decl : ast.path("inner")) {
      String file = declFile(decl);
      walkLocations(decl.path("range"));
      walkLocations(decl.path("inner"));
      if (decl.path("kind").asText().equals("TypedefDecl")) {
        allTypedefs.putIfAbsent(decl.path("name").asText(), decl);
      }
      if (!file.equals(header.path().toString()) || decl.path("isImplicit").asBoolean(false)) {
        continue;
      }
      switch (decl.path("kind").asText()) {
        case "TypedefDecl" -> typedef(decl);
        case "FunctionDecl" -> function(decl);
        case "EnumDecl" -> enumDecl(decl);
        case "RecordDecl" -> {
          if (decl.path("completeDefinition").asBoolean(false) && decl.has("name")) {
            recordsWithFields.add(decl.path("name").asText());
          }
        }
        default -> {}
      }
    }
  }

  /** Enums by clang's id and by tag, enum constants by name, tags declared without fields. */
  private final Map<String, JsonNode> allEnums = new LinkedHashMap<>();

  private final Map<String, JsonNode> enumTags = new LinkedHashMap<>();
  private final Map<String, JsonNode> enumOfConstant = new LinkedHashMap<>();
  private final Set<String> declaredTags = new LinkedHashSet<>();

  private void index(JsonNode decl) {
    switch (decl.path("kind").asText()) {
      case "EnumDecl" -> {
        allEnums.put(decl.path("id").asText(), decl);
        if (decl.has("name")) {
          enumTags.putIfAbsent(decl.path("name").asText(), decl);
        }
        for (Value v : enumValues(decl)) {
          enumOfConstant.putIfAbsent(v.name(), decl);
        }
      }
      case "RecordDecl" -> {
        if (decl.has("name")) {
          declaredTags.add(decl.path("name").asText());
        }
      }
      default -> {}
    }
  }

  // --- taking named declarations (from_header) ---------------------------------------------------

  /**
   * Takes each named declaration from wherever the headers (or what they include) declare it, with
   * the typedefs, structs and opaque types its definition uses; {@link #yaml()} then holds them.
   *
   * @return each name that is no declaration the spec can state, with why; a name the AST does not
   *     declare maps to the empty string (it may be a macro: {@link #takeMacros})
   */
  Map<String, String> take(List<String> wanted) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (String n : wanted) {
      if (allTypedefs.containsKey(n)) {
        JsonNode decl = allTypedefs.get(n);
        int before = skipped.size();
        typedef(decl);
        String note = opaques.getOrDefault(n, "");
        if (structs.containsKey(n) || names.contains(n) && note.isEmpty()) {
          continue;
        }
        problems.put(
            n,
            !note.isEmpty()
                ? "its fields cannot all be stated ("
                    + note.replaceFirst("^REVIEW: [^:]*: ", "")
                    + "); name it in opaque_types instead"
                : skipped.size() > before
                    ? skipped.get(skipped.size() - 1)
                    : "it is not a type a spec can state");
      } else if (recordDefs.containsKey(n)) {
        Optional<String> why = struct(n, recordDefs.get(n), "");
        why.ifPresent(
            w ->
                problems.put(
                    n, "its fields cannot all be stated (" + w + "); name it in opaque_types"));
      } else if (declaredTags.contains(n) || enumTags.containsKey(n)) {
        if (enumTags.containsKey(n)) {
          enumDecl(enumTags.get(n));
        } else {
          opaques.put(n, ""); // declared, never defined: used through pointers
        }
      } else if (enumOfConstant.containsKey(n)) {
        enumValues(enumOfConstant.get(n)).stream()
            .filter(v -> v.name().equals(n))
            .findFirst()
            .ifPresent(v -> constants.add(new Constant(n, Long.toString(v.value()))));
        names.add(n);
      } else {
        problems.put(n, "");
      }
    }
    return problems;
  }

  /**
   * Takes the names {@link #take} did not find as macros, from their expansions; each that is no
   * literal keeps a reason, each without an expansion stays empty (not declared).
   */
  void takeMacros(Map<String, String> problems, Map<String, String> expansions) {
    int before = constants.size();
    readMacros(expansions);
    for (Constant c : constants.subList(before, constants.size())) {
      problems.remove(c.name());
    }
    for (var e : expansions.entrySet()) {
      if (problems.containsKey(e.getKey())) {
        problems.put(
            e.getKey(),
            "it is a macro that expands to '"
                + e.getValue().strip()
                + "', which is not an integer, floating or string literal");
      }
    }
  }

  /** The file of a declaration's location; clang writes a file only when it changes. */
  private String declFile(JsonNode decl) {
    JsonNode loc = decl.path("loc");
    if (loc.has("spellingLoc") || loc.has("expansionLoc")) {
      walkLocations(loc.path("spellingLoc"));
      walkLocations(loc.path("expansionLoc"));
    } else {
      walkLocations(loc);
    }
    return lastFile;
  }

  /** Follows the files of every location in {@code node}, in the order clang wrote them. */
  private void walkLocations(JsonNode node) {
    if (node.isObject()) {
      if (node.has("offset") && node.has("file")) {
        lastFile = node.get("file").asText();
      }
      var fields = node.properties();
      for (var e : fields) {
        if (!e.getKey().equals("includedFrom")) {
          walkLocations(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(this::walkLocations);
    }
  }

  private static JsonNode strip(JsonNode type) {
    JsonNode t = type;
    while (t.path("kind").asText().equals("ElaboratedType")
        || t.path("kind").asText().equals("ParenType")) {
      t = t.path("inner").path(0);
    }
    return t;
  }

  private void typedef(JsonNode decl) {
    String name = decl.path("name").asText();
    if (names.contains(name) || !importing.add(name)) {
      return;
    }
    String doc = doc(decl);
    JsonNode type = decl.path("inner").path(0);
    JsonNode owned = type.path("ownedTagDecl");
    JsonNode t = strip(type);
    String kind = t.path("kind").asText();
    if (kind.equals("EnumType")) {
      String id = t.path("decl").path("id").asText(owned.path("id").asText());
      if (!enums.containsKey(id) && allEnums.containsKey(id)) {
        enumDecl(allEnums.get(id)); // declared by a header this one includes, or taken by name
      }
      Enum e = enums.get(id);
      if (e != null && (owned.has("id") || e.cName.isEmpty())) {
        e.cName = name;
        names.add(name);
        return;
      }
    }
    if (kind.equals("RecordType")) {
      String tag = t.path("decl").path("name").asText();
      JsonNode def = recordDefs.get(t.path("decl").path("id").asText(owned.path("id").asText()));
      if (def == null) {
        def = recordDefs.get(tag);
      }
      String note = "";
      if (def != null) {
        Optional<String> why = struct(name, def, doc);
        if (why.isEmpty()) {
          names.add(name);
          return;
        }
        note = "REVIEW: opaque (pointers only): " + why.get();
      }
      opaques.put(name, note);
      names.add(name);
      return;
    }
    if (kind.equals("PointerType")) {
      JsonNode pointee = strip(t.path("inner").path(0));
      if (pointee.path("kind").asText().equals("FunctionProtoType")) {
        callback(name, pointee, doc);
        return;
      }
    }
    String spelling = decl.path("type").path("qualType").asText();
    Optional<String> use = use(spelling, true);
    if (use.isEmpty()) {
      skipped.add("typedef " + name + ": '" + spelling + "' is not a type a spec can state");
      return;
    }
    typedefs.put(name, use.get());
    names.add(name);
  }

  private void callback(String name, JsonNode proto, String doc) {
    if (proto.path("variadic").asBoolean(false)) {
      skipped.add("callback " + name + ": variadic");
      return;
    }
    JsonNode inner = proto.path("inner");
    Optional<String> returns = use(inner.path(0).path("type").path("qualType").asText(), true);
    List<Param> params = new ArrayList<>();
    for (int i = 1; i < inner.size(); i++) {
      String spelling = inner.path(i).path("type").path("qualType").asText();
      Optional<String> p = use(spelling, true);
      if (p.isEmpty() || returns.isEmpty()) {
        skipped.add(
            "callback " + name + ": a parameter or its result is not a type a spec can state");
        return;
      }
      params.add(new Param("arg" + (i - 1), p.get()));
    }
    if (returns.isEmpty()) {
      skipped.add("callback " + name + ": its result is not a type a spec can state");
      return;
    }
    callbacks.add(new Callback(name, params, returns.get(), doc));
    names.add(name);
  }

  /** The values of an enum declaration, in order. */
  private static List<Value> enumValues(JsonNode decl) {
    List<Value> values = new ArrayList<>();
    long next = 0;
    for (JsonNode c : decl.path("inner")) {
      if (!c.path("kind").asText().equals("EnumConstantDecl")) {
        continue;
      }
      long value = next;
      for (JsonNode init : c.path("inner")) {
        if (init.has("value")) {
          try {
            value = Long.parseLong(init.get("value").asText());
          } catch (NumberFormatException ex) {
            value = Long.parseUnsignedLong(init.get("value").asText());
          }
        }
      }
      values.add(new Value(c.path("name").asText(), value));
      next = value + 1;
    }
    return values;
  }

  private void enumDecl(JsonNode decl) {
    String id = decl.path("id").asText();
    if (enums.containsKey(id)) {
      return;
    }
    String tag = decl.path("name").asText("");
    Enum e = new Enum(id, tag, !tag.isEmpty(), doc(decl));
    for (Value v : enumValues(decl)) {
      e.values.add(v);
      names.add(v.name());
    }
    enums.put(id, e);
    if (!tag.isEmpty()) {
      names.add(tag);
    }
  }

  private void function(JsonNode decl) {
    String name = decl.path("name").asText();
    if (decl.path("storageClass").asText().equals("static")
        || decl.path("inline").asBoolean(false)) {
      skipped.add("function " + name + ": static or inline, so the library exports no symbol");
      return;
    }
    if (functions.stream().anyMatch(f -> f.cName().equals(name))) {
      return; // declared again
    }
    if (decl.path("variadic").asBoolean(false)) {
      skipped.add(
          "function "
              + name
              + ": variadic; add it with the variadic arguments you pass (variadic: true)");
      return;
    }
    String type = decl.path("type").path("qualType").asText();
    String returnSpelling = returnType(type);
    Optional<String> returns = use(returnSpelling, true);
    if (returns.isEmpty()) {
      skipped.add(
          "function " + name + ": returns '" + returnSpelling + "', which a spec cannot state");
      return;
    }
    List<Param> params = new ArrayList<>();
    int i = 0;
    for (JsonNode p : decl.path("inner")) {
      if (!p.path("kind").asText().equals("ParmVarDecl")) {
        continue;
      }
      String spelling = p.path("type").path("qualType").asText();
      Optional<String> t = use(spelling, true);
      if (t.isEmpty()) {
        skipped.add(
            "function "
                + name
                + ": parameter "
                + (i + 1)
                + " is '"
                + spelling
                + "', which a spec"
                + " cannot state (a struct by value, a function pointer without a typedef, ...)");
        return;
      }
      String pname = p.path("name").asText("");
      pname = pname.isEmpty() ? "arg" + i : HeaderImporter.javaName(pname);
      final String chosen = pname;
      if (params.stream().anyMatch(q -> q.name().equals(chosen))) {
        pname = pname + i;
      }
      params.add(new Param(pname, t.get()));
      i++;
    }
    functions.add(
        new Function(
            name,
            params,
            returns.get(),
            doc(decl),
            new ReviewNotes(this).notes(name, params, returns.get())));
    names.add(name);
  }

  /** The return type in clang's spelling of a function type: what precedes the parameter list. */
  static String returnType(String functionType) {
    String t = functionType.strip();
    int depth = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return t.substring(0, i).strip();
      }
    }
    return t;
  }

  /**
   * How the spec writes a type clang spells so: its spelling, when the spec's syntax says the same
   * and every name in it is declared (a pointer to a struct the draft does not know makes it an
   * opaque type).
   */
  private Optional<String> use(String spelling, boolean registerOpaque) {
    Optional<CTypeExpr> t = HeaderImporter.exactType(spelling);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String base = t.get().base();
    if (!HeaderImporter.builtin(base)
        && !names.contains(base)
        && !opaques.containsKey(base)
        && allTypedefs.containsKey(base)) {
      typedef(allTypedefs.get(base)); // declared by a header this one includes (zconf.h)
    }
    if (!HeaderImporter.builtin(base)
        && !names.contains(base)
        && !opaques.containsKey(base)
        && !structs.containsKey(base)
        && !structsInProgress.contains(base)
        && recordDefs.containsKey(base)
        && spelling.matches(".*\\b(struct|union)\\b.*")) {
      Optional<String> why = struct(base, recordDefs.get(base), "");
      if (why.isPresent()) {
        if (!registerOpaque) {
          return Optional.empty(); // a field: a pointer to it is a void*, leaving no opaque type
        }
        opaques.put(base, "REVIEW: opaque (pointers only): " + why.get());
      }
    }
    boolean known =
        HeaderImporter.builtin(base)
            || structs.containsKey(base)
            || (structsInProgress.contains(base) && t.get().isPointer())
            || typedefs.containsKey(base)
            || callbacks.stream().anyMatch(c -> c.name().equals(base))
            || enums.values().stream().anyMatch(e -> e.cName.equals(base));
    if (!known && opaques.containsKey(base)) {
      known = t.get().isPointer() && !t.get().isArray();
    } else if (!known && registerOpaque && t.get().isPointer() && !t.get().isArray()) {
      opaques.put(base, "");
      known = true;
    }
    if (!known) {
      return Optional.empty();
    }
    return Optional.of(spelling.replaceAll("\\s+", " ").replaceAll("\\brestrict\\b", "").strip());
  }

  /**
   * Makes {@code def} the struct or union {@code cName} when the spec can state every field;
   * otherwise the reason it stays opaque.
   */
  private Optional<String> struct(String cName, JsonNode def, String doc) {
    if (structs.containsKey(cName)) {
      return Optional.empty();
    }
    if (!structsInProgress.add(cName)) {
      return Optional.of("it contains itself");
    }
    try {
      boolean union = def.path("tagUsed").asText().equals("union");
      List<Param> fields = new ArrayList<>();
      for (JsonNode m : def.path("inner")) {
        String kind = m.path("kind").asText();
        if (kind.equals("RecordDecl")) {
          return Optional.of("it defines a struct or union inside it (an anonymous member?)");
        }
        if (kind.endsWith("Attr")) {
          return Optional.of("it has an attribute (" + kind + "), which changes its layout");
        }
        if (!kind.equals("FieldDecl")) {
          continue;
        }
        String name = m.path("name").asText("");
        String spelling = m.path("type").path("qualType").asText();
        if (name.isEmpty()) {
          return Optional.of("it has an anonymous member");
        }
        if (m.path("isBitfield").asBoolean(false)) {
          return Optional.of("field '" + name + "' is a bitfield");
        }
        if (spelling.strip().endsWith("[]")) {
          return Optional.of("field '" + name + "' is a flexible array member");
        }
        // No opaque type is made for a field: a struct that falls back leaves none behind.
        Optional<String> t =
            functionPointer(m.path("type")) ? Optional.empty() : use(spelling, false);
        if (t.isEmpty() && isPointer(m.path("type"))) {
          // A function pointer, or a pointer to a struct the header never defines (z_stream's
          // state): the spec states it as void*, which the ABI check accepts for any pointer in a
          // field; Java reads and writes the address.
          t = Optional.of("void *");
        }
        if (t.isEmpty()) {
          return Optional.of(
              "field '" + name + "' is '" + spelling + "', which a spec cannot state");
        }
        fields.add(new Param(name, t.get().replaceAll("\\s+\\[", "[")));
      }
      if (fields.isEmpty()) {
        return Optional.of("it has no fields");
      }
      structs.put(cName, new Struct(cName, union, fields, doc));
      return Optional.empty();
    } finally {
      structsInProgress.remove(cName);
    }
  }

  /** Whether clang's type of a field is a pointer to a function (directly or by a typedef). */
  private static boolean functionPointer(JsonNode type) {
    String t = type.path("desugaredQualType").asText(type.path("qualType").asText());
    return t.contains("(*)");
  }

  /** Whether clang's type of a field is a pointer (directly or by a typedef), not an array. */
  private static boolean isPointer(JsonNode type) {
    String t = type.path("desugaredQualType").asText(type.path("qualType").asText()).strip();
    return t.endsWith("*") || t.matches(".*\\*\\s*(const|restrict)?$") || t.contains("(*)");
  }

  private String doc(JsonNode decl) {
    return DocComments.doc(decl, headerText);
  }

  // --- macros -----------------------------------------------------------------------------------

  void readMacros(Map<String, String> expansions) {
    for (var e : expansions.entrySet()) {
      String name = e.getKey();
      if (names.contains(name)) {
        continue;
      }
      Optional<String> value = MacroLiterals.literal(e.getValue());
      if (value.isPresent()) {
        constants.add(new Constant(name, value.get()));
        names.add(name);
      } else {
        skippedMacros++;
      }
    }
  }

  // --- what the writer and the notes ask
  // ----------------------------------------------------------

  /** Leaves out an entry ({@code function foo}) the validator refused, saying why. */
  boolean exclude(String key, String reason) {
    String why = reason.replace('\n', ' ');
    for (Struct st : List.copyOf(structs.values())) {
      if (key.equals((st.union() ? "union " : "struct ") + st.cName())) {
        // A struct the validator refuses is still a type: opaque, used through pointers.
        structs.remove(st.cName());
        opaques.put(st.cName(), "REVIEW: opaque (pointers only): " + why);
        return true;
      }
    }
    return excluded.putIfAbsent(key, why) == null;
  }

  /** Whether an entry was left out. */
  boolean excluded(String key) {
    return excluded.containsKey(key);
  }

  /**
   * Whether a pointer is passed as a raw MemorySegment in the draft: every pointer but a {@code
   * const char*} string and a handle of an opaque type (arrays, out-parameters and buffers need a
   * human to say their direction and length).
   */
  boolean rawPointer(CTypeExpr type) {
    CTypeExpr t = expand(type);
    if (!t.isPointer()) {
      return false;
    }
    if (t.pointers() == 1 && t.base().equals("char") && t.constPointee()) {
      return false;
    }
    // A handle (T*) and a handle out-parameter (T**, Ref<T>) are what the spec does by default.
    return !(t.pointers() <= 2 && opaques.containsKey(t.base()) && !t.isArray());
  }

  CTypeExpr expand(CTypeExpr type) {
    return dev.ffmbind.processor.model.CTypes.expand(type, typedefs).orElse(type);
  }

  /** The draft as a spec's YAML; {@link #entryAt} then maps its lines to entries. */
  String yaml() {
    return writer.yaml();
  }

  /** One line: what was imported and left out. */
  String summary() {
    return writer.summary();
  }

  /** The entry the YAML line (1-based) of the last {@link #yaml()} belongs to. */
  Optional<String> entryAt(int line) {
    return writer.entryAt(line);
  }
}
