package dev.ffmbind.processor.codegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Javadoc comments are word-wrapped to the column limit at their indentation. */
class JavadocTest {

  @Test
  void wrapsProseAndIndentsTagContinuations() {
    String words = "word ".repeat(40).strip();
    String doc =
        Javadoc.summary(Prose.of("Summary. $L", words))
            .param("x", Prose.text(words))
            .render(1)
            .toString();
    for (String line : doc.split("\n")) {
      assertTrue(line.length() <= Javadoc.width(1), line);
    }
    assertTrue(doc.startsWith("Summary. word word"), doc);
    assertTrue(doc.contains("\n@param x word word"), doc);
    assertTrue(doc.contains("\n    word word"), doc);
  }

  @Test
  void typesAreMeasuredByTheirSimpleNamesAndInlineTagsStayWhole() {
    ClassName type = ClassName.get("com.example.very.long.pkg", "Outer", "Inner");
    List<Prose.Word> words = Prose.of("see {@link $T} and {@code a b}", type).words();
    assertEquals(
        List.of(3, "{@link Outer.Inner}".length(), 3, "{@code a b}".length()),
        words.stream().map(Prose.Word::width).toList());
  }

  @Test
  void specDocsBecomeParagraphsAfterTheSummary() {
    String doc =
        Javadoc.specDoc("First para.\n\nSecond */ para.", Prose.of("unused")).render(0).toString();
    assertEquals("First para.\n\n<p>Second *&#47; para.\n", doc);
  }

  @Test
  void aSpecDocSummaryIsASentence() {
    assertEquals(
        "Compares two ints.\n",
        Javadoc.specDoc("Compares two ints", Prose.of("unused")).render(1).toString());
    assertEquals(
        "Is it? Yes\n", Javadoc.specDoc("Is it? Yes", Prose.of("unused")).render(1).toString());
    assertEquals(
        "Calls {@code f}.\n",
        Javadoc.specDoc("\u0000\u0001", Prose.of("Calls {@code f}.")).render(1).toString());
  }

  @Test
  void longDeclarationsBreakAfterCommas() {
    assertEquals(
        List.of("int f(int a, int b,", "    int c)"),
        Javadoc.cDeclaration("int f(int a, int b, int c)", 20));
  }

  @Test
  void aCommentNeedsASummary() {
    assertThrows(IllegalArgumentException.class, () -> Javadoc.summary(Prose.of("")));
  }
}
