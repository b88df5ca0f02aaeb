package dev.ffmbind.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of the catalogue has a negative test: some test under {@code src/test/java} asserts
 * its rendered tag, {@code [ffmbind.some.id]}. A new {@link Message} without one fails here, naming
 * it.
 */
class MessageCoverageTest {

  private static final Path TESTS = Path.of("src/test/java");

  /**
   * Ids that cannot be provoked from user input, each with the reason. Keep it empty when possible:
   * an entry whose id is covered after all, or is no longer in the catalogue, fails.
   */
  private static final Map<String, String> EXEMPT = Map.of();

  @Test
  void everyMessageIdIsAssertedBySomeTest() {
    String tests = testSources();
    List<String> uncovered =
        Arrays.stream(Message.values())
            .map(Message::id)
            .filter(id -> !EXEMPT.containsKey(id))
            .filter(id -> !tests.contains("[" + id + "]"))
            .toList();
    assertEquals(
        List.of(),
        uncovered,
        "message ids no test asserts; add a negative test for each (or an explained exemption)");
  }

  @Test
  void exemptionsAreStillNeeded() {
    String tests = testSources();
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    List<String> stale =
        EXEMPT.keySet().stream()
            .filter(id -> !ids.contains(id) || tests.contains("[" + id + "]"))
            .sorted()
            .toList();
    assertEquals(List.of(), stale, "exemptions that are covered or no longer exist");
  }

  /** All test sources but this one, concatenated. */
  private static String testSources() {
    Path self = TESTS.resolve(MessageCoverageTest.class.getName().replace('.', '/') + ".java");
    try (Stream<Path> files = Files.walk(TESTS)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (!file.equals(self)) {
          all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
