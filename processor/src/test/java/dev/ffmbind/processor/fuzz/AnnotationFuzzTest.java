package dev.ffmbind.processor.fuzz;

import org.junit.jupiter.api.Test;

/**
 * Fuzzes the annotation front end: generated interfaces and handle classes through javac with the
 * processor ({@link Oracle}). Bounded here; {@code -Dffmbind.fuzz.tries=N} for a long run
 * (docs/fuzzing.md).
 */
class AnnotationFuzzTest {

  @Test
  void everyInterfaceIsHandledCleanly() {
    try {
      Fuzz.run(
          "annotations",
          Fuzz.tries(40),
          InterfaceGenerator::generate,
          InterfaceGenerator.Sources::toString,
          sources -> Oracle.annotations(sources.javaFiles()));
    } finally {
      System.out.println("[ffmbind.fuzz] annotation outcomes: " + Oracle.outcomes());
    }
  }
}
