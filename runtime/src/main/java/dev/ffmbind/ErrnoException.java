package dev.ffmbind;

import dev.ffmbind.internal.Errno;

/**
 * A C function failed and set {@code errno}. The message names the call with its arguments, the
 * errno name and its description:
 *
 * <pre>{@code open("/nope", 0) failed: ENOENT (No such file or directory)}</pre>
 *
 * <p>Common errno values have a nested subclass per family, so callers can catch, say, {@link
 * NotFound} without comparing numbers. {@link #of} picks the subclass; any other errno gives a
 * plain {@code ErrnoException}. See docs/errors.md for the table.
 */
public class ErrnoException extends NativeException {

  private static final long serialVersionUID = 1L;

  private final int errno;
  private final String function;
  // Built on first use (getMessage, call(), description()): most exceptions are caught and
  // handled by errno without anyone reading the text, and describing it takes a strerror_r
  // downcall. Racy single-check: every thread computes the same immutable strings.
  private String call;
  private transient Object[] args;
  private String errnoName;
  private String description;
  private String message;

  /**
   * @param errno the errno value (captured right after the call)
   * @param function the C function name, e.g. {@code open}
   * @param call the call as rendered by {@code CallDescription}, e.g. {@code open("/nope", 0)}
   */
  public ErrnoException(int errno, String function, String call) {
    super(null);
    this.errno = errno;
    this.function = function;
    this.call = call;
  }

  /**
   * @return {@code <call> failed: <ERRNO> (<description>)}, built on first use
   */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = call() + " failed: " + errnoName() + " (" + description() + ")";
      message = m;
    }
    return m;
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    getMessage(); // fix every lazily built text before it leaves this process
    out.defaultWriteObject();
  }

  /**
   * The exception for {@code errno}: an instance of the family subclass if there is one, a plain
   * {@code ErrnoException} otherwise.
   *
   * @param errno the errno value
   * @param function the C function name
   * @param call the rendered call
   * @return the exception, to be thrown by the caller
   */
  public static ErrnoException of(int errno, String function, String call) {
    return switch (errno) {
      case Errno.ENOENT, Errno.ESRCH -> new NotFound(errno, function, call);
      case Errno.EACCES, Errno.EPERM -> new PermissionDenied(errno, function, call);
      case Errno.EEXIST -> new AlreadyExists(errno, function, call);
      case Errno.EINTR -> new Interrupted(errno, function, call);
      case Errno.EAGAIN, Errno.EINPROGRESS -> new WouldBlock(errno, function, call);
      case Errno.EINVAL -> new InvalidArgument(errno, function, call);
      case Errno.ENOMEM -> new OutOfMemory(errno, function, call);
      case Errno.EBADF -> new BadDescriptor(errno, function, call);
      case Errno.ENOTDIR -> new NotADirectory(errno, function, call);
      case Errno.EISDIR -> new IsADirectory(errno, function, call);
      case Errno.EBUSY -> new Busy(errno, function, call);
      case Errno.ETIMEDOUT -> new TimedOut(errno, function, call);
      case Errno.EPIPE -> new BrokenPipe(errno, function, call);
      case Errno.ENOSPC, Errno.EDQUOT -> new NoSpace(errno, function, call);
      case Errno.EIO -> new Io(errno, function, call);
      case Errno.EOPNOTSUPP, Errno.ENOSYS -> new NotSupported(errno, function, call);
      case Errno.ECONNREFUSED -> new ConnectionRefused(errno, function, call);
      case Errno.ECONNRESET -> new ConnectionReset(errno, function, call);
      default -> new ErrnoException(errno, function, call);
    };
  }

  /**
   * Like {@link #of(int, String, String)}, but the call is rendered from {@code args} only when the
   * message is first read, so a caller that handles the failure by its errno pays for neither the
   * rendering nor the description. The message text is the same.
   *
   * @param errno the errno value
   * @param function the C function name
   * @param args the Java arguments, in C order, as {@code CallDescription.of} takes them
   * @return the exception, to be thrown by the caller
   */
  public static ErrnoException ofCall(int errno, String function, Object... args) {
    return of(errno, function, (String) null).withArgs(args);
  }

  private ErrnoException withArgs(Object[] arguments) {
    this.args = arguments;
    return this;
  }

  /**
   * @return the errno value
   */
  public int errno() {
    return errno;
  }

  /**
   * @return the symbolic name, e.g. {@code ENOENT}, or {@code errno 9999} if unknown
   */
  public String errnoName() {
    String n = errnoName;
    if (n == null) {
      n = Errno.name(errno);
      errnoName = n;
    }
    return n;
  }

  /**
   * @return the C library's description ({@code strerror}), e.g. {@code No such file or directory}
   */
  public String description() {
    String d = description;
    if (d == null) {
      d = Errno.describe(errno);
      description = d;
    }
    return d;
  }

  /**
   * @return the C function that failed
   */
  public String function() {
    return function;
  }

  /**
   * @return the rendered call, e.g. {@code open("/nope", 0)}
   */
  public String call() {
    String c = call;
    if (c == null) {
      c = dev.ffmbind.internal.CallDescription.of(function, args);
      call = c;
      args = null;
    }
    return c;
  }

  /** The file, directory or process does not exist: ENOENT, ESRCH. */
  public static class NotFound extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public NotFound(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The caller lacks the permission or privilege: EACCES, EPERM. */
  public static class PermissionDenied extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public PermissionDenied(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The file or object already exists: EEXIST. */
  public static class AlreadyExists extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public AlreadyExists(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** A signal interrupted the call: EINTR. */
  public static class Interrupted extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public Interrupted(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /**
   * The operation would block, or has started and not finished (non-blocking I/O): EAGAIN
   * (EWOULDBLOCK), EINPROGRESS.
   */
  public static class WouldBlock extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public WouldBlock(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** An argument is invalid: EINVAL. */
  public static class InvalidArgument extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public InvalidArgument(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** Not enough memory, in the process or the kernel: ENOMEM. */
  public static class OutOfMemory extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public OutOfMemory(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The file descriptor is not open, or not open for this operation: EBADF. */
  public static class BadDescriptor extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public BadDescriptor(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** A path component is not a directory: ENOTDIR. */
  public static class NotADirectory extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public NotADirectory(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The path is a directory: EISDIR. */
  public static class IsADirectory extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public IsADirectory(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The device or resource is busy: EBUSY. */
  public static class Busy extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public Busy(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The operation timed out: ETIMEDOUT. */
  public static class TimedOut extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public TimedOut(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The other end of the pipe or socket is closed: EPIPE. */
  public static class BrokenPipe extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public BrokenPipe(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** No space left on the device, or the disk quota is exceeded: ENOSPC, EDQUOT. */
  public static class NoSpace extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public NoSpace(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** A low-level I/O error: EIO. */
  public static class Io extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public Io(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The operation or system call is not supported: EOPNOTSUPP (ENOTSUP), ENOSYS. */
  public static class NotSupported extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public NotSupported(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** Nothing listens at the address: ECONNREFUSED. */
  public static class ConnectionRefused extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public ConnectionRefused(int errno, String function, String call) {
      super(errno, function, call);
    }
  }

  /** The peer reset the connection: ECONNRESET. */
  public static class ConnectionReset extends ErrnoException {
    private static final long serialVersionUID = 1L;

    /** See {@link ErrnoException#ErrnoException(int, String, String)}. */
    public ConnectionReset(int errno, String function, String call) {
      super(errno, function, call);
    }
  }
}
