package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;

/**
 * How a failing call with a status table gets the detail text of its exception: from the table's
 * message function, called the way that function's parameter allows.
 */
public sealed interface StatusMessage {

  /** No message function, or none the failing call can feed: the detail text is null. */
  record None() implements StatusMessage {}

  /**
   * {@code sqlite3_errmsg(db)}: the message function takes a handle; the call passes the first
   * handle of that type it was given.
   *
   * @param function the message function
   * @param handle the failing call's parameter passed to it
   */
  record FromHandle(FunctionModel function, ResolvedParam handle) implements StatusMessage {}

  /**
   * {@code zError(code)}: the message function takes the status itself.
   *
   * @param function the message function
   * @param codeType the Java type of its parameter
   */
  record FromCode(FunctionModel function, JavaType codeType) implements StatusMessage {}
}
