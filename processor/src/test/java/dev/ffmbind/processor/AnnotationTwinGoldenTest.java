package dev.ffmbind.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One model, two front ends: an annotated interface that says what a YAML spec says generates the
 * same binding. Each {@code annotation_X} golden below is the twin of the YAML golden {@code X};
 * their outputs must be equal from the first member of the class on, once the class name (the
 * annotation front end's {@code Clock_Ffm}, YAML's {@code Clock}) and the {@code @Override}s on
 * methods that implement the interface are set aside. The class headers (source, Javadoc) differ by
 * nature and are not compared, nor are callback interfaces: YAML generates them into the class,
 * with annotations the user writes them into the interface ({@code Events.OnEvent}).
 */
class AnnotationTwinGoldenTest {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({
    "struct_calls, Clock",
    "enums, Paint",
    "resident, Streams",
    "callbacks_structs, Events"
  })
  void theAnnotatedTwinGeneratesTheSameBinding(String yaml, String className) throws IOException {
    String fromYaml =
        withoutCallbackInterfaces(body(ROOT.resolve(yaml).resolve("Expected.java"), className));
    String fromAnnotations =
        body(ROOT.resolve("annotation_" + yaml).resolve("Expected.java"), className + "_Ffm")
            // a callback interface the user nested in the interface, named as YAML's nested one
            .replaceAll("\\b" + className + "\\.(?=[A-Z])", "")
            .replaceAll("\\b" + className + "_Ffm\\b", className);
    assertEquals(fromYaml, fromAnnotations, yaml);
  }

  /** The class from its first field on, without the {@code @Override} lines. */
  private static String body(Path file, String className) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int start = lines.indexOf("public final class " + className + " {");
    if (start < 0) {
      start =
          lines.indexOf(
              "public final class " + className + " implements " + stripFfm(className) + " {");
    }
    return lines.subList(start + 1, lines.size()).stream()
        .filter(l -> !l.strip().equals("@Override"))
        .collect(Collectors.joining("\n"));
  }

  /**
   * The body without the callback interfaces YAML generates: each from its Javadoc through its
   * closing brace and the blank line after it.
   */
  private static String withoutCallbackInterfaces(String body) {
    String javadoc = "\n  /\\*\\*\n(?:   \\*[^\n]*\n)*?";
    String declaration = "  @FunctionalInterface\n  public interface .*?\n  }\n";
    return body.replaceAll("(?s)" + javadoc + declaration, "");
  }

  private static String stripFfm(String className) {
    return className.endsWith("_Ffm") ? className.substring(0, className.length() - 4) : className;
  }
}
