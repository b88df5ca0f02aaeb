package dev.ffmbind.processor.abi;

import static dev.ffmbind.processor.abi.CheckKinds.HAVE;
import static dev.ffmbind.processor.abi.CheckKinds.compilerText;
import static dev.ffmbind.processor.abi.CheckKinds.label;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The check of callback types no function takes: compatible with the header's function-pointer type
 * of that name.
 */
final class CallbackChecks {

  private CallbackChecks() {}

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
