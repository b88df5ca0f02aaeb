package dev.ffmbind;

import java.util.concurrent.atomic.AtomicReference;

/** The process-wide {@link CallbackExceptionHandler}. */
final class CallbackHandlerHolder {

  static final AtomicReference<CallbackExceptionHandler> HANDLER =
      new AtomicReference<>(CallbackExceptionHandler.PRINT_TO_STDERR);

  private CallbackHandlerHolder() {}
}
