package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.StatusException;
import dev.ffmbind.it.errors.ErrorConventions;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error convention, with the full message text, through {@link ErrorConventions}. */
class ErrorConventionsTest {

  private static final ErrorConventions E = ErrorConventions.load();

  @AfterEach
  void resetEintr() {
    E.eintrReset();
  }

  @Test
  void minusOneErrno() {
    assertEquals(0, E.failErrno(0));
    ErrnoException e = assertThrows(ErrnoException.class, () -> E.failErrno(2));
    assertInstanceOf(ErrnoException.NotFound.class, e);
    assertEquals("tl_fail_errno(2) failed: ENOENT (No such file or directory)", e.getMessage());
    assertEquals(2, e.errno());
    assertEquals("ENOENT", e.errnoName());
    assertEquals("tl_fail_errno", e.function());

    ErrnoException busy = assertThrows(ErrnoException.class, () -> E.failErrno(16));
    assertInstanceOf(ErrnoException.Busy.class, busy);
    assertEquals("tl_fail_errno(16) failed: EBUSY (Device or resource busy)", busy.getMessage());

    // An errno without a family is a plain ErrnoException.
    ErrnoException xdev = assertThrows(ErrnoException.class, () -> E.failErrno(18));
    assertSame(ErrnoException.class, xdev.getClass());
    assertEquals("tl_fail_errno(18) failed: EXDEV (Invalid cross-device link)", xdev.getMessage());
  }

  @Test
  void noneReturnsTheRawResult() {
    assertEquals(-1, E.unchecked(2));
    assertEquals(0, E.unchecked(0));
  }

  @Test
  void nullErrno() {
    MemorySegment ok = E.nullErrno(0);
    assertNotEquals(0L, ok.address());
    ErrnoException e = assertThrows(ErrnoException.class, () -> E.nullErrno(12));
    assertInstanceOf(ErrnoException.OutOfMemory.class, e);
    assertEquals("tl_null_errno(12) failed: ENOMEM (Cannot allocate memory)", e.getMessage());
  }

  @Test
  void negativeErrno() {
    assertEquals(0, E.negativeErrno(0));
    ErrnoException e = assertThrows(ErrnoException.class, () -> E.negativeErrno(13));
    assertInstanceOf(ErrnoException.PermissionDenied.class, e);
    assertEquals("tl_negative_errno(13) failed: EACCES (Permission denied)", e.getMessage());
    assertEquals(13, e.errno());
  }

  @Test
  void nonzero() {
    assertEquals(0, E.nonzero(0));
    StatusException e = assertThrows(StatusException.class, () -> E.nonzero(3));
    assertSame(StatusException.class, e.getClass(), "nonzero throws StatusException itself");
    assertEquals("tl_nonzero(3) failed: status 3", e.getMessage());
    assertEquals(3L, e.code());
    StatusException neg = assertThrows(StatusException.class, () -> E.nonzero(-7));
    assertEquals("tl_nonzero(-7) failed: status -7", neg.getMessage());
  }

  @Test
  void statusTableWithMessageFunction() {
    assertEquals(0, E.status(0));
    assertEquals(100, E.status(100), "TL_DONE is a success code");

    ErrorConventions.TlException busy =
        assertThrows(ErrorConventions.TlException.class, () -> E.status(5));
    assertEquals("tl_status(5) failed: TL_EBUSY (resource busy)", busy.getMessage());
    assertEquals(5L, busy.code());
    assertEquals("TL_EBUSY", busy.codeName());
    assertEquals("tl_status", busy.function());

    ErrorConventions.TlException inval =
        assertThrows(ErrorConventions.TlException.class, () -> E.status(1));
    assertEquals("tl_status(1) failed: TL_EINVAL (invalid argument)", inval.getMessage());
  }

  @Test
  void statusCodeNotInTheTable() {
    ErrorConventions.TlException e =
        assertThrows(ErrorConventions.TlException.class, () -> E.status(42));
    assertEquals("tl_status(42) failed: status 42 (unknown status)", e.getMessage());
    assertEquals(42L, e.code());
  }

  @Test
  void statusExceptionIsAStatusException() {
    StatusException e = assertThrows(StatusException.class, () -> E.status(2));
    assertInstanceOf(ErrorConventions.TlException.class, e);
    assertEquals("resource busy", E.statusMessage(5));
  }

  @Test
  void retryEintr() {
    assertEquals(0, E.eintrRetried(0));
    assertEquals(3, E.eintrRetried(3), "the stub retried three EINTR failures");
    assertEquals(50, E.eintrRetried(50));
  }

  @Test
  void eintrWithoutRetryIsReported() {
    ErrnoException e = assertThrows(ErrnoException.class, () -> E.eintrNotRetried(1));
    assertInstanceOf(ErrnoException.Interrupted.class, e);
    assertEquals("tl_eintr_n_times(1) failed: EINTR (Interrupted system call)", e.getMessage());
    assertEquals(1, E.eintrNotRetried(1), "the second call on this thread succeeds");
  }
}
