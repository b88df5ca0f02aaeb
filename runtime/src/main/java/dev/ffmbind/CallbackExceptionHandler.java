package dev.ffmbind;

/**
 * Receives exceptions thrown by callbacks that have no Java caller to rethrow them to: registered
 * callbacks, calls on native threads after the registering call returned, and calls that reach a
 * closed registration or a call that already returned. (An exception in a call-scoped callback is
 * rethrown by the native method that was given the callback, not passed here.)
 *
 * <p>In every case C receives the callback's declared error value and the JVM keeps running. The
 * default handler prints the callback's name, the thread and the stack trace to {@code System.err};
 * replace it with {@link #install}, e.g. to log. A handler that throws is reported to {@code
 * System.err} and otherwise ignored.
 */
@FunctionalInterface
public interface CallbackExceptionHandler {

  /**
   * Handles one exception.
   *
   * @param callback the C callback type it came from, e.g. {@code sqlite3_callback}
   * @param thread the thread the callback ran on (often a native thread)
   * @param exception what was thrown
   */
  void uncaught(String callback, Thread thread, Throwable exception);

  /** The default: prints to {@code System.err}, never terminates the JVM. */
  CallbackExceptionHandler PRINT_TO_STDERR =
      (callback, thread, exception) -> {
        System.err.println(
            "ffmbind: exception in callback "
                + callback
                + " on thread \""
                + thread.getName()
                + "\"; C received the callback's error value");
        exception.printStackTrace();
      };

  /**
   * Installs a handler for the whole process.
   *
   * @param handler the new handler; not null
   * @return the previous handler
   */
  static CallbackExceptionHandler install(CallbackExceptionHandler handler) {
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    return CallbackHandlerHolder.HANDLER.getAndSet(handler);
  }

  /** The installed handler. */
  static CallbackExceptionHandler current() {
    return CallbackHandlerHolder.HANDLER.get();
  }
}
