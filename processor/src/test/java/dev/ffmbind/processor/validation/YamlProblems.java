package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import java.util.List;

/**
 * Runs a YAML spec through the reader and the validator, as the processor does, for validator
 * tests.
 */
final class YamlProblems {

  private YamlProblems() {}

  /** The first lines every test spec needs. */
  static final String HEAD =
      """
      library: ffmbindtest
      package: demo
      class: Spec
      """;

  /**
   * Every diagnostic of {@code spec.yaml}, formatted as {@code spec.yaml:line:col: error: [id]
   * text}.
   */
  static List<String> problems(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    YamlSpecReader.read("spec.yaml", yaml, diagnostics)
        .ifPresent(model -> new Validator().validate(model, diagnostics));
    return diagnostics.all().stream().map(Diagnostic::format).toList();
  }
}
