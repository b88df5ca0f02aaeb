package dev.ffmbind.processor.codegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of generated code find what they are about. {@code GoldenTest} applies them to
 * every golden, and integration-tests to every binding its build generates.
 */
class SourceStyleTest {

  @Test
  void theRulesFindWhatTheyAreAbout() {
    String source =
        String.join(
            "\n",
            "class A {",
            "  /**",
            "   * @param x no summary",
            "   */",
            "  void f(int x) {\t}",
            "  int y; ",
            "  // " + "x".repeat(100),
            "  /**",
            "   * Summary without a period",
            "   *",
            "   * <p>More.",
            "   */",
            "  /**",
            "   * A summary. Then more",
            "   */",
            "}");
    assertEquals(
        List.of(
            "A.java:2: a javadoc comment without a summary sentence",
            "A.java:5: a tab",
            "A.java:6: trailing whitespace",
            "A.java:7: 105 columns",
            "A.java:8: a javadoc comment without a summary sentence"),
        SourceStyle.problems("A.java", source));
  }
}
