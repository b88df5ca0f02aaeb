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
    Deprecation deprecation) {

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

  /** A function that is not deprecated. */
  public FunctionModel(
      SourceRef ref,
      String javaName,
      String cSymbol,
      List<ParamModel> params,
      ReturnModel returns,
      ErrorModel errors,
      boolean retryOnEintr,
      boolean critical,
      String doc,
      boolean optional) {
    this(
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
        Deprecation.NONE);
  }

  /** A required function (the library must have the symbol). */
  public FunctionModel(
      SourceRef ref,
      String javaName,
      String cSymbol,
      List<ParamModel> params,
      ReturnModel returns,
      ErrorModel errors,
      boolean retryOnEintr,
      boolean critical,
      String doc) {
    this(ref, javaName, cSymbol, params, returns, errors, retryOnEintr, critical, doc, false);
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
   * The C prototype, e.g. {@code int open(const char* path, int flags)}, for Javadoc and messages.
   */
  public String prototype() {
    StringBuilder sb = new StringBuilder();
    sb.append(returns.cType().canonical()).append(' ').append(baseSymbol()).append('(');
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
