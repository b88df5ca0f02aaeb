package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads a {@code @StatusTable} of {@code @NativeLibrary} with its {@code @StatusCode}s. */
final class StatusTableReader {

  private StatusTableReader() {}

  static StatusTableModel read(TypeElement type, AnnotationMirror table, JavaClassName binding) {
    String name = Annotations.string(table, "name").orElse("");
    String exception =
        Annotations.string(table, "exception")
            .filter(s -> !s.isEmpty())
            .orElse(Names.statusException(name));
    List<StatusCodeModel> codes = new ArrayList<>();
    for (AnnotationValue v : Annotations.array(table, "codes")) {
      AnnotationMirror code = (AnnotationMirror) v.getValue();
      codes.add(
          new StatusCodeModel(
              new ElementRef(type, table, v),
              Annotations.string(code, "name").orElse(""),
              Annotations.number(code, "value", 0),
              Annotations.bool(code, "success", false),
              Annotations.string(code, "description").orElse("")));
    }
    return new StatusTableModel(
        ElementRef.of(type, table),
        name,
        binding.nested(exception),
        codes,
        Annotations.string(table, "messageFunction").filter(s -> !s.isEmpty()));
  }
}
