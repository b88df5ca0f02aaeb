package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one catch clause of generated stubs: unchecked throwables pass unchanged, checked wrap. */
class UncheckedTest {

  @Test
  void aRuntimeExceptionIsRethrownItself() {
    IllegalStateException e = new IllegalStateException("closed");
    assertSame(e, assertThrows(IllegalStateException.class, () -> Unchecked.rethrow(e)));
  }

  @Test
  void anErrorIsRethrownItself() {
    OutOfMemoryError e = new OutOfMemoryError("native");
    assertSame(e, assertThrows(OutOfMemoryError.class, () -> Unchecked.rethrow(e)));
  }

  @Test
  void aCheckedExceptionBecomesAnAssertionErrorWithItAsCause() {
    IOException e = new IOException("checked");
    AssertionError thrown = assertThrows(AssertionError.class, () -> Unchecked.rethrow(e));
    assertSame(e, thrown.getCause());
    assertEquals("a downcall threw a checked exception", thrown.getMessage());
  }
}
