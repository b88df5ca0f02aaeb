package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Each struct and union of the spec has the layout ffmbind computed for it: its {@code sizeof} and
 * {@code _Alignof}, each field's {@code offsetof}, and each field's type compatible with the one
 * the header declares. One check per claim, so that each failure is reported at its own line.
 */
final class StructChecks implements CheckKind {

  /** Ids of the value-printing declarations, apart from the other kinds' ones. */
  private static final int IDS = 2_000_000;

  @Override
  public List<Check> checks(Context ctx) {
    List<Check> checks = new ArrayList<>();
    StructLayouts layouts = new StructLayouts(ctx.model());
    int id = IDS;
    for (StructModel s : ctx.model().structs()) {
      StructLayouts.Layout layout;
      try {
        layout = layouts.layout(s);
      } catch (IllegalStateException e) {
        continue; // the validator reported it; the check runs on valid specs
      }
      State state = new State();
      String cName = ctx.names().base(s.cName());
      checks.add(new SizeCheck(ctx, layout, cName, state, id));
      id += 2;
      for (StructLayouts.Member m : layout.members()) {
        FieldState field = new FieldState();
        checks.add(new OffsetCheck(ctx, s, m, cName, state, field, id++));
        Optional<String> type = m.field().type().flatMap(t -> ctx.names().typeName(t));
        if (type.isPresent()) {
          checks.add(new FieldTypeCheck(ctx, s, m, cName, type.get(), state, field, id++));
        }
      }
    }
    return checks;
  }

  /** Whether the struct is missing from the headers (its field checks then say nothing). */
  private static final class State {
    boolean missing;
  }

  /** Whether a field is missing from the header's struct (its type check then says nothing). */
  private static final class FieldState {
    boolean missing;
  }

  /** Whether the compiler said the type is incomplete (declared as a tag only, or not at all). */
  private static boolean incomplete(Evidence e) {
    return e.claim().stream().anyMatch(d -> d.isError() && d.text().contains("incomplete type"));
  }

  private static String member(String cName, String field) {
    return "((" + cName + "*) 0)->" + field;
  }

  private record SizeCheck(
      Context ctx, StructLayouts.Layout layout, String cName, State state, int id)
      implements Check {

    @Override
    public SourceRef ref() {
      return layout.struct().ref();
    }

    @Override
    public String claim() {
      return "_Static_assert(sizeof("
          + cName
          + ") == "
          + layout.size()
          + " && _Alignof("
          + cName
          + ") == "
          + layout.align()
          + ", "
          + CheckKinds.label(cName + " size")
          + ");\n";
    }

    @Override
    public String explain(List<CDiagnostic> claim) {
      return CheckKinds.printValue("sizeof(" + cName + ")", id)
          + CheckKinds.printValue("_Alignof(" + cName + ")", id + 1);
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed()) {
        return;
      }
      StructModel s = layout.struct();
      if (e.undeclared() || incomplete(e)) {
        state.missing = true;
        diagnostics.error(s.ref(), Message.ABI_MISSING, s.keyword(), s.cName(), ctx.headers());
        return;
      }
      diagnostics.error(
          s.ref(),
          Message.ABI_STRUCT_SIZE,
          s.describe(),
          layout.size(),
          layout.align(),
          ctx.headers(),
          CheckKinds.printedValue(e.explainLine(1)).orElse("another number of"),
          CheckKinds.printedValue(e.explainLine(2)).orElse("another number"));
    }
  }

  private record OffsetCheck(
      Context ctx,
      StructModel struct,
      StructLayouts.Member m,
      String cName,
      State state,
      FieldState field,
      int id)
      implements Check {

    @Override
    public SourceRef ref() {
      return m.field().ref();
    }

    @Override
    public String claim() {
      return "_Static_assert(offsetof("
          + cName
          + ", "
          + m.field().name()
          + ") == "
          + m.offset()
          + ", "
          + CheckKinds.label(cName + "." + m.field().name())
          + ");\n";
    }

    @Override
    public String explain(List<CDiagnostic> claim) {
      return CheckKinds.printValue("offsetof(" + cName + ", " + m.field().name() + ")", id);
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed() || state.missing) {
        return;
      }
      if (e.claim().stream().anyMatch(d -> d.isError() && d.text().contains("has no member"))) {
        field.missing = true;
        diagnostics.error(
            m.field().ref(),
            Message.ABI_MISSING,
            "field",
            struct.cName() + "." + m.field().name(),
            ctx.headers());
        return;
      }
      diagnostics.error(
          m.field().ref(),
          Message.ABI_FIELD_OFFSET,
          struct.describe(),
          m.field().name(),
          m.offset(),
          CheckKinds.printedValue(e.explain()).orElse("another"),
          ctx.headers());
    }
  }

  private record FieldTypeCheck(
      Context ctx,
      StructModel struct,
      StructLayouts.Member m,
      String cName,
      String type,
      State state,
      FieldState field,
      int id)
      implements Check {

    @Override
    public SourceRef ref() {
      return m.field().ref();
    }

    @Override
    public String claim() {
      return "_Static_assert(__builtin_types_compatible_p(__typeof__("
          + member(cName, m.field().name())
          + "), "
          + type
          + "), "
          + CheckKinds.label(cName + "." + m.field().name() + " type")
          + ");\n";
    }

    @Override
    public String explain(List<CDiagnostic> claim) {
      String v = "ffmbind_field_" + id;
      return "extern struct "
          + v
          + " "
          + v
          + "; extern __typeof__("
          + member(cName, m.field().name())
          + ") "
          + v
          + ";\n";
    }

    private boolean isVoidPointer(CTypeExpr written) {
      CTypeExpr expanded = ctx.names().expandKeepingNames(written);
      return expanded != null
          && expanded.pointers() == 1
          && expanded.base().equals("void")
          && !expanded.isArray();
    }

    private static boolean isPointer(String headerType) {
      String t = headerType.strip();
      if (t.startsWith("(") && t.endsWith(")")) {
        t = t.substring(1, t.length() - 1).strip();
      }
      return t.endsWith("*") || t.contains("(*)");
    }

    @Override
    public void judge(Evidence e, Diagnostics diagnostics) {
      if (!e.claimFailed() || state.missing || field.missing) {
        return;
      }
      CTypeExpr written = m.field().type().orElseThrow();
      String header = "another type";
      String aka = " (" + CheckKinds.compilerText(e) + ")";
      for (CDiagnostic d : e.explain()) {
        Matcher h = CheckKinds.HAVE.matcher(d.text());
        if (h.find()) {
          header = CheckKinds.normalized(h.group(1));
          aka = h.group(2) != null ? " (" + CheckKinds.normalized(h.group(2)) + ")" : "";
          break;
        }
      }
      if (isVoidPointer(written) && isPointer(aka.isEmpty() ? header : aka)) {
        // Accepted as in prototypes: a spec void* for any pointer field of the header (a
        // pointer to an undefined struct, a function pointer the binding never calls) travels
        // the same way and reaches Java as a MemorySegment either way.
        return;
      }
      diagnostics.error(
          m.field().ref(),
          Message.ABI_FIELD_TYPE,
          struct.describe(),
          m.field().name(),
          written.spelling(),
          CheckKinds.expansion(ctx, written),
          ctx.headers(),
          header,
          aka);
    }
  }
}
