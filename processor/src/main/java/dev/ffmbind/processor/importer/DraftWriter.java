package dev.ffmbind.processor.importer;

import dev.ffmbind.processor.importer.Draft.Callback;
import dev.ffmbind.processor.importer.Draft.Constant;
import dev.ffmbind.processor.importer.Draft.Enum;
import dev.ffmbind.processor.importer.Draft.Function;
import dev.ffmbind.processor.importer.Draft.Param;
import dev.ffmbind.processor.importer.Draft.Struct;
import dev.ffmbind.processor.importer.Draft.Value;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Draft} as a spec's YAML, in the spec's section order, remembering which lines
 * each entry took so that a validator's error can be traced back to the entry to leave out.
 */
final class DraftWriter {

  /** The Java type of a pointer the draft leaves raw. */
  private static final String SEGMENT = "MemorySegment";

  private final Draft d;

  DraftWriter(Draft d) {
    this.d = d;
  }

  String summary() {
    return "ffmbind: imported "
        + d.header.includeName()
        + ": "
        + kept("function ", d.functions.stream().map(Function::cName).toList())
        + " functions, "
        + kept(
            "enum ", d.enums.values().stream().map(e -> e.cName).filter(n -> !n.isEmpty()).toList())
        + " enums, "
        + kept("typedef ", List.copyOf(d.typedefs.keySet()))
        + " typedefs, "
        + kept("opaque type ", List.copyOf(d.opaques.keySet()))
        + " opaque types, "
        + d.structs.values().stream()
            .filter(st -> !d.excluded((st.union() ? "union " : "struct ") + st.cName()))
            .count()
        + " structs and unions, "
        + kept("callback ", d.callbacks.stream().map(Callback::name).toList())
        + " callbacks, "
        + d.constants.size()
        + " literal macros; left out "
        + (d.skipped.size() + d.excluded.size())
        + " declarations (listed at the end) and "
        + d.skippedMacros
        + " macros that are not literals";
  }

  private long kept(String kind, List<String> keys) {
    return keys.stream().filter(k -> !d.excluded.containsKey(kind + k)).count();
  }

  /** The entry the YAML line (1-based) of the last {@link #yaml()} belongs to. */
  Optional<String> entryAt(int line) {
    return entryLines.entrySet().stream()
        .filter(e -> e.getValue()[0] <= line && line <= e.getValue()[1])
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private final Map<String, int[]> entryOffsets = new LinkedHashMap<>();
  private final Map<String, int[]> entryLines = new LinkedHashMap<>();

  /** Appends one entry of a list, remembered by key; nothing when it was left out. */
  private void entry(StringBuilder y, String key, String text) {
    if (d.excluded.containsKey(key)) {
      return;
    }
    entryOffsets.put(key, new int[] {y.length(), y.length() + text.length()});
    y.append(text);
  }

  String yaml() {
    entryOffsets.clear();
    StringBuilder y = new StringBuilder();
    String include = d.header.includeName();
    String base = java.nio.file.Path.of(include).getFileName().toString().replaceFirst("\\.h$", "");
    y.append("# Draft binding spec imported by ffmbind from ").append(include).append(".\n");
    y.append("# It compiles and passes the ABI check as it stands; lines marked REVIEW need a\n");
    y.append("# human (ownership, error conventions, length links, callback lifetimes).\n");
    y.append("library: ")
        .append(
            HeaderImporter.yamlString(
                d.request.library().orElse(HeaderImporter.guessLibrary(include))))
        .append(d.request.library().isEmpty() ? "  # REVIEW: guessed from the header's name" : "")
        .append('\n');
    y.append("package: ").append(d.request.javaPackage()).append('\n');
    String guessed = Names.upperCamel(base.replaceAll("[^A-Za-z0-9_]", "_"));
    boolean clash =
        d.opaques.keySet().stream().anyMatch(o -> Names.upperCamel(o).equals(guessed))
            || d.callbacks.stream().anyMatch(c -> Names.upperCamel(c.name()).equals(guessed))
            || d.enums.values().stream().anyMatch(e -> Names.upperCamel(e.cName).equals(guessed))
            || d.structs.keySet().stream().anyMatch(n -> Names.upperCamel(n).equals(guessed));
    y.append("class: ")
        .append(d.request.javaClass().orElse(clash ? guessed + "Library" : guessed))
        .append('\n');
    y.append("headers: [").append(HeaderImporter.yamlString(include)).append("]\n");
    d.header
        .includeDir()
        .ifPresent(
            d ->
                y.append("header_include_dirs: [")
                    .append(HeaderImporter.yamlString(d))
                    .append("]\n"));
    if (!d.request.defines().isEmpty()) {
      y.append("header_defines: [");
      y.append(
          String.join(", ", d.request.defines().stream().map(HeaderImporter::yamlString).toList()));
      y.append("]\n");
    }
    if (!d.typedefs.isEmpty()) {
      // A map, not a list: an entry is one line.
      y.append("typedefs:\n");
      d.typedefs.forEach(
          (k, v) ->
              entry(y, "typedef " + k, "  " + k + ": " + HeaderImporter.yamlString(v) + "\n"));
    }
    // Values of d.enums without a name are d.constants too.
    List<Constant> all = new ArrayList<>();
    d.enums.values().stream()
        .filter(e -> e.cName.isEmpty())
        .flatMap(e -> e.values.stream())
        .forEach(v -> all.add(new Constant(v.name(), Long.toString(v.value()))));
    all.addAll(d.constants);
    if (!all.isEmpty()) {
      y.append("constants:\n");
      for (Constant c : all) {
        entry(
            y,
            "constant " + c.name(),
            "  - {name: " + c.name() + ", value: " + c.yamlValue() + "}\n");
      }
    }
    List<Enum> named = d.enums.values().stream().filter(e -> !e.cName.isEmpty()).toList();
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
      List<Struct> these = d.structs.values().stream().filter(st -> st.union() == union).toList();
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
    if (!d.opaques.isEmpty()) {
      y.append("opaque_types:\n");
      d.opaques.forEach(
          (k, note) ->
              entry(
                  y,
                  "opaque type " + k,
                  (note.isEmpty() ? "" : "  # " + note + "\n") + "  - {c_name: " + k + "}\n"));
    }
    if (!d.callbacks.isEmpty()) {
      y.append("callbacks:\n");
      for (Callback c : d.callbacks) {
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
    for (Function f : d.functions) {
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
      if (d.rawPointer(r)) {
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
    if (!d.skipped.isEmpty() || !d.excluded.isEmpty()) {
      y.append("# Left out (the spec cannot state them exactly, or there is nothing to bind):\n");
      d.skipped.forEach(s -> y.append("#   ").append(s).append('\n'));
      d.excluded.forEach(
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
      } else if (function && d.rawPointer(t)) {
        y.append(", java_type: ").append(SEGMENT);
      }
      y.append("}\n");
    }
  }

  private boolean isCallback(CTypeExpr t) {
    return t.pointers() == 0 && d.callbacks.stream().anyMatch(c -> c.name().equals(t.base()));
  }
}
