package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * One kind of claim a spec makes about its headers (function prototypes, typedef sizes, enum
 * values, ...). A kind turns a spec into {@link Check}s; {@link AbiCheck} compiles them all in one
 * translation unit and hands each failed check the compiler's evidence. A new kind (struct and
 * union layouts) is one more implementation added to {@link AbiCheck#KINDS}.
 */
interface CheckKind {

  /** The claims of this kind that {@code context}'s spec makes. */
  List<Check> checks(Context context);

  /**
   * What every check sees.
   *
   * @param model the binding
   * @param names writes the spec's types in C
   * @param headers the headers, as messages name them ({@code zlib.h})
   */
  record Context(LibraryModel model, CTypeNames names, String headers) {}

  /**
   * What the compiler said about one check.
   *
   * @param claim the diagnostics of the claim's lines (and the notes that follow them)
   * @param explain the diagnostics of the explanation's lines, their lines counted from 1 at the
   *     explanation's first line
   * @param probe the preprocessed text of the check's {@link Check#probe()}, if it has one
   */
  record Evidence(List<CDiagnostic> claim, List<CDiagnostic> explain, Optional<String> probe) {

    /** Whether the claim failed to compile. */
    boolean claimFailed() {
      return claim.stream().anyMatch(CDiagnostic::isError);
    }

    /** Whether a diagnostic of the claim says a name is not declared at all. */
    boolean undeclared() {
      return claim.stream()
          .anyMatch(
              d ->
                  d.isError()
                      && (d.text().contains("undeclared")
                          || d.text().contains("unknown type name")
                          || d.text().startsWith("expected ")));
    }

    /** The explanation's diagnostics on one of its lines (1-based). */
    List<CDiagnostic> explainLine(int line) {
      return explain.stream().filter(d -> d.line() == line).toList();
    }
  }

  /** One claim of the spec, stated in C. */
  interface Check {

    /** Where the spec makes the claim. */
    SourceRef ref();

    /**
     * C lines that compile without errors when the claim holds ({@code _Static_assert(...);}), each
     * ending in a newline; empty when only the probe can check it.
     */
    String claim();

    /**
     * C lines, compiled only when the claim failed, that make the compiler describe the header's
     * side (its spelling, size or value) in an error; empty when there is nothing to ask.
     */
    default String explain(List<CDiagnostic> claim) {
      return "";
    }

    /** Text to preprocess (a macro to expand); empty when the check needs none. */
    default String probe() {
      return "";
    }

    /** Reports the problem the evidence shows, if any, in the spec's and the header's words. */
    void judge(Evidence evidence, Diagnostics diagnostics);
  }
}
