package dev.ffmbind.processor.importer;

import dev.ffmbind.processor.importer.Draft.Param;
import dev.ffmbind.processor.model.CTypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code REVIEW} notes of a draft's function: what only a human can decide (ownership, status
 * codes, length links, callback lifetimes, raw pointers, destructors), with a guess where a common
 * pattern suggests one.
 */
final class ReviewNotes {

  private static final Pattern LENGTH_NAME =
      Pattern.compile("(?i).*(len|size|count|bytes|^n[A-Z_]|^n$).*");
  private static final Pattern DESTRUCTOR =
      Pattern.compile(".*_(free|close|destroy|finalize|release|delete|unref)$");

  private final Draft d;

  ReviewNotes(Draft d) {
    this.d = d;
  }

  List<String> notes(String name, List<Param> params, String returns) {
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
      if (d.callbacks.stream().anyMatch(c -> c.name().equals(t.base()))) {
        notes.add("REVIEW: lifetime: call is a guess; 'registered' if C keeps '" + p.name() + "'");
      }
    }
    for (Param p : params) {
      if (d.rawPointer(CTypeExpr.parse(p.type()).orElseThrow())) {
        notes.add(
            "REVIEW: '"
                + p.name()
                + "' is a raw MemorySegment: an array, buffer or out-parameter?"
                + " (java_type, direction, length_of)");
      }
    }
    if (DESTRUCTOR.matcher(name).matches() && !params.isEmpty()) {
      CTypeExpr first = CTypeExpr.parse(params.get(0).type()).orElseThrow();
      if (first.pointers() == 1 && d.opaques.containsKey(first.base())) {
        String note = d.opaques.get(first.base());
        d.opaques.put(
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
    return d.enums.values().stream()
            .flatMap(e -> e.values.stream())
            .anyMatch(v -> v.name().endsWith("_OK"))
        || d.constants.stream().anyMatch(c -> c.name().endsWith("_OK"));
  }
}
