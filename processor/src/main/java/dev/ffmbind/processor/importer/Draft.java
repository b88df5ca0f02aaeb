package dev.ffmbind.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ffmbind.processor.abi.CStrings;
import dev.ffmbind.processor.importer.HeaderImporter.Located;
import dev.ffmbind.processor.importer.HeaderImporter.Request;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The draft spec of one header, built from clang's AST and written as YAML. */
final class Draft {

  private record Param(String name, String type) {}

  /** Keys a function's entry gets besides its name: c_symbol, doc, params, returns. */
  private static final String SEGMENT = "MemorySegment";

  private record Function(
      String cName, List<Param> params, String returns, String doc, List<String> notes) {}

  private record Callback(String name, List<Param> params, String returns, String doc) {}

  private record Value(String name, long value) {}

  private static final class Enum {
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

  private record Constant(String name, String yamlValue) {}

  /** A struct or union whose every field the spec can state. */
  private record Struct(String cName, boolean union, List<Param> fields, String doc) {}

  private static final Pattern LENGTH_NAME =
      Pattern.compile("(?i).*(len|size|count|bytes|^n[A-Z_]|^n$).*");
  private static final Pattern DESTRUCTOR =
      Pattern.compile(".*_(free|close|destroy|finalize|release|delete|unref)$");

  private final Located header;
  private final Request request;
  private final Map<String, String> typedefs = new LinkedHashMap<>();
  private final Map<String, String> opaques = new LinkedHashMap<>();
  private final Map<String, Enum> enums = new LinkedHashMap<>();
  private final List<Callback> callbacks = new ArrayList<>();
  private final List<Function> functions = new ArrayList<>();
  private final List<Constant> constants = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> recordsWithFields = new LinkedHashSet<>();

  /** Definitions of structs and unions, by tag and by clang's id (a typedef's anonymous one). */
  private final Map<String, JsonNode> recordDefs = new LinkedHashMap<>();

  private final Map<String, Struct> structs = new LinkedHashMap<>();
  private final Set<String> structsInProgress = new LinkedHashSet<>();
  private final Map<String, JsonNode> allTypedefs = new LinkedHashMap<>();
  private final Set<String> importing = new LinkedHashSet<>();
  private final Map<String, String> excluded = new LinkedHashMap<>();
  private final Map<String, int[]> entryLines = new LinkedHashMap<>();
  private int skippedMacros;
  private String lastFile = "";

  private final String headerText;

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
        new Function(name, params, returns.get(), doc(decl), notes(name, params, returns.get())));
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

  private List<String> notes(String name, List<Param> params, String returns) {
    List<String> notes = new ArrayList<>();
    CTypeExpr r = CTypeExpr.parse(returns).orElseThrow();
    if (r.pointers() == 1 && r.base().equals("char") && !r.constPointee()) {
      notes.add(
          "REVIEW: returns a char* the caller may have to free: ownership: owned, free: ...?");
    } else if (r.isPointer() && !r.base().equals("char")) {
      notes.add("REVIEW: returns a pointer: borrowed or owned (who frees it)?");
    }
    if (r.canonical().equals("int") && hasStatusNames()) {
      notes.add("REVIEW: an int result may be a status code: errors: {status: <table>}?");
    }
    for (int i = 0; i + 1 < params.size(); i++) {
      CTypeExpr p = CTypeExpr.parse(params.get(i).type()).orElseThrow();
      CTypeExpr next = CTypeExpr.parse(params.get(i + 1).type()).orElseThrow();
      if (p.isPointer()
          && !next.isPointer()
          && LENGTH_NAME.matcher(params.get(i + 1).name()).matches()) {
        notes.add(
            "REVIEW: is '"
                + params.get(i + 1).name()
                + "' the length of '"
                + params.get(i).name()
                + "'? (length_of: "
                + params.get(i).name()
                + ")");
      }
    }
    for (Param p : params) {
      CTypeExpr t = CTypeExpr.parse(p.type()).orElseThrow();
      if (callbacks.stream().anyMatch(c -> c.name().equals(t.base()))) {
        notes.add("REVIEW: lifetime: call is a guess; 'registered' if C keeps '" + p.name() + "'");
      }
    }
    for (Param p : params) {
      if (rawPointer(CTypeExpr.parse(p.type()).orElseThrow())) {
        notes.add(
            "REVIEW: '"
                + p.name()
                + "' is a raw MemorySegment: an array, buffer or out-parameter?"
                + " (java_type, direction, length_of)");
      }
    }
    if (DESTRUCTOR.matcher(name).matches() && !params.isEmpty()) {
      CTypeExpr first = CTypeExpr.parse(params.get(0).type()).orElseThrow();
      if (first.pointers() == 1 && opaques.containsKey(first.base())) {
        String note = opaques.get(first.base());
        opaques.put(
            first.base(),
            (note.isEmpty() ? "" : note + "; ")
                + "REVIEW: destructor: "
                + name
                + "? (owned handles then free themselves)");
      }
    }
    return notes;
  }

  private boolean hasStatusNames() {
    return enums.values().stream()
            .flatMap(e -> e.values.stream())
            .anyMatch(v -> v.name().endsWith("_OK"))
        || constants.stream().anyMatch(c -> c.name().endsWith("_OK"));
  }

  /**
   * The comment clang attached to a declaration, if it ends right before it: clang also attaches a
   * comment separated by blank lines, which in headers that document a declaration after it
   * (zlib.h) belongs to the previous one.
   */
  private String doc(JsonNode decl) {
    if (headerText.isEmpty()) {
      return ""; // declarations taken by name: their comments are in other files
    }
    StringBuilder sb = new StringBuilder();
    JsonNode begin = decl.path("range").path("begin");
    long declOffset =
        begin.has("expansionLoc")
            ? begin.path("expansionLoc").path("offset").asLong(-1)
            : begin.path("offset").asLong(-1);
    for (JsonNode n : decl.path("inner")) {
      if (n.path("kind").asText().equals("FullComment")) {
        long end = n.path("range").path("end").path("offset").asLong(-1);
        if (end < 0 || declOffset <= end || declOffset > headerText.length()) {
          continue;
        }
        String between = headerText.substring((int) end, (int) declOffset);
        if (between.replace("\r", "").replaceAll("[ \t]+\n", "\n").contains("\n\n")) {
          continue; // a blank line: the comment is not this declaration's
        }
        collectText(n, sb);
      }
    }
    String text = sb.toString().replaceAll("[\\s*/]*\\s+", " ").replaceAll("\\s+", " ").strip();
    text = text.replaceAll("^[-=*/ ]+", "").strip();
    if (text.length() > 300) {
      int stop = text.lastIndexOf(". ", 300);
      text = stop > 40 ? text.substring(0, stop + 1) : text.substring(0, 297) + "...";
    }
    return text;
  }

  private static void collectText(JsonNode n, StringBuilder sb) {
    if (n.path("kind").asText().equals("TextComment")) {
      sb.append(n.path("text").asText()).append(' ');
    }
    for (JsonNode c : n.path("inner")) {
      collectText(c, sb);
    }
  }

  // --- macros -----------------------------------------------------------------------------------

  private static final Pattern INTEGER =
      Pattern.compile("(-?)\\s*(0[xX][0-9a-fA-F]+|[0-9]+)([uUlL]*)");
  private static final Pattern FLOATING =
      Pattern.compile("-?\\s*([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+(?=[eE]))([eE][+-]?[0-9]+)?[fFlL]?");

  void readMacros(Map<String, String> expansions) {
    for (var e : expansions.entrySet()) {
      String name = e.getKey();
      if (names.contains(name)) {
        continue;
      }
      String text = e.getValue().strip();
      while (text.startsWith("(")
          && text.endsWith(")")
          && balanced(text.substring(1, text.length() - 1))) {
        text = text.substring(1, text.length() - 1).strip();
      }
      String literal = text;
      Optional<String> value =
          integer(literal).or(() -> floating(literal)).or(() -> string(literal));
      if (value.isPresent()) {
        constants.add(new Constant(name, value.get()));
        names.add(name);
      } else {
        skippedMacros++;
      }
    }
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static Optional<String> integer(String text) {
    Matcher m = INTEGER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(2);
    try {
      long v;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        v = Long.parseUnsignedLong(digits.substring(2), 16);
        if (v < 0) {
          return Optional.empty();
        }
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        v = Long.parseLong(digits.substring(1), 8);
      } else {
        v = Long.parseLong(digits);
      }
      return Optional.of(Long.toString(m.group(1).isEmpty() ? v : -v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> floating(String text) {
    if (!FLOATING.matcher(text).matches()) {
      return Optional.empty();
    }
    String t = text.replaceAll("\\s+", "").replaceAll("[fFlL]$", "");
    double d = Double.parseDouble(t);
    return Double.isFinite(d) ? Optional.of(Double.toString(d)) : Optional.empty();
  }

  private static Optional<String> string(String text) {
    return CStrings.literal(text).map(HeaderImporter::yamlString);
  }

  // --- writing ---------------------------------------------------------------------------------

  String summary() {
    return "ffmbind: imported "
        + header.includeName()
        + ": "
        + kept("function ", functions.stream().map(Function::cName).toList())
        + " functions, "
        + kept(
            "enum ", enums.values().stream().map(e -> e.cName).filter(n -> !n.isEmpty()).toList())
        + " enums, "
        + kept("typedef ", List.copyOf(typedefs.keySet()))
        + " typedefs, "
        + kept("opaque type ", List.copyOf(opaques.keySet()))
        + " opaque types, "
        + structs.values().stream()
            .filter(st -> !excluded((st.union() ? "union " : "struct ") + st.cName()))
            .count()
        + " structs and unions, "
        + kept("callback ", callbacks.stream().map(Callback::name).toList())
        + " callbacks, "
        + constants.size()
        + " literal macros; left out "
        + (skipped.size() + excluded.size())
        + " declarations (listed at the end) and "
        + skippedMacros
        + " macros that are not literals";
  }

  private long kept(String kind, List<String> keys) {
    return keys.stream().filter(k -> !excluded.containsKey(kind + k)).count();
  }

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

  /** The entry the YAML line (1-based) of the last {@link #yaml()} belongs to. */
  Optional<String> entryAt(int line) {
    return entryLines.entrySet().stream()
        .filter(e -> e.getValue()[0] <= line && line <= e.getValue()[1])
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Whether an entry was left out. */
  boolean excluded(String key) {
    return excluded.containsKey(key);
  }

  private final Map<String, int[]> entryOffsets = new LinkedHashMap<>();

  /** Appends one entry of a list, remembered by key; nothing when it was left out. */
  private void entry(StringBuilder y, String key, String text) {
    if (excluded.containsKey(key)) {
      return;
    }
    entryOffsets.put(key, new int[] {y.length(), y.length() + text.length()});
    y.append(text);
  }

  String yaml() {
    entryOffsets.clear();
    StringBuilder y = new StringBuilder();
    String include = header.includeName();
    String base = java.nio.file.Path.of(include).getFileName().toString().replaceFirst("\\.h$", "");
    y.append("# Draft binding spec imported by ffmbind from ").append(include).append(".\n");
    y.append("# It compiles and passes the ABI check as it stands; lines marked REVIEW need a\n");
    y.append("# human (ownership, error conventions, length links, callback lifetimes).\n");
    y.append("library: ")
        .append(
            HeaderImporter.yamlString(
                request.library().orElse(HeaderImporter.guessLibrary(include))))
        .append(request.library().isEmpty() ? "  # REVIEW: guessed from the header's name" : "")
        .append('\n');
    y.append("package: ").append(request.javaPackage()).append('\n');
    String guessed = Names.upperCamel(base.replaceAll("[^A-Za-z0-9_]", "_"));
    boolean clash =
        opaques.keySet().stream().anyMatch(o -> Names.upperCamel(o).equals(guessed))
            || callbacks.stream().anyMatch(c -> Names.upperCamel(c.name()).equals(guessed))
            || enums.values().stream().anyMatch(e -> Names.upperCamel(e.cName).equals(guessed))
            || structs.keySet().stream().anyMatch(n -> Names.upperCamel(n).equals(guessed));
    y.append("class: ")
        .append(request.javaClass().orElse(clash ? guessed + "Library" : guessed))
        .append('\n');
    y.append("headers: [").append(HeaderImporter.yamlString(include)).append("]\n");
    header
        .includeDir()
        .ifPresent(
            d ->
                y.append("header_include_dirs: [")
                    .append(HeaderImporter.yamlString(d))
                    .append("]\n"));
    if (!request.defines().isEmpty()) {
      y.append("header_defines: [");
      y.append(
          String.join(", ", request.defines().stream().map(HeaderImporter::yamlString).toList()));
      y.append("]\n");
    }
    if (!typedefs.isEmpty()) {
      // A map, not a list: an entry is one line.
      y.append("typedefs:\n");
      typedefs.forEach(
          (k, v) ->
              entry(y, "typedef " + k, "  " + k + ": " + HeaderImporter.yamlString(v) + "\n"));
    }
    // Values of enums without a name are constants too.
    List<Constant> all = new ArrayList<>();
    enums.values().stream()
        .filter(e -> e.cName.isEmpty())
        .flatMap(e -> e.values.stream())
        .forEach(v -> all.add(new Constant(v.name(), Long.toString(v.value()))));
    all.addAll(constants);
    if (!all.isEmpty()) {
      y.append("constants:\n");
      for (Constant c : all) {
        entry(
            y,
            "constant " + c.name(),
            "  - {name: " + c.name() + ", value: " + c.yamlValue() + "}\n");
      }
    }
    List<Enum> named = enums.values().stream().filter(e -> !e.cName.isEmpty()).toList();
    if (!named.isEmpty()) {
      y.append("enums:\n");
      for (Enum e : named) {
        StringBuilder t = new StringBuilder();
        t.append("  - c_name: ").append(e.cName).append('\n');
        if (e.values.stream().anyMatch(v -> v.value() != (int) v.value())) {
          t.append("    type: long\n");
        }
        if (!e.doc.isEmpty()) {
          t.append("    doc: ").append(HeaderImporter.yamlString(e.doc)).append('\n');
        }
        t.append("    values:\n");
        for (Value v : e.values) {
          t.append("      - {name: ")
              .append(v.name())
              .append(", value: ")
              .append(v.value())
              .append("}\n");
        }
        entry(y, "enum " + e.cName, t.toString());
      }
    }
    for (boolean union : new boolean[] {false, true}) {
      List<Struct> these = structs.values().stream().filter(st -> st.union() == union).toList();
      if (these.isEmpty()) {
        continue;
      }
      y.append(union ? "unions:\n" : "structs:\n");
      for (Struct st : these) {
        StringBuilder t = new StringBuilder();
        t.append("  - c_name: ").append(st.cName()).append('\n');
        if (!st.doc().isEmpty()) {
          t.append("    doc: ").append(HeaderImporter.yamlString(st.doc())).append('\n');
        }
        t.append("    fields:\n");
        for (Param f : st.fields()) {
          t.append("      - {name: ")
              .append(f.name())
              .append(", type: ")
              .append(HeaderImporter.yamlString(f.type()))
              .append("}\n");
        }
        entry(y, (union ? "union " : "struct ") + st.cName(), t.toString());
      }
    }
    if (!opaques.isEmpty()) {
      y.append("opaque_types:\n");
      opaques.forEach(
          (k, note) ->
              entry(
                  y,
                  "opaque type " + k,
                  (note.isEmpty() ? "" : "  # " + note + "\n") + "  - {c_name: " + k + "}\n"));
    }
    if (!callbacks.isEmpty()) {
      y.append("callbacks:\n");
      for (Callback c : callbacks) {
        StringBuilder t = new StringBuilder();
        t.append("  - name: ").append(c.name()).append('\n');
        if (!c.doc().isEmpty()) {
          t.append("    doc: ").append(HeaderImporter.yamlString(c.doc())).append('\n');
        }
        params(t, c.params(), false);
        t.append("    returns: ").append(HeaderImporter.yamlString(c.returns())).append('\n');
        entry(y, "callback " + c.name(), t.toString());
      }
    }
    y.append("functions:\n");
    for (Function f : functions) {
      StringBuilder t = new StringBuilder();
      for (String n : f.notes()) {
        t.append("  # ").append(n).append('\n');
      }
      String javaName = HeaderImporter.javaName(f.cName());
      t.append("  - name: ").append(javaName).append('\n');
      if (!javaName.equals(f.cName())) {
        t.append("    c_symbol: ").append(f.cName()).append('\n');
      }
      if (!f.doc().isEmpty()) {
        t.append("    doc: ").append(HeaderImporter.yamlString(f.doc())).append('\n');
      }
      params(t, f.params(), true);
      CTypeExpr r = CTypeExpr.parse(f.returns()).orElseThrow();
      if (rawPointer(r)) {
        t.append("    returns: {type: ")
            .append(HeaderImporter.yamlString(f.returns()))
            .append(", java_type: ")
            .append(SEGMENT)
            .append("}\n");
      } else {
        t.append("    returns: ").append(HeaderImporter.yamlString(f.returns())).append('\n');
      }
      entry(y, "function " + f.cName(), t.toString());
    }
    if (!skipped.isEmpty() || !excluded.isEmpty()) {
      y.append("# Left out (the spec cannot state them exactly, or there is nothing to bind):\n");
      skipped.forEach(s -> y.append("#   ").append(s).append('\n'));
      excluded.forEach(
          (k, why) -> y.append("#   ").append(k).append(": ").append(why).append('\n'));
    }
    // Offsets to lines, in one pass.
    entryLines.clear();
    int line = 1;
    int offset = 0;
    List<Map.Entry<String, int[]>> byOffset = new ArrayList<>(entryOffsets.entrySet());
    for (var e : byOffset) {
      while (offset < e.getValue()[0]) {
        if (y.charAt(offset++) == '\n') {
          line++;
        }
      }
      int first = line;
      while (offset < e.getValue()[1]) {
        if (y.charAt(offset++) == '\n') {
          line++;
        }
      }
      entryLines.put(e.getKey(), new int[] {first, line - 1});
    }
    return y.toString();
  }

  private void params(StringBuilder y, List<Param> params, boolean function) {
    if (params.isEmpty()) {
      y.append("    params: []\n");
      return;
    }
    y.append("    params:\n");
    for (Param p : params) {
      y.append("      - {name: ")
          .append(p.name())
          .append(", type: ")
          .append(HeaderImporter.yamlString(p.type()));
      CTypeExpr t = CTypeExpr.parse(p.type()).orElseThrow();
      if (function && isCallback(t)) {
        y.append(", lifetime: call"); // a guess, marked for review on the function
      } else if (function && rawPointer(t)) {
        y.append(", java_type: ").append(SEGMENT);
      }
      y.append("}\n");
    }
  }

  private boolean isCallback(CTypeExpr t) {
    return t.pointers() == 0 && callbacks.stream().anyMatch(c -> c.name().equals(t.base()));
  }

  /**
   * Whether a pointer is passed as a raw MemorySegment in the draft: every pointer but a {@code
   * const char*} string and a handle of an opaque type (arrays, out-parameters and buffers need a
   * human to say their direction and length).
   */
  private boolean rawPointer(CTypeExpr type) {
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

  private CTypeExpr expand(CTypeExpr type) {
    return dev.ffmbind.processor.model.CTypes.expand(type, typedefs).orElse(type);
  }
}
