package dev.ffmbind.processor.abi;

import static dev.ffmbind.processor.abi.CheckKinds.cLong;
import static dev.ffmbind.processor.abi.CheckKinds.expansion;
import static dev.ffmbind.processor.abi.CheckKinds.label;
import static dev.ffmbind.processor.abi.CheckKinds.printValue;
import static dev.ffmbind.processor.abi.CheckKinds.printedValue;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.ConstantModel;
import dev.ffmbind.processor.model.EnumModel;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of named values: enum values and integer, floating and string constants equal the
 * header's.
 */
final class ValueChecks {

  private ValueChecks() {}

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
}
