package dev.ffmbind.internal.isolation;

import java.io.Serial;

/**
 * Thrown in the helper by the stand-in of a callback whose Java code threw in the calling process.
 * The generated code in the helper treats it as any exception of a callback (C is not called back
 * again, the call ends); when the call's failure reaches the calling process, the exception the
 * callback really threw is rethrown there in its place, as the very same object. Not API.
 */
final class CallbackFailed extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  CallbackFailed(String callback) {
    super(callback + ": the Java callback threw in the calling process", null, false, false);
  }
}
