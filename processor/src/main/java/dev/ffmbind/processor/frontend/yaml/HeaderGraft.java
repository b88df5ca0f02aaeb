package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Entry;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ListNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.MapNode;
import dev.ffmbind.processor.frontend.yaml.YamlNode.Scalar;
import dev.ffmbind.processor.frontend.yaml.YamlNode.ScalarKind;
import dev.ffmbind.processor.model.HeadersModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code from_header:}: grafts the declarations a spec names into the spec's own sections, as if
 * they were written out, before the sections are read; so one reader, one model and the ABI check
 * serve both. A declaration taken from the header is located at the {@code from_header} item that
 * names it (a typedef or struct its definition uses, at the {@code from_header} key). A struct or
 * union the spec also lists under its C name keeps the spec's keys (resident, doc, java_name) and
 * takes its fields from the header, each overlaid by a field of the spec's entry of the same name
 * (java_type, doc; a type written there wins and is checked like any other).
 */
final class HeaderGraft {

  /** The sections a header lookup fills, each with the key that names an entry. */
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("typedefs", "");
    SECTIONS.put("constants", "name");
    SECTIONS.put("enums", "c_name");
    SECTIONS.put("structs", "c_name");
    SECTIONS.put("unions", "c_name");
    SECTIONS.put("opaque_types", "c_name");
    SECTIONS.put("callbacks", "name");
  }

  private final ReadContext ctx;
  private final HeaderLookup lookup;
  private final String fileName;

  HeaderGraft(ReadContext ctx, HeaderLookup lookup, String fileName) {
    this.ctx = ctx;
    this.lookup = lookup;
    this.fileName = fileName;
  }

  /** The spec with the named declarations grafted in; the spec itself when it names none. */
  MapNode apply(MapNode spec) {
    Optional<Entry> fromHeader = spec.entry("from_header");
    if (fromHeader.isEmpty() || !(fromHeader.get().value() instanceof ListNode list)) {
      return spec; // a value of the wrong kind is reported when the key is read
    }
    Map<String, YamlRef> named = new LinkedHashMap<>();
    for (YamlNode item : list.items()) {
      if (item instanceof Scalar s && s.kind() != ScalarKind.NULL && s.kind() != ScalarKind.ALIAS) {
        named.putIfAbsent(s.text(), s.ref());
      }
    }
    if (named.isEmpty()) {
      return spec;
    }
    YamlRef at = fromHeader.get().keyRef();
    List<String> files = strings(spec, "headers");
    if (files.isEmpty()) {
      ctx.error(
          at,
          Message.HEADER_UNAVAILABLE,
          "its headers",
          "the spec names no headers; add 'headers:' with the C headers that declare them");
      return spec;
    }
    HeadersModel headers =
        new HeadersModel(
            at, files, strings(spec, "header_include_dirs"), strings(spec, "header_defines"));
    HeaderLookup.Result result = lookup.find(headers, List.copyOf(named.keySet()));
    switch (result) {
      case HeaderLookup.Unavailable u -> {
        ctx.error(at, Message.HEADER_UNAVAILABLE, String.join(", ", files), u.why());
        return spec;
      }
      case HeaderLookup.Found found -> {
        for (var e : named.entrySet()) {
          String why = found.problems().get(e.getKey());
          if (why == null) {
            continue;
          }
          if (why.isEmpty()) {
            ctx.error(e.getValue(), Message.HEADER_MISSING, e.getKey(), found.searched());
          } else {
            ctx.error(e.getValue(), Message.HEADER_CANNOT_TAKE, e.getKey(), found.searched(), why);
          }
        }
        Diagnostics local = new Diagnostics();
        YamlTreeBuilder.Result tree =
            new YamlTreeBuilder(fileName + " (from " + files.get(0) + ")", local)
                .build(found.yaml());
        if (!(tree instanceof YamlTreeBuilder.Document d) || !(d.root() instanceof MapNode draft)) {
          ctx.error(at, Message.HEADER_UNAVAILABLE, String.join(", ", files), local.all());
          return spec;
        }
        return graft(spec, draft, named, at);
      }
    }
  }

  private static List<String> strings(MapNode map, String key) {
    List<String> values = new ArrayList<>();
    if (map.entry(key).map(Entry::value).orElse(null) instanceof ListNode l) {
      for (YamlNode item : l.items()) {
        if (item instanceof Scalar s && s.kind() != ScalarKind.NULL) {
          values.add(s.text());
        }
      }
    }
    return values;
  }

  private MapNode graft(MapNode spec, MapNode draft, Map<String, YamlRef> named, YamlRef at) {
    List<Entry> entries = new ArrayList<>(spec.entries());
    for (var section : SECTIONS.entrySet()) {
      Optional<Entry> taken = draft.entry(section.getKey());
      if (taken.isEmpty()) {
        continue;
      }
      Optional<Entry> own = spec.entry(section.getKey());
      YamlNode merged =
          section.getValue().isEmpty()
              ? typedefs(own, taken.get(), named, at)
              : list(own, taken.get(), section.getValue(), named, at);
      if (merged == null) {
        continue; // the spec's own value is of the wrong kind: reported when it is read
      }
      if (own.isPresent()) {
        entries.set(
            entries.indexOf(own.get()), new Entry(own.get().key(), own.get().keyRef(), merged));
      } else {
        entries.add(new Entry(section.getKey(), at, merged));
      }
    }
    return new MapNode(entries, spec.duplicates(), spec.ref());
  }

  private static YamlNode typedefs(
      Optional<Entry> own, Entry taken, Map<String, YamlRef> named, YamlRef at) {
    if (!(taken.value() instanceof MapNode header)) {
      return null;
    }
    List<Entry> entries = new ArrayList<>();
    List<Entry> duplicates = new ArrayList<>();
    YamlRef ref = at;
    if (own.isPresent()) {
      if (!(own.get().value() instanceof MapNode mine)) {
        return null;
      }
      entries.addAll(mine.entries());
      duplicates.addAll(mine.duplicates());
      ref = mine.ref();
    }
    for (Entry e : header.entries()) {
      if (entries.stream().noneMatch(x -> x.key().equals(e.key()))) {
        YamlRef where = named.getOrDefault(e.key(), at);
        entries.add(new Entry(e.key(), where, relocate(e.value(), where)));
      }
    }
    return new MapNode(entries, duplicates, ref);
  }

  private YamlNode list(
      Optional<Entry> own, Entry taken, String idKey, Map<String, YamlRef> named, YamlRef at) {
    if (!(taken.value() instanceof ListNode header)) {
      return null;
    }
    List<YamlNode> items = new ArrayList<>();
    YamlRef ref = at;
    if (own.isPresent()) {
      if (!(own.get().value() instanceof ListNode mine)) {
        return null;
      }
      items.addAll(mine.items());
      ref = mine.ref();
    }
    for (YamlNode item : header.items()) {
      Optional<String> id = id(item, idKey);
      if (id.isEmpty()) {
        continue;
      }
      YamlRef where = named.getOrDefault(id.get(), at);
      MapNode fromHeader = (MapNode) relocate(item, where);
      int mine = -1;
      for (int i = 0; i < items.size(); i++) {
        if (id(items.get(i), idKey).equals(id)) {
          mine = i;
        }
      }
      if (mine < 0) {
        items.add(fromHeader);
      } else if (idKey.equals("c_name")
          && named.containsKey(id.get())
          && fromHeader.entry("fields").isPresent()) {
        items.set(mine, overlay((MapNode) items.get(mine), fromHeader, id.get()));
      }
      // Otherwise the spec declares it itself, which wins.
    }
    return new ListNode(items, ref);
  }

  private static Optional<String> id(YamlNode item, String idKey) {
    return item instanceof MapNode m
            && m.entry(idKey).map(Entry::value).orElse(null) instanceof Scalar s
        ? Optional.of(s.text())
        : Optional.empty();
  }

  /** The spec's struct entry with the header's fields, each overlaid by the spec's field. */
  private MapNode overlay(MapNode mine, MapNode header, String cName) {
    ListNode headerFields = (ListNode) header.entry("fields").orElseThrow().value();
    Map<String, MapNode> own = new LinkedHashMap<>();
    Optional<Entry> ownFields = mine.entry("fields");
    if (ownFields.isPresent() && ownFields.get().value() instanceof ListNode l) {
      for (YamlNode f : l.items()) {
        id(f, "name").ifPresent(n -> own.putIfAbsent(n, (MapNode) f));
      }
    }
    List<String> headerNames = new ArrayList<>();
    List<YamlNode> fields = new ArrayList<>();
    for (YamlNode f : headerFields.items()) {
      String name = id(f, "name").orElse("");
      headerNames.add(name);
      MapNode field = (MapNode) f;
      MapNode over = own.get(name);
      if (over != null) {
        List<Entry> entries = new ArrayList<>(over.entries());
        for (Entry e : field.entries()) {
          if (over.entry(e.key()).isEmpty()) {
            entries.add(e);
          }
        }
        field = new MapNode(entries, over.duplicates(), over.ref());
      }
      fields.add(field);
    }
    own.forEach(
        (name, f) -> {
          if (!headerNames.contains(name)) {
            ctx.error(
                f.ref(), Message.HEADER_UNKNOWN_FIELD, name, cName, String.join(", ", headerNames));
          }
        });
    List<Entry> entries = new ArrayList<>();
    for (Entry e : mine.entries()) {
      if (!e.key().equals("fields")) {
        entries.add(e);
      }
    }
    YamlRef fieldsRef = ownFields.map(Entry::keyRef).orElse(header.ref());
    entries.add(new Entry("fields", fieldsRef, new ListNode(fields, fieldsRef)));
    return new MapNode(entries, mine.duplicates(), mine.ref());
  }

  /** The node with every location moved to {@code at}. */
  private static YamlNode relocate(YamlNode node, YamlRef at) {
    return switch (node) {
      case Scalar s -> new Scalar(s.kind(), s.text(), s.number(), at);
      case ListNode l -> new ListNode(l.items().stream().map(i -> relocate(i, at)).toList(), at);
      case MapNode m ->
          new MapNode(
              m.entries().stream()
                  .map(e -> new Entry(e.key(), at, relocate(e.value(), at)))
                  .toList(),
              m.duplicates().stream()
                  .map(e -> new Entry(e.key(), at, relocate(e.value(), at)))
                  .toList(),
              at);
    };
  }
}
