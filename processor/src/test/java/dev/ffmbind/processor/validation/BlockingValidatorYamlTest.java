package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blocking: true} in YAML: accepted on any function that is not critical, refused with the
 * function's position on a critical one. The annotation side is in BlockingDiagnosticsTest.
 */
class BlockingValidatorYamlTest {

  @Test
  void blockingFunctionsAreAccepted() {
    assertEquals(
        List.of(),
        problems(
            HEAD
                + """
            functions:
              - name: usleep
                params: [{name: usec, type: unsigned int}]
                returns: int
                errors: minus-one-errno
                blocking: true
              - name: add
                params: [{name: a, type: int}, {name: b, type: int}]
                returns: int
                critical: true
                blocking: false
            """));
  }

  @Test
  void aCriticalFunctionCannotBeBlocking() {
    assertEquals(
        List.of(
            "spec.yaml:7:5: error: [ffmbind.blocking.critical] usleep: a function cannot be both"
                + " blocking and critical: a critical call must be short, and a blocking one may"
                + " wait; remove critical or blocking"),
        problems(
            HEAD
                + """
            functions:
              - name: getpid
                returns: int
              - name: usleep
                params: [{name: usec, type: unsigned int}]
                returns: int
                critical: true
                blocking: true
            """));
  }

  @Test
  void blockingIsABoolean() {
    assertEquals(
        List.of(
            "spec.yaml:8:15: error: [ffmbind.yaml.wrong-type] 'blocking' must be true or false, but"
                + " is a string"),
        problems(
            HEAD
                + """
            functions:
              - name: usleep
                params: [{name: usec, type: unsigned int}]
                returns: int
                blocking: yes
            """));
  }
}
