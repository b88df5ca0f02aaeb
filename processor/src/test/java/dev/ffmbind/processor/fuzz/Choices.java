package dev.ffmbind.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of every decision a generator makes: a sequence of small integers. A fresh sequence is
 * drawn at random; a recorded one is replayed, which is how {@link Fuzz} shrinks a failing input
 * (it edits the recorded sequence and generates again). Generators are written so that smaller
 * numbers mean simpler input: choice {@code 0} is "leave it out", "the first option", "an empty
 * list".
 */
final class Choices {

  private final int[] prefix;
  private final SplittableRandom random;
  private final List<Integer> recorded = new ArrayList<>();
  private int position;

  private Choices(int[] prefix, SplittableRandom random) {
    this.prefix = prefix;
    this.random = random;
  }

  /** Random choices from a seed. */
  static Choices random(long seed) {
    return new Choices(new int[0], new SplittableRandom(seed));
  }

  /** Replays {@code choices}; past their end every choice is 0. */
  static Choices replay(int[] choices) {
    return new Choices(choices.clone(), null);
  }

  /** A number in {@code [0, bound)}. */
  int below(int bound) {
    if (bound <= 1) {
      return 0;
    }
    int value;
    if (position < prefix.length) {
      value = Math.min(Math.max(prefix[position], 0), bound - 1);
    } else if (random != null) {
      value = random.nextInt(bound);
    } else {
      value = 0;
    }
    position++;
    recorded.add(value);
    return value;
  }

  /** True with the given percent probability; the shrunk value is false. */
  boolean chance(int percent) {
    return below(100) >= 100 - percent;
  }

  /**
   * Whether a list gets another element. Lists are written as "another? element another? element
   * ... no": deleting an element's choices, or zeroing its "another", shortens the list without
   * disturbing the rest, which is what makes lists shrink.
   */
  boolean another(int percent) {
    return chance(percent);
  }

  /** True with the given percent probability; the shrunk value is true. */
  boolean usually(int percent) {
    return below(100) < percent;
  }

  /** One of {@code options}; the shrunk value is the first. */
  @SafeVarargs
  final <T> T pick(T... options) {
    return options[below(options.length)];
  }

  /** One of {@code options}; the shrunk value is the first. */
  <T> T pick(List<T> options) {
    return options.get(below(options.size()));
  }

  /** The choices made so far. */
  int[] recorded() {
    return recorded.stream().mapToInt(Integer::intValue).toArray();
  }
}
