package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.codegen.errors.ErrorConventions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which class holds each function's method handle. A binding whose handles fit in one static
 * initializer keeps them all in {@code Downcalls}, linked by {@code load()}; a larger one splits
 * them into parts nested in {@code Downcalls} ({@code Downcalls.Part0}, ...), each linked when one
 * of its functions is first called. Parts keep every static initializer far below the JVM's 64 KB
 * limit on a method's bytecode, which one holder of every handle exceeds at about 1 500 functions.
 */
final class HandleHolders {

  /**
   * At most this many handles per holder: enough that a binding of a few hundred functions keeps
   * one holder, few enough that the first call into a part links it in milliseconds.
   */
  static final int MAX_HANDLES = 256;

  /**
   * At most this many estimated bytes of static-initializer bytecode per holder: half the 64 KB
   * limit, for an estimate that is itself an upper bound (it binds for functions of many
   * parameters: 256 handles of three parameters each fit).
   */
  static final int MAX_BYTES = 32 * 1024;

  private final ClassName downcalls;
  private final List<List<ResolvedFunction>> parts;
  private final Map<String, ClassName> holders = new HashMap<>();

  private HandleHolders(ClassName downcalls, List<List<ResolvedFunction>> parts) {
    this.downcalls = downcalls;
    this.parts = parts;
    for (int i = 0; i < parts.size(); i++) {
      ClassName holder = isSplit() ? part(i) : downcalls;
      for (ResolvedFunction fn : parts.get(i)) {
        holders.put(fn.javaName(), holder);
      }
    }
  }

  /** Splits {@code functions}, in order, into holders of the limits above. */
  static HandleHolders of(ClassName downcalls, List<ResolvedFunction> functions) {
    List<List<ResolvedFunction>> parts = new ArrayList<>();
    List<ResolvedFunction> current = new ArrayList<>();
    int bytes = 0;
    for (ResolvedFunction fn : functions) {
      int cost = estimatedBytes(fn);
      if (!current.isEmpty() && (current.size() == MAX_HANDLES || bytes + cost > MAX_BYTES)) {
        parts.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(fn);
      bytes += cost;
    }
    parts.add(current);
    return new HandleHolders(downcalls, parts);
  }

  /**
   * An upper bound of the bytecode that links one handle: about 48 bytes to load linker, lookup and
   * symbol, call, and store the handle; 7 to 9 per layout of the descriptor (a getstatic, an index
   * and an aastore); about 12 per linker option; more for an optional or versioned symbol, which
   * goes through {@code Libraries}.
   */
  static int estimatedBytes(ResolvedFunction fn) {
    int bytes = 48 + 10 * (fn.params().size() + 1);
    if (fn.model().critical()) {
      bytes += 16;
    }
    if (ErrorConventions.of(fn.errorKind()).capturesErrno()) {
      bytes += 16;
    }
    if (fn.model().optional() || fn.model().isVersioned()) {
      bytes += 24;
    }
    return bytes;
  }

  /** The {@code Downcalls} class: every handle's holder, or the class the parts are nested in. */
  ClassName downcalls() {
    return downcalls;
  }

  /** Whether the handles are split into parts (otherwise {@code Downcalls} holds them all). */
  boolean isSplit() {
    return parts.size() > 1;
  }

  /** The functions of each holder, in order: one list unless {@link #isSplit()}. */
  List<List<ResolvedFunction>> parts() {
    return parts;
  }

  /** The name of part {@code index}, nested in {@code Downcalls}. */
  ClassName part(int index) {
    return downcalls.nestedClass("Part" + index);
  }

  /** The class whose static field holds the handle of {@code fn}. */
  ClassName holderOf(ResolvedFunction fn) {
    return holders.get(fn.javaName());
  }
}
