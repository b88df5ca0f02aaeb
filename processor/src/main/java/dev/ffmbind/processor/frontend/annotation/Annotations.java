package dev.ffmbind.processor.frontend.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads ffmbind's annotations through mirrors, by name, so the processor needs none of the
 * runtime's classes. Values come back with the {@link AnnotationValue} they were read from, so a
 * diagnostic can point at it.
 */
final class Annotations {

  static final String PACKAGE = "dev.ffmbind.annotation.";
  static final String NATIVE_LIBRARY = PACKAGE + "NativeLibrary";
  static final String SYMBOL = PACKAGE + "Symbol";
  static final String C_TYPE = PACKAGE + "CType";
  static final String IN = PACKAGE + "In";
  static final String OUT = PACKAGE + "Out";
  static final String IN_OUT = PACKAGE + "InOut";
  static final String ENCODING = PACKAGE + "Encoding";
  static final String WITH_LENGTH = PACKAGE + "WithLength";
  static final String BOUNDED_BY = PACKAGE + "BoundedBy";
  static final String WITH_ELEMENT_SIZE = PACKAGE + "WithElementSize";
  static final String POINTS_INTO = PACKAGE + "PointsInto";
  static final String ERRORS = PACKAGE + "Errors";
  static final String RETRY_ON_EINTR = PACKAGE + "RetryOnEintr";
  static final String CRITICAL = PACKAGE + "Critical";
  static final String BLOCKING = PACKAGE + "Blocking";
  static final String OWNED = PACKAGE + "Owned";
  static final String RETURN_SIZE = PACKAGE + "ReturnSize";
  static final String OPTIONAL_SYMBOL = PACKAGE + "OptionalSymbol";
  static final String OPAQUE = PACKAGE + "Opaque";
  static final String CALLBACK = PACKAGE + "Callback";
  static final String LIFETIME = PACKAGE + "Lifetime";
  static final String USER_DATA = PACKAGE + "UserData";
  static final String ON_EXCEPTION = PACKAGE + "OnException";
  static final String LENGTH_FROM = PACKAGE + "LengthFrom";
  static final String UNCHECKED_SIZE = PACKAGE + "UncheckedSize";
  static final String VARIADIC = PACKAGE + "Variadic";
  static final String USER_DATA_FROM = PACKAGE + "UserDataFrom";
  static final String ON_EXCEPTION_CALL = PACKAGE + "OnExceptionCall";

  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, String name) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) m.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the element, or its type, carries any annotation whose simple name is {@code Nullable}.
   */
  static boolean isNullable(Element element) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    javax.lang.model.type.TypeMirror type =
        element instanceof ExecutableElement e ? e.getReturnType() : element.asType();
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** The explicitly written value of an annotation member, if any. */
  static Optional<AnnotationValue> value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  static Optional<String> string(AnnotationMirror mirror, String member) {
    return value(mirror, member).map(v -> (String) v.getValue());
  }

  static List<AnnotationValue> array(AnnotationMirror mirror, String member) {
    return value(mirror, member)
        .map(
            v -> {
              @SuppressWarnings("unchecked")
              List<AnnotationValue> list = (List<AnnotationValue>) v.getValue();
              return list;
            })
        .orElse(List.of());
  }

  /** An enum constant's name, e.g. {@code MINUS_ONE_ERRNO}. */
  static Optional<String> enumName(AnnotationMirror mirror, String member) {
    return value(mirror, member)
        .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString());
  }

  static boolean bool(AnnotationMirror mirror, String member, boolean defaultValue) {
    return value(mirror, member).map(v -> (Boolean) v.getValue()).orElse(defaultValue);
  }

  static int integer(AnnotationMirror mirror, String member, int defaultValue) {
    return value(mirror, member).map(v -> ((Number) v.getValue()).intValue()).orElse(defaultValue);
  }

  static long number(AnnotationMirror mirror, String member, long defaultValue) {
    return value(mirror, member).map(v -> ((Number) v.getValue()).longValue()).orElse(defaultValue);
  }
}
