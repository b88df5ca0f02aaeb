package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * One C function and the Java method that calls it.
 *
 * @param ref where it was declared
 * @param javaName the Java method name
 * @param cSymbol the C symbol looked up in the library
 * @param params the C parameters, in C order (including hidden length parameters)
 * @param returns the return value
 * @param errors how failure is reported
 * @param retryOnEintr whether the stub repeats the call while it fails with {@code EINTR}
 * @param critical whether the call is short and never calls back, so it may use {@code
 *     Linker.Option.critical}
 * @param doc documentation for the generated Javadoc; may be empty
 * @param optional whether the library may lack the symbol: it is not required by {@code load()},
 *     and calling the method without it throws {@code SymbolUnavailableException}
 * @param deprecation whether the declaration is deprecated (an annotated interface's
 *     {@code @Deprecated} method): the generated override is then deprecated the same way, as
 *     overriding a deprecated method with one that is not is a deprecation warning
 * @param blocking whether the call may block for long: called from a virtual thread, the stub runs
 *     it on a platform thread so that the carrier is not pinned
 */
public record FunctionModel(
    SourceRef ref,
    String javaName,
    String cSymbol,
    List<ParamModel> params,
    ReturnModel returns,
    ErrorModel errors,
    boolean retryOnEintr,
    boolean critical,
    String doc,
    boolean optional,
    Deprecation deprecation,
    boolean blocking) {

  /** How a declaration is deprecated. */
  public enum Deprecation {
    /** Not deprecated. */
    NONE,
    /** {@code @Deprecated}. */
    DEPRECATED,
    /** {@code @Deprecated(forRemoval = true)}. */
    FOR_REMOVAL
  }

  public FunctionModel {
    params = List.copyOf(params);
    Objects.requireNonNull(deprecation, "deprecation");
  }

  /**
   * A builder for a function: by default not retried on {@code EINTR}, not critical, not blocking,
   * without documentation, required (not optional) and not deprecated.
   */
  public static Builder builder(
      SourceRef ref,
      String javaName,
      String cSymbol,
      List<ParamModel> params,
      ReturnModel returns,
      ErrorModel errors) {
    return new Builder(ref, javaName, cSymbol, params, returns, errors);
  }

  /** This function with other parameters (everything else the same). */
  public FunctionModel withParams(List<ParamModel> params) {
    return builder(ref, javaName, cSymbol, params, returns, errors)
        .retryOnEintr(retryOnEintr)
        .critical(critical)
        .doc(doc)
        .optional(optional)
        .deprecation(deprecation)
        .blocking(blocking)
        .build();
  }

  /**
   * Whether the symbol names a version ({@code vfunc@VER_1}, {@code vfunc@@VER_2}), bound through
   * {@code dlvsym}.
   */
  public boolean isVersioned() {
    return cSymbol.indexOf('@') >= 0;
  }

  /** The symbol without its version ({@code vfunc} for {@code vfunc@VER_1}). */
  public String baseSymbol() {
    int at = cSymbol.indexOf('@');
    return at < 0 ? cSymbol : cSymbol.substring(0, at);
  }

  /**
   * The C prototype, e.g. {@code int open(const char* path, int flags)}, for Javadoc and messages;
   * the variadic parameters are written as C declares them, {@code ...}.
   */
  public String prototype() {
    StringBuilder sb = new StringBuilder();
    sb.append(returns.cType().canonical()).append(' ').append(baseSymbol()).append('(');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (params.get(i).variadic()) {
        sb.append("...");
        break;
      }
      sb.append(params.get(i).cType().declaration(params.get(i).name()));
    }
    if (params.isEmpty()) {
      sb.append("void");
    }
    return sb.append(')').toString();
  }

  /** Builds a {@link FunctionModel}; the defaults of the optional components are set here. */
  public static final class Builder {
    private final SourceRef ref;
    private final String javaName;
    private final String cSymbol;
    private final List<ParamModel> params;
    private final ReturnModel returns;
    private final ErrorModel errors;
    private boolean retryOnEintr;
    private boolean critical;
    private String doc = "";
    private boolean optional;
    private Deprecation deprecation = Deprecation.NONE;
    private boolean blocking;

    private Builder(
        SourceRef ref,
        String javaName,
        String cSymbol,
        List<ParamModel> params,
        ReturnModel returns,
        ErrorModel errors) {
      this.ref = ref;
      this.javaName = javaName;
      this.cSymbol = cSymbol;
      this.params = params;
      this.returns = returns;
      this.errors = errors;
    }

    /** Sets {@link FunctionModel#retryOnEintr()}. */
    public Builder retryOnEintr(boolean retryOnEintr) {
      this.retryOnEintr = retryOnEintr;
      return this;
    }

    /** Sets {@link FunctionModel#critical()}. */
    public Builder critical(boolean critical) {
      this.critical = critical;
      return this;
    }

    /** Sets {@link FunctionModel#doc()}. */
    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** Sets {@link FunctionModel#optional()}. */
    public Builder optional(boolean optional) {
      this.optional = optional;
      return this;
    }

    /** Sets {@link FunctionModel#deprecation()}. */
    public Builder deprecation(Deprecation deprecation) {
      this.deprecation = deprecation;
      return this;
    }

    /** Sets {@link FunctionModel#blocking()}. */
    public Builder blocking(boolean blocking) {
      this.blocking = blocking;
      return this;
    }

    /** The function. */
    public FunctionModel build() {
      return new FunctionModel(
          ref,
          javaName,
          cSymbol,
          params,
          returns,
          errors,
          retryOnEintr,
          critical,
          doc,
          optional,
          deprecation,
          blocking);
    }
  }
}
