package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import java.util.Map;
import java.util.TreeMap;

/** Checks the typedefs: each one a C type, none leading into a cycle. Reported by name order. */
record TypedefValidator(ValidationContext context, Diagnostics diagnostics) {

  void validate() {
    for (Map.Entry<String, String> typedef : new TreeMap<>(context.model().typedefs()).entrySet()) {
      if (CTypeExpr.parse(typedef.getValue()).isEmpty()) {
        diagnostics.error(context.model().ref(), Message.C_TYPE_SYNTAX, typedef.getValue());
      } else if (!context.typedefs().expands(typedef.getKey())) {
        diagnostics.error(context.model().ref(), Message.C_TYPE_TYPEDEF_CYCLE, typedef.getKey());
      }
    }
  }
}
