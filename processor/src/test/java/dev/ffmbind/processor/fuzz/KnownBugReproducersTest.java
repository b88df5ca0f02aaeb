package dev.ffmbind.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link KnownBug} honest: each reproducer must still break the property it names. When one
 * stops failing, its bug was fixed: delete the entry, the generator code that avoided it, and make
 * the reproducer a regression test.
 */
class KnownBugReproducersTest {

  static Stream<KnownBug> knownBugs() {
    return Stream.of(KnownBug.values());
  }

  // No bug may be open: the list is then empty, which is fine.
  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("knownBugs")
  void reproducerStillFails(KnownBug bug) {
    Optional<Fuzz.Violation> violation =
        switch (bug.frontEnd) {
          case YAML -> Oracle.yaml(bug.reproducer);
          case ANNOTATIONS ->
              Oracle.annotations(List.of(JavaFileObjects.forSourceString("t.L", bug.reproducer)));
        };
    assertTrue(
        violation.isPresent(),
        bug
            + " no longer reproduces: if it was fixed, delete the"
            + " KnownBug entry and the generator code that avoided it, and keep the reproducer as a"
            + " regression test:\n"
            + bug.reproducer);
    assertTrue(
        violation.get().signature().startsWith(bug.property + ":"),
        bug + " now fails property " + violation.get() + " instead of " + bug.property);
  }
}
