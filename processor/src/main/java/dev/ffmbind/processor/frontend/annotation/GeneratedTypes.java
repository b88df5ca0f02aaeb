package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.StructModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The types the processor generates into the binding class for the interface's declarations (the
 * value type of a {@code @Struct} or {@code @Union} record, the view of a resident one, the class
 * of a {@code @CEnum} enum), as methods name them: {@code Clock_Ffm.Timeval}. While the processor
 * runs for the first time they do not exist yet, and javac hands them over as error types that
 * carry the name as written; in a later compilation they are ordinary declared types. Both are
 * matched by name against what the declarations will generate.
 *
 * @param binding the generated binding class
 * @param structs the structs and unions the interface declares
 * @param enums the enums the interface declares
 */
record GeneratedTypes(JavaClassName binding, List<StructModel> structs, List<EnumModel> enums) {

  GeneratedTypes {
    structs = List.copyOf(structs);
    enums = List.copyOf(enums);
  }

  /** What a Java type names, when it names a type nested in the binding class. */
  sealed interface Named {}

  /** The value type of a struct or union. */
  record Value(StructModel struct) implements Named {}

  /** The view of a struct; {@code struct.resident()} says whether it is generated. */
  record View(StructModel struct) implements Named {}

  /** The class of an enum. */
  record Enum(EnumModel model) implements Named {}

  /** A name in the binding class that no declaration generates ({@code Clock_Ffm.Nope}). */
  record Unknown(String written) implements Named {}

  /**
   * What {@code type} names, if it names the binding class or a type nested in it; empty for any
   * other type.
   */
  Optional<Named> named(TypeMirror type) {
    String written;
    if (type.getKind() == TypeKind.ERROR) {
      written = type.toString();
    } else if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement te) {
      written = te.getQualifiedName().toString();
    } else {
      return Optional.empty();
    }
    for (StructModel s : structs) {
      if (denotes(written, s.javaClass())) {
        return Optional.of(new Value(s));
      }
      if (denotes(written, s.viewClass())) {
        return Optional.of(new View(s));
      }
    }
    for (EnumModel e : enums) {
      if (denotes(written, e.javaClass())) {
        return Optional.of(new Enum(e));
      }
    }
    String prefix = binding.simpleName() + ".";
    boolean inBinding =
        written.startsWith(prefix) || written.startsWith(binding.canonicalName() + ".");
    return inBinding ? Optional.of(new Unknown(written)) : Optional.empty();
  }

  /**
   * The Java type of a parameter or result written as a generated type: a value type or an enum
   * class; a view only when its struct is resident.
   */
  static Optional<JavaType> javaType(Named named) {
    return switch (named) {
      case Value v ->
          Optional.of(new JavaType.StructValue(v.struct().javaClass(), v.struct().cName()));
      case View v ->
          v.struct().resident()
              ? Optional.of(
                  new JavaType.StructView(
                      v.struct().javaClass(), v.struct().viewClass(), v.struct().cName()))
              : Optional.empty();
      case Enum e -> Optional.of(new JavaType.CEnum(e.model().javaClass(), e.model().cName()));
      case Unknown u -> Optional.empty();
    };
  }

  /** The generated types, for a message: {@code Clock_Ffm.Timeval, Clock_Ffm.StreamView}. */
  String describe() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (StructModel s : structs) {
      names.add(String.join(".", s.javaClass().simpleNames()));
      if (s.resident()) {
        names.add(String.join(".", s.viewClass().simpleNames()));
      }
    }
    enums.forEach(e -> names.add(String.join(".", e.javaClass().simpleNames())));
    return names.isEmpty()
        ? "none for this interface, which declares no @Struct, @Union or @CEnum type"
        : String.join(", ", names);
  }

  /**
   * Whether {@code written} (a name as written, or a qualified name) denotes {@code name}: it is
   * the canonical name, or a tail of it that starts at the binding class ({@code
   * Clock_Ffm.Timeval}).
   */
  private boolean denotes(String written, JavaClassName name) {
    String canonical = name.canonicalName();
    if (written.equals(canonical)) {
      return true;
    }
    String fromBinding = String.join(".", name.simpleNames());
    return written.equals(fromBinding)
        && name.simpleNames().getFirst().equals(binding.simpleName());
  }
}
