package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The check kinds of today's model: one class per kind of declaration. */
final class CheckKinds {

  private CheckKinds() {}

  static final Pattern PREVIOUS =
      Pattern.compile("previous declaration of '(.*?)' with type '(.*?)'(?: \\{aka '(.*)'\\})?$");
  static final Pattern HAVE = Pattern.compile("; have '(.*?)'(?: \\{aka '(.*)'\\})?$");
  private static final Pattern TWO_DIMS = Pattern.compile("'char ?\\[(\\d+)\\]\\[(\\d+)\\]'");

  /** The text of a C string for a {@code _Static_assert} message. */
  static String label(String what) {
    return "\"ffmbind: " + what.replace("\\", "").replace("\"", "") + "\"";
  }

  /** {@code v} as a C integer constant of type long long. */
  static String cLong(long v) {
    return v == Long.MIN_VALUE ? "(-9223372036854775807LL - 1)" : "(" + v + "LL)";
  }

  /** The C type as gcc spells it, normalized as the spec would write it when possible. */
  static String normalized(String cSpelling) {
    return CTypeExpr.parse(cSpelling).map(CTypeExpr::canonical).orElse(cSpelling.strip());
  }

  /** {@code " (expanded)"} when the expanded C spelling differs from the spec's spelling. */
  static String expansion(Context ctx, CTypeExpr type) {
    Optional<String> name = ctx.names().typeName(type);
    if (name.isEmpty()) {
      return "";
    }
    String n = normalized(name.get());
    return n.equals(normalized(type.spelling())) ? "" : " (" + n + ")";
  }

  /** Lines naming the value of an integer expression through a type the compiler prints. */
  static String printValue(String expr, int id) {
    String name = "ffmbind_value_" + id;
    return "extern char "
        + name
        + "[(("
        + expr
        + ") < 0) + 1][((("
        + expr
        + ") < 0) ? -(long long) ("
        + expr
        + ") : (long long) ("
        + expr
        + ")) + 1]; extern int "
        + name
        + ";\n";
  }

  /** The value {@link #printValue} made the compiler print, if it did. */
  static Optional<String> printedValue(List<CDiagnostic> diagnostics) {
    for (CDiagnostic d : diagnostics) {
      Matcher m = TWO_DIMS.matcher(d.text());
      if (m.find()) {
        long magnitude = Long.parseLong(m.group(2)) - 1;
        return Optional.of((m.group(1).equals("2") ? "-" : "") + magnitude);
      }
    }
    return Optional.empty();
  }

  static String compilerText(Evidence e) {
    return e.claim().stream()
        .filter(CDiagnostic::isError)
        .map(CDiagnostic::text)
        .findFirst()
        .orElse("no details");
  }

  // --- functions ---------------------------------------------------------------------------------

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

  // --- typedefs and opaque types -----------------------------------------------------------------

  /** Each typedef of the spec exists and has the size of what the spec expands it to. */
  static final class Typedefs implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (String name : ctx.model().typedefs().keySet().stream().sorted().toList()) {
        if (ctx.model().enumType(name).isPresent() || ctx.model().callback(name).isPresent()) {
          continue; // checked by their own kinds
        }
        Optional<String> expanded = CTypeExpr.parse(name).flatMap(t -> ctx.names().typeName(t));
        if (expanded.isEmpty()) {
          continue;
        }
        int n = id++;
        String cName = ctx.names().base(name);
        SourceRef ref = ctx.model().typedefRef(name);
        checks.add(
            new Check() {
              @Override
              public SourceRef ref() {
                return ref;
              }

              @Override
              public String claim() {
                // The typedef line fails for a name that is not a type (a macro, a function).
                return "typedef "
                    + cName
                    + " ffmbind_typedef_"
                    + n
                    + ";\n_Static_assert(sizeof("
                    + cName
                    + ") == sizeof("
                    + expanded.get()
                    + "), "
                    + label(name)
                    + ");\n";
              }

              @Override
              public String explain(List<CDiagnostic> claim) {
                String v = "ffmbind_size_" + n;
                return "extern char "
                    + v
                    + "[sizeof("
                    + cName
                    + ")][sizeof("
                    + expanded.get()
                    + ")]; extern int "
                    + v
                    + ";\n";
              }

              @Override
              public void judge(Evidence e, Diagnostics diagnostics) {
                if (!e.claimFailed()) {
                  return;
                }
                if (e.undeclared()) {
                  diagnostics.error(ref, Message.ABI_MISSING, "typedef", name, ctx.headers());
                  return;
                }
                for (CDiagnostic d : e.explain()) {
                  Matcher m = TWO_DIMS.matcher(d.text());
                  if (m.find()) {
                    diagnostics.error(
                        ref,
                        Message.ABI_TYPEDEF_SIZE,
                        name,
                        normalized(expanded.get()),
                        m.group(2),
                        ctx.headers(),
                        m.group(1));
                    return;
                  }
                }
                diagnostics.error(
                    ref, Message.ABI_UNEXPECTED, "typedef '" + name + "'", compilerText(e));
              }
            });
      }
      return checks;
    }
  }

  /** Each opaque type exists (its size is not the spec's business). */
  static final class OpaqueTypes implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (OpaqueType o : ctx.model().opaqueTypes()) {
        String cName = ctx.names().base(o.cName());
        int n = id++;
        checks.add(
            new Check() {
              @Override
              public SourceRef ref() {
                return o.ref();
              }

              @Override
              public String claim() {
                return "typedef " + cName + " *ffmbind_opaque_" + n + ";\n";
              }

              @Override
              public void judge(Evidence e, Diagnostics diagnostics) {
                if (e.claimFailed()) {
                  diagnostics.error(
                      o.ref(), Message.ABI_MISSING, "opaque type", o.cName(), ctx.headers());
                }
              }
            });
      }
      return checks;
    }
  }

  // --- values ----------------------------------------------------------------------------------

  /** An integer the spec gives a name (an enum value, an integer constant). */
  private static final class IntegerValueCheck implements Check {
    private final Context ctx;
    private final SourceRef ref;
    private final String name;
    private final long value;
    private final int id;
    private final String what;
    private final Optional<EnumModel> owner;

    IntegerValueCheck(
        Context ctx,
        SourceRef ref,
        String name,
        long value,
        int id,
        String what,
        Optional<EnumModel> owner) {
      this.ctx = ctx;
      this.ref = ref;
      this.name = name;
      this.value = value;
      this.id = id;
      this.what = what;
      this.owner = owner;
    }

    @Override
    public SourceRef ref() {
      return ref;
    }

    @Override
    public String claim() {
      return "_Static_assert((" + name + ") == " + cLong(value) + ", " + label(name) + ");\n";
    }

    @Override
    public String explain(List<CDiagnostic> claim) {
      return printValue(name, id);
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed()) {
        return;
      }
      if (e.undeclared()) {
        diagnostics.error(ref, Message.ABI_MISSING, what, name, ctx.headers());
        return;
      }
      String header = printedValue(e.explain()).orElse("another value");
      if (owner.isPresent()) {
        diagnostics.error(
            ref, Message.ABI_ENUM_VALUE, owner.get().cName(), name, value, ctx.headers(), header);
      } else {
        diagnostics.error(
            ref, Message.ABI_CONSTANT_VALUE, name, Long.toString(value), ctx.headers(), header);
      }
    }
  }

  /** Each value of each enum. */
  static final class Enums implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (EnumModel e : ctx.model().enums()) {
        for (EnumModel.Value v : e.values()) {
          checks.add(
              new IntegerValueCheck(
                  ctx, v.ref(), v.name(), v.value(), 1000000 + id++, "enum value", Optional.of(e)));
        }
      }
      return checks;
    }
  }

  /** Each constant: integers and floating numbers by the compiler, strings by the preprocessor. */
  static final class Constants implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (ConstantModel c : ctx.model().constants()) {
        int n = id++;
        switch (c.value()) {
          case ConstantModel.IntegerValue v ->
              checks.add(
                  new IntegerValueCheck(
                      ctx, c.ref(), c.name(), v.value(), n, "constant", Optional.empty()));
          case ConstantModel.FloatingValue v -> checks.add(new FloatingCheck(ctx, c, v.value()));
          case ConstantModel.StringValue v -> checks.add(new StringCheck(ctx, c, v.value()));
        }
      }
      return checks;
    }
  }

  private static final class FloatingCheck implements Check {
    private final Context ctx;
    private final ConstantModel c;
    private final double value;

    FloatingCheck(Context ctx, ConstantModel c, double value) {
      this.ctx = ctx;
      this.c = c;
      this.value = value;
    }

    @Override
    public SourceRef ref() {
      return c.ref();
    }

    @Override
    public String claim() {
      // Compared in the header's own type, so that 0.1f matches the spec's 0.1.
      return "_Static_assert((double) ("
          + c.name()
          + ") == (double) (__typeof__("
          + c.name()
          + ")) "
          + Double.toString(value)
          + ", "
          + label(c.name())
          + ");\n";
    }

    @Override
    public String probe() {
      return c.name();
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed()) {
        return;
      }
      if (e.undeclared()) {
        diagnostics.error(c.ref(), Message.ABI_MISSING, "constant", c.name(), ctx.headers());
        return;
      }
      diagnostics.error(
          c.ref(),
          Message.ABI_CONSTANT_VALUE,
          c.name(),
          Double.toString(value),
          ctx.headers(),
          e.probe().map(String::strip).orElse("another value"));
    }
  }

  private static final class StringCheck implements Check {
    private final Context ctx;
    private final ConstantModel c;
    private final String value;

    StringCheck(Context ctx, ConstantModel c, String value) {
      this.ctx = ctx;
      this.c = c;
      this.value = value;
    }

    @Override
    public SourceRef ref() {
      return c.ref();
    }

    @Override
    public String claim() {
      // C cannot compare strings at compile time; the preprocessor's expansion is compared.
      return "";
    }

    @Override
    public String probe() {
      return c.name();
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      String expansion = e.probe().map(String::strip).orElse(c.name());
      if (expansion.equals(c.name())) {
        diagnostics.error(c.ref(), Message.ABI_MISSING, "string macro", c.name(), ctx.headers());
        return;
      }
      Optional<String> literal = CStrings.literal(expansion);
      if (literal.isEmpty() || !literal.get().equals(value)) {
        diagnostics.error(
            c.ref(),
            Message.ABI_CONSTANT_VALUE,
            c.name(),
            CStrings.quote(value),
            ctx.headers(),
            expansion);
      }
    }
  }

  // --- callbacks ---------------------------------------------------------------------------------

  private static boolean takenByAFunction(Context ctx, CallbackType cb) {
    return ctx.model().functions().stream()
        .flatMap(f -> f.params().stream())
        .anyMatch(p -> p.cType().base().equals(cb.cName()));
  }

  /**
   * Each callback type that no function takes is compatible with the header's function-pointer type
   * of that name. A callback a function takes is checked as part of that function's prototype,
   * where it is written out: its spec name need not exist in the header, since C headers often
   * spell such parameters inline ({@code int (*)(void*)}) and the spec must name them.
   */
  static final class Callbacks implements CheckKind {
    @Override
    public List<Check> checks(Context ctx) {
      List<Check> checks = new ArrayList<>();
      int id = 0;
      for (CallbackType cb : ctx.model().callbacks()) {
        Optional<String> type = ctx.names().functionType(cb, "*");
        if (type.isEmpty() || takenByAFunction(ctx, cb)) {
          continue;
        }
        String cName = ctx.names().base(cb.cName());
        int n = id++;
        checks.add(
            new Check() {
              @Override
              public SourceRef ref() {
                return cb.ref();
              }

              @Override
              public String claim() {
                return "_Static_assert(__builtin_types_compatible_p("
                    + cName
                    + ", "
                    + type.get()
                    + "), "
                    + label(cb.cName())
                    + ");\n";
              }

              @Override
              public String explain(List<CDiagnostic> claim) {
                String v = "ffmbind_callback_" + n;
                return "extern struct " + v + " " + v + "; extern " + cName + " " + v + ";\n";
              }

              @Override
              public void judge(Evidence e, Diagnostics diagnostics) {
                if (!e.claimFailed()) {
                  return;
                }
                if (e.undeclared()) {
                  diagnostics.error(
                      cb.ref(), Message.ABI_MISSING, "callback type", cb.cName(), ctx.headers());
                  return;
                }
                for (CDiagnostic d : e.explain()) {
                  Matcher m = HAVE.matcher(d.text());
                  if (m.find()) {
                    String header = m.group(2) != null ? m.group(2) : m.group(1);
                    diagnostics.error(
                        cb.ref(),
                        Message.ABI_CALLBACK_TYPE,
                        cb.cName(),
                        type.get(),
                        ctx.headers(),
                        header,
                        "");
                    return;
                  }
                }
                diagnostics.error(
                    cb.ref(),
                    Message.ABI_CALLBACK_TYPE,
                    cb.cName(),
                    type.get(),
                    ctx.headers(),
                    "another type",
                    " (" + compilerText(e) + ")");
              }
            });
      }
      return checks;
    }
  }
}
