package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the structs and unions: each C name declared once and by nothing else, at least one field,
 * field names that make Java components, field types that have a layout ({@link
 * StructLayouts#classify}), refusals of what ffmbind does not lay out (bitfields, flexible array
 * members, {@code long double}, attributes), and no struct containing itself by value.
 */
record StructValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    LibraryModel model = context.model();
    StructLayouts layouts = new StructLayouts(model);
    Set<String> seen = new HashSet<>();
    List<StructModel> valid = new ArrayList<>();
    for (StructModel s : model.structs()) {
      if (!seen.add(s.cName())) {
        diagnostics.error(s.ref(), Message.STRUCT_DUPLICATE, s.describe());
        continue;
      }
      otherDeclaration(model, s.cName())
          .ifPresent(
              what -> diagnostics.error(s.ref(), Message.STRUCT_NAME_TAKEN, s.describe(), what));
      String simpleName = s.javaClass().simpleName();
      if (!Names.isJavaIdentifier(simpleName)) {
        diagnostics.error(s.ref(), Message.INVALID_JAVA_NAME, simpleName, "class name");
      }
      if (s.fields().isEmpty()) {
        diagnostics.error(s.ref(), Message.STRUCT_EMPTY, s.describe());
      }
      if (fields(s, layouts)) {
        valid.add(s);
      }
    }
    cycles(valid, layouts);
  }

  private static Optional<String> otherDeclaration(LibraryModel model, String cName) {
    if (model.opaqueType(cName).isPresent()) {
      return Optional.of("an opaque type");
    }
    if (model.enumType(cName).isPresent()) {
      return Optional.of("an enum");
    }
    if (model.typedefs().containsKey(cName)) {
      return Optional.of("a typedef");
    }
    if (model.callback(cName).isPresent()) {
      return Optional.of("a callback type");
    }
    return Optional.empty();
  }

  /** Checks each field; true when all of them have a layout. */
  private boolean fields(StructModel s, StructLayouts layouts) {
    boolean ok = true;
    Set<String> names = new HashSet<>();
    Map<String, String> javaNames = new HashMap<>();
    for (StructModel.Field f : s.fields()) {
      String javaName = f.javaName();
      if (!names.add(f.name())) {
        diagnostics.error(f.ref(), Message.STRUCT_DUPLICATE_FIELD, s.describe(), f.name());
      } else if (!Names.isJavaIdentifier(javaName)) {
        diagnostics.error(
            f.ref(),
            Message.STRUCT_FIELD_NAME,
            s.describe(),
            f.name(),
            "gives the Java name '" + javaName + "', which is not a Java identifier");
      } else if (Names.STRUCT_RESERVED.contains(javaName)) {
        diagnostics.error(
            f.ref(),
            Message.STRUCT_FIELD_NAME,
            s.describe(),
            f.name(),
            "gives the Java name '"
                + javaName
                + "', which the generated type (or Object) already uses; rename it in the spec"
                + " (the C name only documents the field)");
      } else {
        String other = javaNames.putIfAbsent(javaName, f.name());
        if (other != null) {
          diagnostics.error(
              f.ref(),
              Message.STRUCT_FIELD_NAME,
              s.describe(),
              f.name(),
              "gives the Java name '" + javaName + "', as field '" + other + "' does");
        }
      }
      ok &= type(s, f, layouts);
    }
    return ok;
  }

  private boolean type(StructModel s, StructModel.Field f, StructLayouts layouts) {
    Optional<StructModel.Refusal> refusal = StructModel.refusal(f.spelling());
    if (refusal.isPresent() || f.type().isEmpty()) {
      Message m =
          switch (refusal.orElse(StructModel.Refusal.ATTRIBUTE)) {
            case BITFIELD -> Message.STRUCT_BITFIELD;
            case FLEXIBLE_ARRAY -> Message.STRUCT_FLEXIBLE_ARRAY;
            case LONG_DOUBLE -> Message.STRUCT_LONG_DOUBLE;
            case ATTRIBUTE -> Message.STRUCT_ATTRIBUTE;
          };
      diagnostics.error(f.ref(), m, s.describe(), f.name(), f.spelling());
      return false;
    }
    StructLayouts.Classified c = layouts.classify(f.type().get());
    if (c.type().isEmpty()) {
      Optional<StructModel.Tag> tag = StructModel.tag(f.spelling());
      if (tag.isPresent() && context.model().struct(tag.get().name()).isEmpty()) {
        undeclared(diagnostics, context, f.ref(), f.spelling(), tag.get());
      } else {
        diagnostics.error(
            f.ref(), Message.STRUCT_FIELD_TYPE, s.describe(), f.name(), f.spelling(), c.reason());
      }
      return false;
    }
    if (f.javaType().isPresent()) {
      boolean charArray =
          c.type().get() instanceof StructLayouts.Array a
              && a.element() instanceof StructLayouts.Scalar e
              && e.scalar().cName().equals("char");
      boolean bytes =
          f.javaType().get().equals(new JavaType.PrimitiveArray(JavaType.Primitive.BYTE));
      if (!(charArray && (bytes || f.javaType().get() instanceof JavaType.Str))) {
        diagnostics.error(
            f.ref(),
            Message.STRUCT_FIELD_JAVA_TYPE,
            s.describe(),
            f.name(),
            f.spelling(),
            f.javaType().get().describe());
        return false;
      }
    }
    return true;
  }

  /**
   * Reports a {@code struct X} the spec does not declare (a type of a field or a function), with
   * the advice of the front end the model came from (an annotated interface implements one).
   */
  static void undeclared(
      Diagnostics diagnostics,
      ValidationContext context,
      dev.ffmbind.processor.model.SourceRef ref,
      String spelling,
      StructModel.Tag tag) {
    if (context.model().implementedInterface().isPresent()) {
      diagnostics.error(
          ref,
          Message.STRUCT_UNDECLARED_ANNOTATION,
          spelling,
          tag.keyword(),
          tag.name(),
          tag.keyword().equals("union") ? "Union" : "Struct");
      return;
    }
    diagnostics.error(
        ref,
        Message.STRUCT_UNDECLARED,
        spelling,
        tag.keyword(),
        tag.name(),
        tag.keyword().equals("union") ? "unions" : "structs");
  }

  /** Reports each struct that contains itself by value, through any chain of nested fields. */
  private void cycles(List<StructModel> valid, StructLayouts layouts) {
    Map<String, List<String>> edges = new HashMap<>();
    for (StructModel s : valid) {
      List<String> to = new ArrayList<>();
      for (StructModel.Field f : s.fields()) {
        nested(layouts.classify(f.type().orElseThrow()).type().orElseThrow())
            .ifPresent(n -> to.add(n.cName()));
      }
      edges.put(s.cName(), to);
    }
    for (StructModel s : valid) {
      List<String> path = new ArrayList<>();
      if (reaches(s.cName(), s.cName(), edges, path, new HashSet<>())) {
        path.add(0, s.cName());
        diagnostics.error(s.ref(), Message.STRUCT_CYCLE, s.describe(), String.join(" > ", path));
      }
    }
  }

  private static Optional<StructModel> nested(StructLayouts.FieldType t) {
    return switch (t) {
      case StructLayouts.Nested n -> Optional.of(n.struct());
      case StructLayouts.Array a -> nested(a.element());
      default -> Optional.empty();
    };
  }

  private static boolean reaches(
      String from,
      String target,
      Map<String, List<String>> edges,
      List<String> path,
      Set<String> visited) {
    for (String next : edges.getOrDefault(from, List.of())) {
      path.add(next);
      if (next.equals(target)) {
        return true;
      }
      if (visited.add(next) && reaches(next, target, edges, path, visited)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
