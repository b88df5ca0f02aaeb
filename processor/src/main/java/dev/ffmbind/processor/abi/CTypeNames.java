package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.ParamModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the spec's C types as C type names the compiler reads: typedefs of the spec expanded (so a
 * wrong typedef shows up in the prototype), enums, opaque types and callback types kept by name or
 * written out, and tags ({@code struct x}) kept where the spec wrote them.
 */
final class CTypeNames {

  private static final Pattern TAGGED =
      Pattern.compile("\\b(struct|union|enum)\\s+([A-Za-z_]\\w*)");

  private final LibraryModel model;
  private final Map<String, String> tags = new HashMap<>();

  CTypeNames(LibraryModel model) {
    this.model = model;
    for (var f : model.functions()) {
      f.params().forEach(p -> noteTags(p.cType().spelling()));
      noteTags(f.returns().cType().spelling());
    }
    for (var c : model.callbacks()) {
      c.params().forEach(p -> noteTags(p.cType().spelling()));
      noteTags(c.returns().cType().spelling());
    }
    model.typedefs().values().forEach(this::noteTags);
    model.opaqueTypes().forEach(o -> noteTags(o.cName()));
    model.structs().forEach(s -> s.fields().forEach(f -> noteTags(f.spelling())));
  }

  private void noteTags(String spelling) {
    Matcher m = TAGGED.matcher(spelling);
    while (m.find()) {
      tags.putIfAbsent(m.group(2), m.group(1));
    }
  }

  /**
   * The structs and unions of the spec that no spelling writes with their tag, with the keyword of
   * each: C may know them as a typedef or only as a tag, which {@link AbiCheck} asks the compiler.
   * (Not opaque types: a pointer to any tag compiles, so the tag would hide a missing type.)
   */
  Map<String, String> untaggedStructs() {
    Map<String, String> untagged = new java.util.LinkedHashMap<>();
    model.structs().stream()
        .filter(s -> !tags.containsKey(s.cName()))
        .forEach(s -> untagged.put(s.cName(), s.keyword()));
    return untagged;
  }

  /** Writes {@code name} with {@code keyword} from now on: the headers know only the tag. */
  void tag(String name, String keyword) {
    tags.putIfAbsent(name, keyword);
  }

  /** A base name as C needs it: {@code struct x} where the spec wrote the tag, else {@code x}. */
  String base(String name) {
    String tag = tags.get(name);
    return tag == null ? name : tag + " " + name;
  }

  /** The spec's type expanded, as a C type name ({@code unsigned long*}); empty if it cannot be. */
  Optional<String> typeName(CTypeExpr type) {
    return declarator(type, "");
  }

  /** A C declaration of {@code name} with the spec's type, or its type name for an empty name. */
  Optional<String> declarator(CTypeExpr type, String name) {
    CTypeExpr expanded = expandKeepingNames(type);
    if (expanded == null) {
      return Optional.empty();
    }
    Optional<CallbackType> callback = model.callback(expanded.base());
    int pointers = expanded.pointers();
    if (callback.isPresent()) {
      // A callback type names a function pointer: written out, so its signature is checked too.
      return functionType(callback.get(), "*".repeat(pointers + 1) + name);
    }
    String base = expanded.base().equals("bool") ? "_Bool" : base(expanded.base());
    String qualified = (expanded.constPointee() ? "const " : "") + base + " ";
    if (expanded.isArray()) {
      // T[N] counts its decay as a pointer; written as the array it is (sizeof sees N elements).
      return Optional.of(
          qualified + "*".repeat(pointers - 1) + name + "[" + expanded.arrayLength() + "]");
    }
    String stars = expanded.pointers() == type.pointers() ? stars(type) : "*".repeat(pointers);
    return Optional.of((qualified + stars + name).strip());
  }

  private static final java.util.regex.Pattern STAR_CONST =
      java.util.regex.Pattern.compile("\\*\\s*(const\\b)?");

  /**
   * The pointer levels as the spec wrote them, keeping a {@code const} on a pointer ({@code char
   * *const *}, argv's type): the model drops it (same ABI), but C's type compatibility does not.
   */
  private static String stars(CTypeExpr type) {
    StringBuilder sb = new StringBuilder();
    java.util.regex.Matcher m = STAR_CONST.matcher(type.spelling());
    int found = 0;
    while (m.find()) {
      found++;
      sb.append(m.group(1) != null ? "* const " : "*");
    }
    return found == type.pointers() ? sb.toString() : "*".repeat(type.pointers());
  }

  /** The function type of a callback around {@code inner} ({@code int (*)(const void*, int)}). */
  Optional<String> functionType(CallbackType callback, String inner) {
    StringBuilder params = new StringBuilder();
    List<CallbackParam> ps = callback.params();
    for (int i = 0; i < ps.size(); i++) {
      Optional<String> p = typeName(ps.get(i).cType());
      if (p.isEmpty()) {
        return Optional.empty();
      }
      params.append(i == 0 ? "" : ", ").append(p.get());
    }
    Optional<String> ret = typeName(callback.returns().cType());
    return ret.map(r -> r + " (" + inner + ")(" + (params.length() == 0 ? "void" : params) + ")");
  }

  /** A function's type ({@code int (unsigned char*, unsigned long)}), variadic with {@code ...}. */
  Optional<String> functionType(
      List<ParamModel> params, CTypeExpr returns, String inner, boolean variadic) {
    StringBuilder sb = new StringBuilder();
    int fixed = 0;
    for (ParamModel p : params) {
      if (p.variadic()) {
        break;
      }
      Optional<String> t = typeName(p.cType());
      if (t.isEmpty()) {
        return Optional.empty();
      }
      sb.append(fixed++ == 0 ? "" : ", ").append(t.get());
    }
    if (variadic) {
      sb.append(fixed == 0 ? "..." : ", ...");
    } else if (fixed == 0) {
      sb.append("void");
    }
    String around = inner.isEmpty() ? "" : "(" + inner + ")";
    return typeName(returns).map(r -> r + " " + around + "(" + sb + ")");
  }

  /**
   * Expands the spec's typedefs, but stops at an enum's or callback's name (C sees the enum type,
   * which gcc may make unsigned, and the callback is written out). Null when expansion fails.
   */
  CTypeExpr expandKeepingNames(CTypeExpr type) {
    Map<String, String> typedefs = new HashMap<>(model.typedefs());
    model.enums().forEach(e -> typedefs.remove(e.cName()));
    model.callbacks().forEach(c -> typedefs.remove(c.cName()));
    return CTypes.expand(type, typedefs).orElse(null);
  }
}
