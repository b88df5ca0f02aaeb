package dev.ffmbind.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code blocks in the docs that show a whole file of the repository are that file, byte for byte.
 * Such a block is preceded by a marker naming the file, relative to the repository root:
 *
 * <pre>{@code
 * <!-- file: examples/consumer/pom.xml -->
 * }</pre>
 *
 * <p>docs/getting-started.md shows the consumer project this way, which the test command builds
 * (examples/pom.xml), so what the docs tell users to write is what is built and tested.
 */
class DocsFilesTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MARKED =
      Pattern.compile("<!-- file: (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyMarkedBlockIsItsFile() throws IOException {
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(REPO.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    docs.add(REPO.resolve("README.md"));
    List<String> problems = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Path doc : docs) {
      String text = Files.readString(doc);
      int markers = text.split("<!-- file: ", -1).length - 1;
      Matcher m = MARKED.matcher(text);
      int blocks = 0;
      while (m.find()) {
        blocks++;
        Path file = REPO.resolve(m.group(1));
        shown.add(m.group(1));
        if (!Files.isRegularFile(file)) {
          problems.add(REPO.relativize(doc) + " shows " + m.group(1) + ", which does not exist");
        } else if (!Files.readString(file).equals(m.group(2))) {
          problems.add(
              REPO.relativize(doc)
                  + " shows "
                  + m.group(1)
                  + " differently; copy the file into the block (or the block into the file)");
        }
      }
      if (blocks != markers) {
        problems.add(REPO.relativize(doc) + ": a file marker is not directly before a code block");
      }
    }
    assertEquals(List.of(), problems);
    for (String consumerFile :
        List.of(
            "examples/consumer/pom.xml",
            "examples/consumer/src/main/resources/com/example/libc/libc.yaml",
            "examples/consumer/src/main/java/com/example/libc/package-info.java",
            "examples/consumer/src/main/java/com/example/libc/LibcApi.java")) {
      assertTrue(
          shown.contains(consumerFile), "getting-started.md no longer shows " + consumerFile);
    }
  }
}
