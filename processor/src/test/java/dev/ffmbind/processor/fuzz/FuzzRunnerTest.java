package dev.ffmbind.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The runner itself, on a cheap property: determinism and shrinking. */
class FuzzRunnerTest {

  /** Up to 20 numbers below 1000, written as the generators write lists. */
  private static final Function<Choices, List<Integer>> NUMBERS =
      c -> {
        List<Integer> out = new ArrayList<>();
        while (out.size() < 20 && c.another(90)) {
          out.add(c.below(1000));
        }
        return out;
      };

  private static Optional<Fuzz.Violation> noneAtLeast500(List<Integer> numbers) {
    return numbers.stream().anyMatch(x -> x >= 500)
        ? Optional.of(new Fuzz.Violation("x: big number", numbers.toString()))
        : Optional.empty();
  }

  @Test
  void aFailureShrinksToTheSmallestInput() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                Fuzz.run("numbers", 100, NUMBERS, List::toString, FuzzRunnerTest::noneAtLeast500));
    assertTrue(error.getMessage().contains("--- shrunk input:\n[500]\n"), error.getMessage());
  }

  @Test
  void theSameSeedGivesTheSameInputs() {
    List<Integer> first = NUMBERS.apply(Choices.random(42));
    assertEquals(first, NUMBERS.apply(Choices.random(42)));
    Choices recorded = Choices.random(42);
    NUMBERS.apply(recorded);
    assertEquals(first, NUMBERS.apply(Choices.replay(recorded.recorded())));
  }
}
