package dev.ffmbind.processor.fuzz;

import org.junit.jupiter.api.Test;

/**
 * Fuzzes the YAML front end: generated and mutated specs through javac with the processor ({@link
 * Oracle}). Bounded here; {@code -Dffmbind.fuzz.tries=N} for a long run (docs/fuzzing.md).
 */
class YamlSpecFuzzTest {

  @Test
  void everySpecIsHandledCleanly() {
    try {
      Fuzz.run(
          "yaml",
          Fuzz.tries(100),
          SpecGenerator::generate,
          SpecGenerator.Spec::yaml,
          spec -> Oracle.yaml(spec.yaml()));
    } finally {
      System.out.println("[ffmbind.fuzz] yaml outcomes: " + Oracle.outcomes());
    }
  }
}
