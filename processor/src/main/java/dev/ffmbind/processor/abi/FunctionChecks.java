package dev.ffmbind.processor.abi;

import static dev.ffmbind.processor.abi.CheckKinds.PREVIOUS;
import static dev.ffmbind.processor.abi.CheckKinds.compilerText;
import static dev.ffmbind.processor.abi.CheckKinds.expansion;
import static dev.ffmbind.processor.abi.CheckKinds.label;
import static dev.ffmbind.processor.abi.CheckKinds.normalized;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The check of function prototypes: each function's return type, parameter count and parameter
 * types against the header's declaration.
 */
final class FunctionChecks {

  private FunctionChecks() {}

  /** Each function's prototype: return type, parameter count and every parameter's type. */
  static final class Functions implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (FunctionModel f : ctx.model().functions()) {
        String symbol =
            f.cSymbol().contains("@")
                ? f.cSymbol().substring(0, f.cSymbol().indexOf('@'))
                : f.cSymbol();
        boolean variadic = f.params().stream().anyMatch(ParamModel::variadic);
        Optional<String> pointer =
            ctx.names().functionType(f.params(), f.returns().cType(), "*", variadic);
        Optional<String> declaration =
            ctx.names().functionType(f.params(), f.returns().cType(), symbol, variadic);
        if (pointer.isPresent() && declaration.isPresent()) {
          checks.add(new FunctionCheck(ctx, f, symbol, pointer.get(), declaration.get(), id++));
        }
      }
      return checks;
    }
  }

  /** The header's prototype as gcc prints it, split. */
  record HeaderPrototype(String file, String returns, List<String> params, boolean variadic) {

    /** Splits {@code int(Bytef *, uLongf *)}: the last top-level parenthesis is the list. */
    static Optional<HeaderPrototype> parse(String file, String text) {
      String t = text.strip();
      if (!t.endsWith(")")) {
        return Optional.empty();
      }
      int depth = 0;
      int open = -1;
      for (int i = t.length() - 1; i >= 0; i--) {
        char c = t.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
      if (open < 0) {
        return Optional.empty();
      }
      List<String> params = new ArrayList<>();
      String inside = t.substring(open + 1, t.length() - 1);
      int start = 0;
      depth = 0;
      for (int i = 0; i <= inside.length(); i++) {
        char c = i == inside.length() ? ',' : inside.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == ',' && depth == 0) {
          params.add(inside.substring(start, i).strip());
          start = i + 1;
        }
      }
      if (params.size() == 1 && (params.get(0).equals("void") || params.get(0).isEmpty())) {
        params.clear();
      }
      boolean variadic = !params.isEmpty() && params.get(params.size() - 1).equals("...");
      if (variadic) {
        params.remove(params.size() - 1);
      }
      return Optional.of(new HeaderPrototype(file, t.substring(0, open).strip(), params, variadic));
    }
  }

  private static final class FunctionCheck implements Check {
    private final Context ctx;
    private final FunctionModel f;
    private final String symbol;
    private final String pointer;
    private final String declaration;
    private final List<ParamModel> fixed;
    private final boolean variadic;
    private Optional<HeaderPrototype> header = Optional.empty();
    private Optional<HeaderPrototype> aka = Optional.empty();

    FunctionCheck(
        Context ctx, FunctionModel f, String symbol, String pointer, String declaration, int id) {
      this.ctx = ctx;
      this.f = f;
      this.symbol = symbol;
      this.pointer = pointer;
      this.declaration = declaration;
      this.fixed = f.params().stream().takeWhile(p -> !p.variadic()).toList();
      this.variadic = fixed.size() < f.params().size();
    }

    @Override
    public SourceRef ref() {
      return f.ref();
    }

    @Override
    public String claim() {
      // The assertion is the check; the redeclaration makes gcc quote the header's prototype.
      return "_Static_assert(__builtin_types_compatible_p(__typeof__(&"
          + symbol
          + "), "
          + pointer
          + "), "
          + label(symbol)
          + ");\n"
          + declaration
          + ";\n";
    }

    @Override
    public String explain(List<CDiagnostic> claim) {
      for (CDiagnostic d : claim) {
        Matcher m = PREVIOUS.matcher(d.text());
        if (d.kind().equals("note") && m.find() && m.group(1).equals(symbol)) {
          header = HeaderPrototype.parse(d.fileName(), m.group(2));
          if (m.group(3) != null) {
            aka = HeaderPrototype.parse(d.fileName(), m.group(3));
          }
        }
      }
      if (header.isEmpty() || header.get().params().size() != fixed.size()) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < fixed.size(); i++) {
        sb.append(
            compatible(
                ctx.names().typeName(fixed.get(i).cType()).orElse("void"),
                header.get().params().get(i)));
      }
      sb.append(
          compatible(
              ctx.names().typeName(f.returns().cType()).orElse("void"), header.get().returns()));
      return sb.toString();
    }

    private static String compatible(String spec, String header) {
      return "_Static_assert(__builtin_types_compatible_p(" + spec + ", " + header + "), \"\");\n";
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed()) {
        return;
      }
      if (e.undeclared()) {
        diagnostics.error(f.ref(), Message.ABI_MISSING, "function", symbol, ctx.headers());
        return;
      }
      if (header.isEmpty()
          && e.claim().stream()
              .noneMatch(d -> d.isError() && d.text().contains("conflicting types"))) {
        // The header accepts the spec's redeclaration: only a function attribute of the header's
        // (gcc's const or pure, as glibc's div has) made the types differ for the assertion.
        return;
      }
      if (header.isEmpty()) {
        unexplained(e, diagnostics, "");
        return;
      }
      HeaderPrototype h = header.get();
      if (h.params().size() != fixed.size()) {
        diagnostics.error(
            f.ref(),
            Message.ABI_PARAM_COUNT,
            f.javaName(),
            fixed.size(),
            h.file(),
            h.params().size(),
            h.returns() + " " + symbol + "(" + String.join(", ", h.params()) + ")");
        return;
      }
      boolean reported = false;
      boolean accepted = false;
      for (int i = 0; i < fixed.size(); i++) {
        if (e.explainLine(i + 1).stream().anyMatch(CDiagnostic::isError)) {
          ParamModel p = fixed.get(i);
          int index = i;
          String headerType = aka.map(a -> a.params().get(index)).orElse(h.params().get(index));
          if (sameAbi(p.cType(), headerType)) {
            accepted = true;
            continue;
          }
          diagnostics.error(
              p.ref(),
              Message.ABI_PARAM_TYPE,
              f.javaName(),
              p.name(),
              p.cType().spelling(),
              expansion(ctx, p.cType()),
              h.file(),
              h.params().get(i),
              akaOf(aka.map(a -> a.params().get(index)), h.params().get(index)));
          reported = true;
        }
      }
      CTypeExpr r = f.returns().cType();
      boolean returnDiffers =
          e.explainLine(fixed.size() + 1).stream().anyMatch(CDiagnostic::isError);
      if (returnDiffers && sameAbi(r, aka.map(HeaderPrototype::returns).orElse(h.returns()))) {
        accepted = true;
      } else if (returnDiffers) {
        diagnostics.error(
            f.returns().ref(),
            Message.ABI_RETURN_TYPE,
            f.javaName(),
            r.spelling(),
            expansion(ctx, r),
            h.file(),
            h.returns(),
            akaOf(aka.map(HeaderPrototype::returns), h.returns()));
        reported = true;
      }
      if (!reported && (!accepted || variadic != h.variadic())) {
        String why =
            variadic != h.variadic()
                ? (h.variadic() ? "; the header's is variadic" : "; the header's is not variadic")
                : "";
        unexplained(e, diagnostics, why);
      }
    }

    /**
     * The differences the check accepts because they travel the same way and the spec's syntax asks
     * for them: a spec {@code void*} for any object pointer ({@code char**} cannot be written
     * otherwise), and a {@code char} pointer for an {@code unsigned char} or {@code signed char}
     * one (Java strings are {@code char*}).
     */
    private boolean sameAbi(CTypeExpr spec, String header) {
      CTypeExpr expanded = ctx.names().expandKeepingNames(spec);
      String h = header.strip();
      if (expanded == null || h.contains("(") || !h.endsWith("*")) {
        return false;
      }
      if (expanded.pointers() == 1 && expanded.base().equals("void") && !expanded.isArray()) {
        return true;
      }
      Optional<CTypeExpr> ht = CTypeExpr.parse(h);
      Set<String> chars = Set.of("char", "unsigned char", "signed char");
      return ht.isPresent()
          && chars.contains(expanded.base())
          && chars.contains(ht.get().base())
          && expanded.pointers() == ht.get().pointers()
          && expanded.constPointee() == ht.get().constPointee();
    }

    private static String akaOf(Optional<String> aka, String spelling) {
      if (aka.isEmpty()) {
        return "";
      }
      String a = normalized(aka.get());
      return a.equals(normalized(spelling)) ? "" : " (" + a + ")";
    }

    private void unexplained(Evidence e, Diagnostics diagnostics, String why) {
      String headerText =
          header
              .map(
                  h ->
                      ": '"
                          + h.returns()
                          + " "
                          + symbol
                          + "("
                          + String.join(", ", h.params())
                          + (h.variadic() ? ", ..." : "")
                          + ")'"
                          + why)
              .orElse(why.isEmpty() ? " (" + compilerText(e) + ")" : why);
      diagnostics.error(
          f.ref(),
          Message.ABI_PROTOTYPE,
          f.javaName(),
          declaration,
          header.map(HeaderPrototype::file).orElse(ctx.headers()),
          headerText);
    }
  }
}
