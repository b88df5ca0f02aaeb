package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A callback type declared twice in a YAML spec is reported at the second declaration. */
class DuplicateCallbackYamlTest {

  @Test
  void callbackTypeDeclaredTwice() {
    assertEquals(
        List.of(
            "spec.yaml:8:5: error: [ffmbind.callback.duplicate] callback type 'tick_fn' is"
                + " declared twice"),
        problems(
            YamlProblems.HEAD
                + """
            callbacks:
              - name: tick_fn
                params: [{name: i, type: int}]
                returns: int
              - name: tick_fn
                params: [{name: i, type: int}]
                returns: int
            functions:
              - name: apply
                params:
                  - {name: fn, type: tick_fn, lifetime: call}
                returns: int
            """));
  }
}
