package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.HeaderLookup;
import dev.ffmbind.processor.frontend.yaml.YamlRef;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * {@code @CHeaders(fromHeader = {...})}: the structs, unions, enums, typedefs and constants an
 * interface names, taken from its headers exactly as a YAML spec's {@code from_header:} takes them.
 * The annotation is written as the spec it stands for (headers, include directories, defines, the
 * names, and a resident struct entry per {@code residentStructs} name) and read by the YAML front
 * end with the same header lookup, so both front ends share one lookup, one graft and one set of
 * readers, and the declarations are the ones the YAML path builds for the same binding class. What
 * that read reports is moved to the annotation: to the {@code fromHeader} or {@code
 * residentStructs} value it concerns, otherwise to the {@code fromHeader} member.
 */
final class HeaderDeclReader {

  static final String C_HEADERS = Annotations.PACKAGE + "CHeaders";

  private HeaderDeclReader() {}

  /**
   * The declarations the interface's {@code @CHeaders} names in {@code fromHeader} (those found,
   * when some are reported); empty when it names none, or when the headers could not be read at all
   * (errors reported at the annotation).
   */
  static Optional<LibraryModel> read(
      TypeElement type, JavaClassName binding, HeaderLookup lookup, Diagnostics diagnostics) {
    Optional<AnnotationMirror> found = Annotations.find(type, C_HEADERS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror headers = found.get();
    List<AnnotationValue> names = Annotations.array(headers, "fromHeader");
    List<AnnotationValue> resident = Annotations.array(headers, "residentStructs");
    if (names.isEmpty() && resident.isEmpty()) {
      return Optional.empty();
    }
    AnnotationValue member =
        Annotations.value(headers, names.isEmpty() ? "residentStructs" : "fromHeader")
            .orElseThrow();
    Map<Integer, AnnotationValue> byLine = new HashMap<>();
    StringBuilder yaml = new StringBuilder();
    yaml.append("library: ").append(quote("headers")).append('\n');
    yaml.append("package: ").append(quote(binding.packageName())).append('\n');
    yaml.append("class: ").append(quote(binding.simpleName())).append('\n');
    list(yaml, "headers", strings(headers, "value"));
    list(yaml, "header_include_dirs", strings(headers, "includeDirs"));
    list(yaml, "header_defines", strings(headers, "defines"));
    yaml.append("from_header:\n");
    int line = (int) yaml.chars().filter(c -> c == '\n').count();
    for (AnnotationValue v : names) {
      yaml.append("  - ").append(quote((String) v.getValue())).append('\n');
      byLine.put(++line, v);
    }
    List<String> named = names.stream().map(v -> (String) v.getValue()).toList();
    List<AnnotationValue> residentNamed = new ArrayList<>();
    for (AnnotationValue v : resident) {
      if (named.contains((String) v.getValue())) {
        residentNamed.add(v);
      } else {
        diagnostics.error(
            new ElementRef(type, headers, v),
            Message.HEADER_RESIDENT_NOT_NAMED,
            v.getValue(),
            named.isEmpty() ? "which names nothing" : String.join(", ", named));
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    if (!residentNamed.isEmpty()) {
      yaml.append("structs:\n");
      line++;
      for (AnnotationValue v : residentNamed) {
        yaml.append("  - {c_name: ").append(quote((String) v.getValue()));
        yaml.append(", resident: true}\n");
        byLine.put(++line, v);
      }
    }
    String fileName = "@CHeaders(fromHeader) of " + type.getQualifiedName();
    Diagnostics local = new Diagnostics();
    Optional<LibraryModel> model = YamlSpecReader.read(fileName, yaml.toString(), local, lookup);
    List<Diagnostic> moved = new ArrayList<>();
    for (Diagnostic d : local.all()) {
      AnnotationValue at = member;
      if (d.ref() instanceof YamlRef y && byLine.containsKey(y.line())) {
        at = byLine.get(y.line());
      }
      SourceRef ref = new ElementRef(type, headers, at);
      moved.add(new Diagnostic(d.message(), d.kind(), d.text(), ref));
    }
    diagnostics.addAll(moved);
    // With a name missing, the others are still declared, so methods using them are not reported.
    return model;
  }

  private static List<String> strings(AnnotationMirror mirror, String member) {
    return Annotations.array(mirror, member).stream().map(v -> (String) v.getValue()).toList();
  }

  private static void list(StringBuilder yaml, String key, List<String> values) {
    yaml.append(key).append(": [");
    yaml.append(String.join(", ", values.stream().map(HeaderDeclReader::quote).toList()));
    yaml.append("]\n");
  }

  /** A YAML double-quoted scalar. */
  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
