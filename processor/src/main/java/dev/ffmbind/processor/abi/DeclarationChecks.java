package dev.ffmbind.processor.abi;

import static dev.ffmbind.processor.abi.CheckKinds.TWO_DIMS;
import static dev.ffmbind.processor.abi.CheckKinds.compilerText;
import static dev.ffmbind.processor.abi.CheckKinds.label;
import static dev.ffmbind.processor.abi.CheckKinds.normalized;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Check;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The checks of typedefs and opaque types: each exists in the header, and a typedef has the size
 * the spec implies.
 */
final class DeclarationChecks {

  private DeclarationChecks() {}

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
}
