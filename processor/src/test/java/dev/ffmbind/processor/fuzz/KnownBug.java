package dev.ffmbind.processor.fuzz;

import dev.ffmbind.processor.fuzz.Oracle.FrontEnd;
import dev.ffmbind.processor.fuzz.Yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Bugs the fuzzer finds that are not fixed yet (issue 9). While an entry is here, the generators do
 * not produce its class of input (each entry is consulted where that input would be made, through
 * {@link #avoid()}), so the properties pass and the build stays green; the assertions themselves
 * are never weakened.
 *
 * <p>Each entry carries a minimal reproducer. {@code KnownBugReproducersTest} checks that every
 * reproducer still fails its property. <b>Whoever fixes a bug</b> deletes its entry (the compiler
 * then shows the generator code that avoided it: delete that too) and turns the reproducer into a
 * named regression test next to the tests of the code they fixed.
 *
 * <p>{@code -Dffmbind.fuzz.includeKnownBugs=true} turns every switch off, to see the fuzzer find
 * them (docs/fuzzing.md).
 */
enum KnownBug {

// None open: the last three (docs with a unicode escape, a comment end, an @deprecated tag)
// were fixed by the one escaping path of generated javadoc; see FixedKnownBugsTest.
;

  /** Which front end the reproducer is for. */
  final FrontEnd frontEnd;

  /** The property it violates: a (crash), b (generated code / javac), c (location). */
  final String property;

  final String description;

  /** A minimal input: a YAML spec, or the Java source of {@code t.L}. */
  final String reproducer;

  /** For bugs a YAML mutation can reach: whether a tree contains one. */
  private final Predicate<Node> inTree;

  KnownBug(
      FrontEnd frontEnd,
      String property,
      String description,
      String reproducer,
      Predicate<Node> inTree) {
    this.frontEnd = frontEnd;
    this.property = property;
    this.description = description;
    this.reproducer = reproducer;
    this.inTree = inTree;
  }

  private static final boolean INCLUDE = Boolean.getBoolean("ffmbind.fuzz.includeKnownBugs");

  /** Whether generators must not produce this bug's class of input. */
  boolean avoid() {
    return !INCLUDE;
  }

  /** The avoided bugs a (mutated) spec tree contains. */
  static List<KnownBug> avoidedIn(Node root) {
    List<KnownBug> found = new ArrayList<>();
    for (KnownBug bug : values()) {
      if (bug.avoid() && bug.inTree != null && bug.inTree.test(root)) {
        found.add(bug);
      }
    }
    return found;
  }

  private static String spec(String body) {
    return "library: fuzz\npackage: fz\nclass: Fuzz\n" + body;
  }
}
