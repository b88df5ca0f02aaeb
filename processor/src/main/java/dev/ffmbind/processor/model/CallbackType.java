package dev.ffmbind.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param onExceptionCall a C call the stub makes when the Java callback throws, as written ({@code
 *     "sqlite3_result_error_code(ctx, 1)"}); see {@link #errorCall()}
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
    String doc,
    Optional<String> onExceptionCall) {

  private static final Pattern CALL =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*");

  public CallbackType {
    params = List.copyOf(params);
  }

  /** A callback type without an error call. */
  public CallbackType(
      SourceRef ref,
      String cName,
      JavaClassName javaClass,
      boolean generated,
      String methodName,
      List<CallbackParam> params,
      ReturnModel returns,
      Optional<String> onException,
      String doc) {
    this(
        ref,
        cName,
        javaClass,
        generated,
        methodName,
        params,
        returns,
        onException,
        doc,
        Optional.empty());
  }

  /**
   * A C call made when the Java callback throws: the function and its arguments as written
   * (parameter names or integer literals).
   *
   * @param function the C symbol
   * @param args the arguments, stripped
   */
  public record ErrorCall(String function, List<String> args) {
    public ErrorCall {
      args = List.copyOf(args);
    }
  }

  /** {@link #onExceptionCall()} parsed; empty when absent or not of the form {@code f(a, ...)}. */
  public Optional<ErrorCall> errorCall() {
    return onExceptionCall.flatMap(
        text -> {
          Matcher m = CALL.matcher(text);
          if (!m.matches()) {
            return Optional.empty();
          }
          String inside = m.group(2).strip();
          List<String> args =
              inside.isEmpty()
                  ? List.of()
                  : Arrays.stream(inside.split(",", -1)).map(String::strip).toList();
          return Optional.of(new ErrorCall(m.group(1), args));
        });
  }

  /**
   * Whether C passes a user-data pointer back ({@code void*} marked {@code user_data}), or a
   * parameter from which a library function returns it ({@code user_data_from}).
   */
  public boolean hasUserData() {
    return params.stream()
        .anyMatch(p -> p.javaType() instanceof JavaType.UserData || p.userDataFrom().isPresent());
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
