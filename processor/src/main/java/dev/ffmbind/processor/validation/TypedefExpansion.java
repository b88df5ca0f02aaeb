package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A binding's typedefs, each expanded once. Expanding a type then costs one lookup, however long
 * the chain of typedefs behind it, and gives the same result as {@link CTypes#expand}.
 */
final class TypedefExpansion {

  private final Map<String, String> typedefs;

  /**
   * Each typedef name's expansion relative to the name itself: its final base, the pointers and
   * {@code const} the chain adds. Empty for a typedef that is malformed or leads into a cycle.
   */
  private final Map<String, Optional<CTypeExpr>> expanded;

  TypedefExpansion(Map<String, String> typedefs) {
    this.typedefs = Map.copyOf(typedefs);
    Map<String, Optional<CTypeExpr>> done = new HashMap<>();
    for (String name : this.typedefs.keySet()) {
      expandChain(name, done);
    }
    this.expanded = Map.copyOf(done);
  }

  /** The type with its typedefs expanded, or empty when a typedef is malformed or cyclic. */
  Optional<CTypeExpr> expand(CTypeExpr type) {
    if (!typedefs.containsKey(type.base())) {
      return Optional.of(type);
    }
    return expanded.get(type.base()).flatMap(e -> compose(type.spelling(), type, e));
  }

  /**
   * A use of a typedef ({@code outer}) with the typedef's expansion ({@code inner}) put in; empty
   * for a pointer to, or an array of, an array typedef ({@code uuid_t*}), as in {@link
   * CTypes#expand}.
   */
  private static Optional<CTypeExpr> compose(String spelling, CTypeExpr outer, CTypeExpr inner) {
    if (inner.isArray() && (outer.pointers() > 0 || outer.isArray())) {
      return Optional.empty();
    }
    return Optional.of(
        new CTypeExpr(
            spelling,
            inner.base(),
            outer.pointers() + inner.pointers(),
            outer.constPointee() || inner.constPointee(),
            inner.isArray() ? inner.arrayLength() : outer.arrayLength()));
  }

  /**
   * Whether the type, or a typedef it goes through, puts a pointer or an array around an array
   * typedef ({@code uuid_t*}, {@code uuid_t[4]}, {@code typedef uuid_t* p}): such a type does not
   * expand, and this tells it from a cycle.
   */
  boolean nestsArray(CTypeExpr type) {
    CTypeExpr current = type;
    Set<String> seen = new HashSet<>();
    while (typedefs.containsKey(current.base()) && seen.add(current.base())) {
      Optional<CTypeExpr> inner = expanded.get(current.base());
      if (inner.isPresent()) {
        return inner.get().isArray() && (current.pointers() > 0 || current.isArray());
      }
      Optional<CTypeExpr> step = CTypeExpr.parse(typedefs.get(current.base()));
      if (step.isEmpty()) {
        return false;
      }
      current = step.get();
    }
    return false;
  }

  /** Whether the typedef itself expands (it is well formed and leads to no cycle). */
  boolean expands(String typedef) {
    return expanded.get(typedef).isPresent();
  }

  /**
   * Follows the chain from {@code start} until a name whose expansion is known, a name that is no
   * typedef, a malformed typedef or a name seen before on this chain (a cycle); then records the
   * expansion of every name on the chain, last first. Iterative, so a long chain cannot overflow
   * the stack.
   */
  private void expandChain(String start, Map<String, Optional<CTypeExpr>> done) {
    List<String> chain = new ArrayList<>();
    List<CTypeExpr> steps = new ArrayList<>();
    Set<String> onChain = new HashSet<>();
    String name = start;
    Optional<CTypeExpr> rest;
    while (true) {
      if (done.containsKey(name)) {
        rest = done.get(name);
        break;
      }
      if (!typedefs.containsKey(name)) {
        rest = Optional.of(new CTypeExpr(name, name, 0, false));
        break;
      }
      if (!onChain.add(name)) {
        rest = Optional.empty();
        break;
      }
      chain.add(name);
      Optional<CTypeExpr> step = CTypeExpr.parse(typedefs.get(name));
      if (step.isEmpty()) {
        rest = Optional.empty();
        break;
      }
      steps.add(step.get());
      name = step.get().base();
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (rest.isPresent()) {
        rest = compose(chain.get(i), steps.get(i), rest.get());
      }
      done.put(chain.get(i), rest);
    }
  }
}
