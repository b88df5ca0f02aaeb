package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Affmbind.timing=true} reports the processor's own time and the generated lines in one
 * note when processing ends (benchmarks/scaling.sh reads it); without the option there is none.
 */
class ProcessorTimingTest {

  private static final Pattern NOTE =
      Pattern.compile(
          "\\[ffmbind\\] processor time: (\\d+) ms \\(read and validate (\\d+) ms, generate (\\d+)"
              + " ms, write (\\d+) ms; (\\d+) ms CPU of all javac threads meanwhile\\) for (\\d+)"
              + " binding\\(s\\), (\\d+) generated lines");

  private static JavaFileObject source() {
    return Sources.libc("int abs(int v);", "@CType(\"size_t\") long strlen(String s);");
  }

  private static long notes(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .filter(d -> d.getMessage(null).contains("[ffmbind] processor time"))
        .count();
  }

  @Test
  void theOptionReportsTimeAndLinesOnce() {
    Compilation c =
        javac()
            .withProcessors(new FfmbindProcessor())
            .withOptions("-Xlint:all", "-Werror", "-Affmbind.timing=true")
            .compile(source());
    assertThat(c).succeededWithoutWarnings();
    assertEquals(1, notes(c));
    String note =
        c.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
            .map(d -> d.getMessage(null))
            .filter(m -> m.contains("[ffmbind] processor time"))
            .findFirst()
            .orElseThrow();
    Matcher m = NOTE.matcher(note);
    assertTrue(m.matches(), note);
    long total = Long.parseLong(m.group(1));
    long parts = 0;
    for (int i = 2; i <= 4; i++) {
      parts += Long.parseLong(m.group(i));
    }
    // The phases are parts of the total (each rounded down on its own).
    assertTrue(parts <= total, note);
    assertEquals(1, Integer.parseInt(m.group(6)), note);
    long lines = Sources.generated(c, "t.L_Ffm").lines().count();
    assertEquals(lines, Long.parseLong(m.group(7)), note);
  }

  @Test
  void withoutTheOptionThereIsNoNote() {
    Compilation c = Sources.compile(source());
    assertThat(c).succeededWithoutWarnings();
    assertEquals(0, notes(c));
  }
}
