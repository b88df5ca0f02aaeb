package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.model.SourceRef;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A location in Java source: an element, optionally narrowed to one of its annotations and one
 * value of that annotation, so javac underlines exactly the part that is wrong.
 */
public record ElementRef(Element element, AnnotationMirror annotation, AnnotationValue value)
    implements SourceRef {

  public static ElementRef of(Element element) {
    return new ElementRef(element, null, null);
  }

  public static ElementRef of(Element element, AnnotationMirror annotation) {
    return new ElementRef(element, annotation, null);
  }

  @Override
  public boolean inJavaSource() {
    return true;
  }

  @Override
  public String describe() {
    return element.getKind().name().toLowerCase(java.util.Locale.ROOT) + " " + element;
  }
}
