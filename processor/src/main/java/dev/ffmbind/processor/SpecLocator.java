package dev.ffmbind.processor;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.annotation.ElementRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the YAML specs named by {@code @BindingSpec} through the {@link Filer}, so plain javac and
 * every build tool see the same files: relative to the annotated element's package on the source
 * path, then on the class path (Maven copies {@code src/main/resources} there before compiling); a
 * path starting with {@code /} is taken from the root of either.
 */
final class SpecLocator {

  private SpecLocator() {}

  /** A spec's name (for messages) and content, which the YAML reader decodes as UTF-8. */
  record Spec(String fileName, byte[] content) {}

  static List<String> paths(AnnotationValue value) {
    List<String> paths = new ArrayList<>();
    if (value == null) {
      return paths;
    }
    if (value.getValue() instanceof List<?> list) {
      for (Object v : list) {
        paths.add((String) ((AnnotationValue) v).getValue());
      }
    } else {
      paths.add((String) value.getValue());
    }
    return paths;
  }

  static Optional<Spec> find(
      Filer filer, Elements elements, ElementRef at, String path, Diagnostics diagnostics) {
    Element element = at.element();
    PackageElement pkg = elements.getPackageOf(element);
    String packageName = path.startsWith("/") ? "" : pkg.getQualifiedName().toString();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (StandardLocation location :
        List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
      FileObject file;
      try {
        file = filer.getResource(location, packageName, relative);
      } catch (IOException | IllegalArgumentException | IllegalStateException notThere) {
        continue; // this location is not configured, or has no such file
      }
      // Bytes, not getCharContent: that decodes with the build's source encoding and replaces
      // what it cannot decode, so a spec that is not UTF-8 would go unreported.
      try (java.io.InputStream in = file.openInputStream()) {
        return Optional.of(new Spec(relative, in.readAllBytes()));
      } catch (IOException notReadable) {
        if (!(notReadable instanceof java.io.FileNotFoundException
            || notReadable instanceof java.nio.file.NoSuchFileException)) {
          diagnostics.error(at, Message.SPEC_UNREADABLE, path, notReadable.getMessage());
          return Optional.empty();
        }
      }
    }
    diagnostics.error(
        at,
        Message.SPEC_NOT_FOUND,
        path,
        packageName.isEmpty() ? "the root" : "package " + packageName);
    return Optional.empty();
  }
}
