package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A C function-pointer type and the Java functional interface that implements it.
 *
 * @param ref where it was declared
 * @param cName the C typedef name functions use as a parameter type ({@code compar_fn})
 * @param javaClass the functional interface
 * @param generated whether ffmbind generates the interface (YAML) or the user wrote it
 *     (annotations)
 * @param methodName the interface's single abstract method
 * @param params the C parameters, in C order
 * @param returns the C return value ({@code void} or a scalar)
 * @param onException what the stub returns to C when the Java callback throws, as written ({@code
 *     "-1"}); empty for the default ({@code 0}, {@code false}); ignored for {@code void}
 * @param doc documentation for the generated interface; may be empty
 */
public record CallbackType(
    SourceRef ref,
    String cName,
    JavaClassName javaClass,
    boolean generated,
    String methodName,
    List<CallbackParam> params,
    ReturnModel returns,
    Optional<String> onException,
    String doc) {

  public CallbackType {
    params = List.copyOf(params);
  }

  /** Whether C passes a user-data pointer back ({@code void*} marked {@code user_data}). */
  public boolean hasUserData() {
    return params.stream().anyMatch(p -> p.javaType() instanceof JavaType.UserData);
  }

  /** The C signature, e.g. {@code int compar_fn(const void* a, const void* b)}, for Javadoc. */
  public String prototype() {
    StringBuilder sb = new StringBuilder();
    sb.append(returns.cType().canonical()).append(" (*").append(cName).append(")(");
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(params.get(i).cType().canonical()).append(' ').append(params.get(i).name());
    }
    if (params.isEmpty()) {
      sb.append("void");
    }
    return sb.append(')').toString();
  }
}
