package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Checks the typedefs: each one a C type, none leading into a cycle. Reported by name order. */
record TypedefValidator(ValidationContext context, Diagnostics diagnostics) {

  /** Why a pointer to, or an array of, an array typedef is refused. */
  static final String NESTED_ARRAY = "a pointer to, or an array of, an array type is not supported";

  void validate() {
    for (Map.Entry<String, String> typedef : new TreeMap<>(context.model().typedefs()).entrySet()) {
      Optional<CTypeExpr> parsed = CTypeExpr.parse(typedef.getValue());
      Optional<String> arrayProblem = CTypeExpr.arrayProblem(typedef.getValue());
      if (arrayProblem.isPresent()) {
        diagnostics.error(
            context.model().ref(), Message.C_TYPE_ARRAY, typedef.getValue(), arrayProblem.get());
      } else if (parsed.isEmpty()) {
        diagnostics.error(context.model().ref(), Message.C_TYPE_SYNTAX, typedef.getValue());
      } else if (context.typedefs().nestsArray(parsed.get())) {
        diagnostics.error(
            context.model().ref(), Message.C_TYPE_ARRAY, typedef.getValue(), NESTED_ARRAY);
      } else if (!context.typedefs().expands(typedef.getKey())) {
        diagnostics.error(context.model().ref(), Message.C_TYPE_TYPEDEF_CYCLE, typedef.getKey());
      }
    }
  }
}
