package dev.ffmbind.processor;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.annotation.ElementRef;
import java.io.IOException;
import java.nio.file.Path;
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

  /**
   * A spec's name (for messages) and content, which the YAML reader decodes as UTF-8.
   *
   * @param file the spec's file on disk, where a user would edit it, if it is a file
   */
  record Spec(String fileName, byte[] content, Optional<Path> file) {}

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

  /** Where builds keep the sources of what they copy to the class path, under the project. */
  private static final List<String> SOURCE_ROOTS =
      List.of("src/main/resources", "src/test/resources", "src/main/java", "src/test/java");

  /**
   * The file to point diagnostics at. Maven and Gradle copy resources to the class path before
   * javac runs, so a spec found there (target/classes/com/x/x.yaml) is a copy: the file the user
   * edits is the one with the same content under a source root of the project (src/main/resources
   * /com/x/x.yaml), looked for two levels up, as build directories sit (target/classes,
   * build/resources/main). Without such a file, the found one.
   */
  static Optional<Path> editable(FileObject file, String resource, byte[] content) {
    Path found;
    try {
      found = Path.of(file.toUri()).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
      return Optional.empty(); // in memory or in a jar: only its name is known
    }
    Path inRoot = Path.of(resource).normalize();
    if (found.endsWith(inRoot) && found.getNameCount() > inRoot.getNameCount() + 2) {
      Path root =
          found.getRoot().resolve(found.subpath(0, found.getNameCount() - inRoot.getNameCount()));
      Path project = root.getParent().getParent();
      for (String sourceRoot : SOURCE_ROOTS) {
        Path candidate = project.resolve(sourceRoot).resolve(inRoot);
        if (!candidate.equals(found) && sameContent(candidate, content)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.of(found);
  }

  private static boolean sameContent(Path candidate, byte[] content) {
    try {
      return java.nio.file.Files.isRegularFile(candidate)
          && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(candidate), content);
    } catch (IOException | SecurityException e) {
      return false;
    }
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
        byte[] content = in.readAllBytes();
        String resource =
            packageName.isEmpty() ? relative : packageName.replace('.', '/') + "/" + relative;
        return Optional.of(new Spec(relative, content, editable(file, resource, content)));
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
