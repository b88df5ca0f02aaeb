package dev.ffmbind.processor.codegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one escaping function per context. End to end, the {@code escaping} golden compiles a spec
 * full of these characters under {@code -Werror}; here each rule on its own.
 */
class EscapesTest {

  @Test
  void javadocTextKeepsMarkupButNothingThatBreaksTheComment() {
    assertEquals(
        "a <b>bold</b> &amp; &lt; 3 &amp;&amp; &lt;= x &lt;>",
        Escapes.javadocText("a <b>bold</b> & < 3 && <= x <>"));
    assertEquals("&amp; &lt; &#92; {@code x}", Escapes.javadocText("&amp; &lt; \\ {@code x}"));
    assertEquals("ends *&#47; here", Escapes.javadocText("ends */ here"));
    assertEquals("&#92;uXYZW and &#92;u0041", Escapes.javadocText("\\uXYZW and \\u0041"));
    assertEquals("&#64;param x, a@b, {@code y}", Escapes.javadocText("@param x, a@b, {@code y}"));
  }

  @Test
  void everyLineTerminatorBecomesANewline() {
    assertEquals("a\nb\nc\nd\ne\nf", Escapes.javadocText("a\r\nb\rc\u2028d\u2029e\u0085f"));
    assertEquals(
        List.of("one\ntwo", "three"), Escapes.paragraphs("one\u2028two\u2029\u2029three\n"));
    assertEquals("x\u0000y".length(), Escapes.javadocText("x\u0000y").length());
    assertEquals("x y", Escapes.javadocText("x\u0000y"));
  }

  @Test
  void codeThatCannotStandInACodeTagBecomesEscapedHtml() {
    assertEquals("{@code const char*}", Escapes.javadocCode("const char*"));
    assertEquals("<code>a*&#47;b</code>", Escapes.javadocCode("a*/b"));
    assertEquals("<code>&#92;u0041</code>", Escapes.javadocCode("\\u0041"));
    assertEquals("<code>a}b</code>", Escapes.javadocCode("a}b"));
    assertTrue(Escapes.isPlainCode("int f(struct {int a;} x)"));
    assertFalse(Escapes.isPlainCode("a\u2028b"));
  }

  @Test
  void stringLiteralsEscapeLineSeparatorsAndControlCharacters() {
    assertEquals("\"a\\u2028b\\u2029c\"", Escapes.stringLiteral("a\u2028b\u2029c").toString());
    assertEquals(
        "\"q\\\"\\\\u0041\\n\\0\\205\"",
        Escapes.stringLiteral("q\"\\u0041\n\u0000\u0085").toString());
  }

  @Test
  void lineCommentsAreOneLineWithoutUnicodeEscapes() {
    assertEquals("a b \\\\u000a c", Escapes.lineComment("a\u2028b \\u000a c"));
  }
}
