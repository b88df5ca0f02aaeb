package dev.ffmbind.processor.abi;

import dev.ffmbind.processor.abi.CCompiler.CDiagnostic;
import dev.ffmbind.processor.abi.CheckKind.Context;
import dev.ffmbind.processor.abi.CheckKind.Evidence;
import dev.ffmbind.processor.model.CTypeExpr;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the check kinds share: the labels of claims, and reading values and types back from the
 * compiler's diagnostics. The kinds themselves: {@link FunctionChecks}, {@link DeclarationChecks},
 * {@link ValueChecks}, {@link CallbackChecks}, {@link StructChecks}.
 */
final class CheckKinds {

  private CheckKinds() {}

  static final Pattern PREVIOUS =
      Pattern.compile("previous declaration of '(.*?)' with type '(.*?)'(?: \\{aka '(.*)'\\})?$");
  static final Pattern HAVE = Pattern.compile("; have '(.*?)'(?: \\{aka '(.*)'\\})?$");
  static final Pattern TWO_DIMS = Pattern.compile("'char ?\\[(\\d+)\\]\\[(\\d+)\\]'");

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
}
