package dev.ffmbind.bench;

import java.io.Serial;

/**
 * What the hand-written approaches (FFM, JNI, JNR-FFI) throw when {@code bench_errno} fails: the
 * cheapest exception that still carries errno, as a careful author would write it. ffmbind's {@code
 * ErrnoException} and JNA's {@code LastErrorException} are the libraries' own.
 */
public final class BenchErrnoException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final int errno;

  /**
   * @param errno the errno the failed call left (also constructed from C by libbench_jni)
   */
  public BenchErrnoException(int errno) {
    super("bench_errno failed: errno " + errno);
    this.errno = errno;
  }

  /**
   * @return the errno value
   */
  public int errno() {
    return errno;
  }
}
