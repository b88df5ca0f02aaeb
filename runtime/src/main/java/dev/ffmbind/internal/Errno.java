package dev.ffmbind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * errno for generated code: the capture option, reading the captured value, and names and
 * descriptions for messages.
 *
 * <p>Generated code links errno-reporting functions with {@link #CAPTURE}, passes a capture segment
 * from the call's scratch frame ({@code scratch.allocate(Errno.CAPTURE_LAYOUT)}) as the first
 * argument, and calls {@link #read} only when the result signals failure. errno is never read with
 * a second downcall ({@code __errno_location()}): Java code between the two calls, and a virtual
 * thread moving to another carrier, overwrite it.
 *
 * <p>The constants are the Linux values, the same on x86-64 and AArch64 (both use the generic
 * kernel table).
 */
public final class Errno {

  /** Links a downcall so that it captures errno right after the C function returns. */
  public static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

  /** The layout of the capture segment ({@code errno} is an {@code int} in it). */
  public static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();

  /**
   * Each thread's capture buffer. One per thread is enough: the JVM writes it when a downcall
   * returns and the stub reads it right away, before any other downcall on that thread; a nested
   * call (from a callback) finishes, and is read, before the outer call returns.
   */
  private static final ThreadLocal<MemorySegment> CAPTURE_SEGMENT =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE_LAYOUT));

  /**
   * This thread's errno capture buffer, for the first argument of a downcall linked with {@link
   * #CAPTURE}. Costs one thread-local lookup: no per-call allocation or scratch frame.
   */
  public static MemorySegment captureSegment() {
    return CAPTURE_SEGMENT.get();
  }

  // (MemorySegment, long offset) -> int, built once.
  private static final VarHandle ERRNO =
      CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

  /** {@code EAGAIN}'s other name. */
  public static final int EWOULDBLOCK = 11;

  /** {@code EDEADLK}'s other name. */
  public static final int EDEADLOCK = 35;

  /** {@code EOPNOTSUPP}'s other name (the same value on Linux). */
  public static final int ENOTSUP = 95;

  /** Operation not permitted. */
  public static final int EPERM = 1;

  /** No such file or directory. */
  public static final int ENOENT = 2;

  /** No such process. */
  public static final int ESRCH = 3;

  /** Interrupted system call. */
  public static final int EINTR = 4;

  /** Input/output error. */
  public static final int EIO = 5;

  /** No such device or address. */
  public static final int ENXIO = 6;

  /** Argument list too long. */
  public static final int E2BIG = 7;

  /** Exec format error. */
  public static final int ENOEXEC = 8;

  /** Bad file descriptor. */
  public static final int EBADF = 9;

  /** No child processes. */
  public static final int ECHILD = 10;

  /** Resource temporarily unavailable. */
  public static final int EAGAIN = 11;

  /** Cannot allocate memory. */
  public static final int ENOMEM = 12;

  /** Permission denied. */
  public static final int EACCES = 13;

  /** Bad address. */
  public static final int EFAULT = 14;

  /** Block device required. */
  public static final int ENOTBLK = 15;

  /** Device or resource busy. */
  public static final int EBUSY = 16;

  /** File exists. */
  public static final int EEXIST = 17;

  /** Invalid cross-device link. */
  public static final int EXDEV = 18;

  /** No such device. */
  public static final int ENODEV = 19;

  /** Not a directory. */
  public static final int ENOTDIR = 20;

  /** Is a directory. */
  public static final int EISDIR = 21;

  /** Invalid argument. */
  public static final int EINVAL = 22;

  /** Too many open files in system. */
  public static final int ENFILE = 23;

  /** Too many open files. */
  public static final int EMFILE = 24;

  /** Inappropriate ioctl for device. */
  public static final int ENOTTY = 25;

  /** Text file busy. */
  public static final int ETXTBSY = 26;

  /** File too large. */
  public static final int EFBIG = 27;

  /** No space left on device. */
  public static final int ENOSPC = 28;

  /** Illegal seek. */
  public static final int ESPIPE = 29;

  /** Read-only file system. */
  public static final int EROFS = 30;

  /** Too many links. */
  public static final int EMLINK = 31;

  /** Broken pipe. */
  public static final int EPIPE = 32;

  /** Numerical argument out of domain. */
  public static final int EDOM = 33;

  /** Numerical result out of range. */
  public static final int ERANGE = 34;

  /** Resource deadlock avoided. */
  public static final int EDEADLK = 35;

  /** File name too long. */
  public static final int ENAMETOOLONG = 36;

  /** No locks available. */
  public static final int ENOLCK = 37;

  /** Function not implemented. */
  public static final int ENOSYS = 38;

  /** Directory not empty. */
  public static final int ENOTEMPTY = 39;

  /** Too many levels of symbolic links. */
  public static final int ELOOP = 40;

  /** No message of desired type. */
  public static final int ENOMSG = 42;

  /** Identifier removed. */
  public static final int EIDRM = 43;

  /** Channel number out of range. */
  public static final int ECHRNG = 44;

  /** Level 2 not synchronized. */
  public static final int EL2NSYNC = 45;

  /** Level 3 halted. */
  public static final int EL3HLT = 46;

  /** Level 3 reset. */
  public static final int EL3RST = 47;

  /** Link number out of range. */
  public static final int ELNRNG = 48;

  /** Protocol driver not attached. */
  public static final int EUNATCH = 49;

  /** No CSI structure available. */
  public static final int ENOCSI = 50;

  /** Level 2 halted. */
  public static final int EL2HLT = 51;

  /** Invalid exchange. */
  public static final int EBADE = 52;

  /** Invalid request descriptor. */
  public static final int EBADR = 53;

  /** Exchange full. */
  public static final int EXFULL = 54;

  /** No anode. */
  public static final int ENOANO = 55;

  /** Invalid request code. */
  public static final int EBADRQC = 56;

  /** Invalid slot. */
  public static final int EBADSLT = 57;

  /** Bad font file format. */
  public static final int EBFONT = 59;

  /** Device not a stream. */
  public static final int ENOSTR = 60;

  /** No data available. */
  public static final int ENODATA = 61;

  /** Timer expired. */
  public static final int ETIME = 62;

  /** Out of streams resources. */
  public static final int ENOSR = 63;

  /** Machine is not on the network. */
  public static final int ENONET = 64;

  /** Package not installed. */
  public static final int ENOPKG = 65;

  /** Object is remote. */
  public static final int EREMOTE = 66;

  /** Link has been severed. */
  public static final int ENOLINK = 67;

  /** Advertise error. */
  public static final int EADV = 68;

  /** Srmount error. */
  public static final int ESRMNT = 69;

  /** Communication error on send. */
  public static final int ECOMM = 70;

  /** Protocol error. */
  public static final int EPROTO = 71;

  /** Multihop attempted. */
  public static final int EMULTIHOP = 72;

  /** RFS specific error. */
  public static final int EDOTDOT = 73;

  /** Bad message. */
  public static final int EBADMSG = 74;

  /** Value too large for defined data type. */
  public static final int EOVERFLOW = 75;

  /** Name not unique on network. */
  public static final int ENOTUNIQ = 76;

  /** File descriptor in bad state. */
  public static final int EBADFD = 77;

  /** Remote address changed. */
  public static final int EREMCHG = 78;

  /** Can not access a needed shared library. */
  public static final int ELIBACC = 79;

  /** Accessing a corrupted shared library. */
  public static final int ELIBBAD = 80;

  /** .lib section in a.out corrupted. */
  public static final int ELIBSCN = 81;

  /** Attempting to link in too many shared libraries. */
  public static final int ELIBMAX = 82;

  /** Cannot exec a shared library directly. */
  public static final int ELIBEXEC = 83;

  /** Invalid or incomplete multibyte or wide character. */
  public static final int EILSEQ = 84;

  /** Interrupted system call should be restarted. */
  public static final int ERESTART = 85;

  /** Streams pipe error. */
  public static final int ESTRPIPE = 86;

  /** Too many users. */
  public static final int EUSERS = 87;

  /** Socket operation on non-socket. */
  public static final int ENOTSOCK = 88;

  /** Destination address required. */
  public static final int EDESTADDRREQ = 89;

  /** Message too long. */
  public static final int EMSGSIZE = 90;

  /** Protocol wrong type for socket. */
  public static final int EPROTOTYPE = 91;

  /** Protocol not available. */
  public static final int ENOPROTOOPT = 92;

  /** Protocol not supported. */
  public static final int EPROTONOSUPPORT = 93;

  /** Socket type not supported. */
  public static final int ESOCKTNOSUPPORT = 94;

  /** Operation not supported. */
  public static final int EOPNOTSUPP = 95;

  /** Protocol family not supported. */
  public static final int EPFNOSUPPORT = 96;

  /** Address family not supported by protocol. */
  public static final int EAFNOSUPPORT = 97;

  /** Address already in use. */
  public static final int EADDRINUSE = 98;

  /** Cannot assign requested address. */
  public static final int EADDRNOTAVAIL = 99;

  /** Network is down. */
  public static final int ENETDOWN = 100;

  /** Network is unreachable. */
  public static final int ENETUNREACH = 101;

  /** Network dropped connection on reset. */
  public static final int ENETRESET = 102;

  /** Software caused connection abort. */
  public static final int ECONNABORTED = 103;

  /** Connection reset by peer. */
  public static final int ECONNRESET = 104;

  /** No buffer space available. */
  public static final int ENOBUFS = 105;

  /** Transport endpoint is already connected. */
  public static final int EISCONN = 106;

  /** Transport endpoint is not connected. */
  public static final int ENOTCONN = 107;

  /** Cannot send after transport endpoint shutdown. */
  public static final int ESHUTDOWN = 108;

  /** Too many references: cannot splice. */
  public static final int ETOOMANYREFS = 109;

  /** Connection timed out. */
  public static final int ETIMEDOUT = 110;

  /** Connection refused. */
  public static final int ECONNREFUSED = 111;

  /** Host is down. */
  public static final int EHOSTDOWN = 112;

  /** No route to host. */
  public static final int EHOSTUNREACH = 113;

  /** Operation already in progress. */
  public static final int EALREADY = 114;

  /** Operation now in progress. */
  public static final int EINPROGRESS = 115;

  /** Stale file handle. */
  public static final int ESTALE = 116;

  /** Structure needs cleaning. */
  public static final int EUCLEAN = 117;

  /** Not a XENIX named type file. */
  public static final int ENOTNAM = 118;

  /** No XENIX semaphores available. */
  public static final int ENAVAIL = 119;

  /** Is a named type file. */
  public static final int EISNAM = 120;

  /** Remote I/O error. */
  public static final int EREMOTEIO = 121;

  /** Disk quota exceeded. */
  public static final int EDQUOT = 122;

  /** No medium found. */
  public static final int ENOMEDIUM = 123;

  /** Wrong medium type. */
  public static final int EMEDIUMTYPE = 124;

  /** Operation canceled. */
  public static final int ECANCELED = 125;

  /** Required key not available. */
  public static final int ENOKEY = 126;

  /** Key has expired. */
  public static final int EKEYEXPIRED = 127;

  /** Key has been revoked. */
  public static final int EKEYREVOKED = 128;

  /** Key was rejected by service. */
  public static final int EKEYREJECTED = 129;

  /** Owner died. */
  public static final int EOWNERDEAD = 130;

  /** State not recoverable. */
  public static final int ENOTRECOVERABLE = 131;

  /** Operation not possible due to RF-kill. */
  public static final int ERFKILL = 132;

  /** Memory page has hardware error. */
  public static final int EHWPOISON = 133;

  // {name, glibc's strerror text} by errno; null for values Linux does not use.
  private static final String[][] TABLE = {
    null, // 0
    {"EPERM", "Operation not permitted"}, // 1
    {"ENOENT", "No such file or directory"}, // 2
    {"ESRCH", "No such process"}, // 3
    {"EINTR", "Interrupted system call"}, // 4
    {"EIO", "Input/output error"}, // 5
    {"ENXIO", "No such device or address"}, // 6
    {"E2BIG", "Argument list too long"}, // 7
    {"ENOEXEC", "Exec format error"}, // 8
    {"EBADF", "Bad file descriptor"}, // 9
    {"ECHILD", "No child processes"}, // 10
    {"EAGAIN", "Resource temporarily unavailable"}, // 11
    {"ENOMEM", "Cannot allocate memory"}, // 12
    {"EACCES", "Permission denied"}, // 13
    {"EFAULT", "Bad address"}, // 14
    {"ENOTBLK", "Block device required"}, // 15
    {"EBUSY", "Device or resource busy"}, // 16
    {"EEXIST", "File exists"}, // 17
    {"EXDEV", "Invalid cross-device link"}, // 18
    {"ENODEV", "No such device"}, // 19
    {"ENOTDIR", "Not a directory"}, // 20
    {"EISDIR", "Is a directory"}, // 21
    {"EINVAL", "Invalid argument"}, // 22
    {"ENFILE", "Too many open files in system"}, // 23
    {"EMFILE", "Too many open files"}, // 24
    {"ENOTTY", "Inappropriate ioctl for device"}, // 25
    {"ETXTBSY", "Text file busy"}, // 26
    {"EFBIG", "File too large"}, // 27
    {"ENOSPC", "No space left on device"}, // 28
    {"ESPIPE", "Illegal seek"}, // 29
    {"EROFS", "Read-only file system"}, // 30
    {"EMLINK", "Too many links"}, // 31
    {"EPIPE", "Broken pipe"}, // 32
    {"EDOM", "Numerical argument out of domain"}, // 33
    {"ERANGE", "Numerical result out of range"}, // 34
    {"EDEADLK", "Resource deadlock avoided"}, // 35
    {"ENAMETOOLONG", "File name too long"}, // 36
    {"ENOLCK", "No locks available"}, // 37
    {"ENOSYS", "Function not implemented"}, // 38
    {"ENOTEMPTY", "Directory not empty"}, // 39
    {"ELOOP", "Too many levels of symbolic links"}, // 40
    null, // 41 (unused on Linux)
    {"ENOMSG", "No message of desired type"}, // 42
    {"EIDRM", "Identifier removed"}, // 43
    {"ECHRNG", "Channel number out of range"}, // 44
    {"EL2NSYNC", "Level 2 not synchronized"}, // 45
    {"EL3HLT", "Level 3 halted"}, // 46
    {"EL3RST", "Level 3 reset"}, // 47
    {"ELNRNG", "Link number out of range"}, // 48
    {"EUNATCH", "Protocol driver not attached"}, // 49
    {"ENOCSI", "No CSI structure available"}, // 50
    {"EL2HLT", "Level 2 halted"}, // 51
    {"EBADE", "Invalid exchange"}, // 52
    {"EBADR", "Invalid request descriptor"}, // 53
    {"EXFULL", "Exchange full"}, // 54
    {"ENOANO", "No anode"}, // 55
    {"EBADRQC", "Invalid request code"}, // 56
    {"EBADSLT", "Invalid slot"}, // 57
    null, // 58 (unused on Linux)
    {"EBFONT", "Bad font file format"}, // 59
    {"ENOSTR", "Device not a stream"}, // 60
    {"ENODATA", "No data available"}, // 61
    {"ETIME", "Timer expired"}, // 62
    {"ENOSR", "Out of streams resources"}, // 63
    {"ENONET", "Machine is not on the network"}, // 64
    {"ENOPKG", "Package not installed"}, // 65
    {"EREMOTE", "Object is remote"}, // 66
    {"ENOLINK", "Link has been severed"}, // 67
    {"EADV", "Advertise error"}, // 68
    {"ESRMNT", "Srmount error"}, // 69
    {"ECOMM", "Communication error on send"}, // 70
    {"EPROTO", "Protocol error"}, // 71
    {"EMULTIHOP", "Multihop attempted"}, // 72
    {"EDOTDOT", "RFS specific error"}, // 73
    {"EBADMSG", "Bad message"}, // 74
    {"EOVERFLOW", "Value too large for defined data type"}, // 75
    {"ENOTUNIQ", "Name not unique on network"}, // 76
    {"EBADFD", "File descriptor in bad state"}, // 77
    {"EREMCHG", "Remote address changed"}, // 78
    {"ELIBACC", "Can not access a needed shared library"}, // 79
    {"ELIBBAD", "Accessing a corrupted shared library"}, // 80
    {"ELIBSCN", ".lib section in a.out corrupted"}, // 81
    {"ELIBMAX", "Attempting to link in too many shared libraries"}, // 82
    {"ELIBEXEC", "Cannot exec a shared library directly"}, // 83
    {"EILSEQ", "Invalid or incomplete multibyte or wide character"}, // 84
    {"ERESTART", "Interrupted system call should be restarted"}, // 85
    {"ESTRPIPE", "Streams pipe error"}, // 86
    {"EUSERS", "Too many users"}, // 87
    {"ENOTSOCK", "Socket operation on non-socket"}, // 88
    {"EDESTADDRREQ", "Destination address required"}, // 89
    {"EMSGSIZE", "Message too long"}, // 90
    {"EPROTOTYPE", "Protocol wrong type for socket"}, // 91
    {"ENOPROTOOPT", "Protocol not available"}, // 92
    {"EPROTONOSUPPORT", "Protocol not supported"}, // 93
    {"ESOCKTNOSUPPORT", "Socket type not supported"}, // 94
    {"EOPNOTSUPP", "Operation not supported"}, // 95
    {"EPFNOSUPPORT", "Protocol family not supported"}, // 96
    {"EAFNOSUPPORT", "Address family not supported by protocol"}, // 97
    {"EADDRINUSE", "Address already in use"}, // 98
    {"EADDRNOTAVAIL", "Cannot assign requested address"}, // 99
    {"ENETDOWN", "Network is down"}, // 100
    {"ENETUNREACH", "Network is unreachable"}, // 101
    {"ENETRESET", "Network dropped connection on reset"}, // 102
    {"ECONNABORTED", "Software caused connection abort"}, // 103
    {"ECONNRESET", "Connection reset by peer"}, // 104
    {"ENOBUFS", "No buffer space available"}, // 105
    {"EISCONN", "Transport endpoint is already connected"}, // 106
    {"ENOTCONN", "Transport endpoint is not connected"}, // 107
    {"ESHUTDOWN", "Cannot send after transport endpoint shutdown"}, // 108
    {"ETOOMANYREFS", "Too many references: cannot splice"}, // 109
    {"ETIMEDOUT", "Connection timed out"}, // 110
    {"ECONNREFUSED", "Connection refused"}, // 111
    {"EHOSTDOWN", "Host is down"}, // 112
    {"EHOSTUNREACH", "No route to host"}, // 113
    {"EALREADY", "Operation already in progress"}, // 114
    {"EINPROGRESS", "Operation now in progress"}, // 115
    {"ESTALE", "Stale file handle"}, // 116
    {"EUCLEAN", "Structure needs cleaning"}, // 117
    {"ENOTNAM", "Not a XENIX named type file"}, // 118
    {"ENAVAIL", "No XENIX semaphores available"}, // 119
    {"EISNAM", "Is a named type file"}, // 120
    {"EREMOTEIO", "Remote I/O error"}, // 121
    {"EDQUOT", "Disk quota exceeded"}, // 122
    {"ENOMEDIUM", "No medium found"}, // 123
    {"EMEDIUMTYPE", "Wrong medium type"}, // 124
    {"ECANCELED", "Operation canceled"}, // 125
    {"ENOKEY", "Required key not available"}, // 126
    {"EKEYEXPIRED", "Key has expired"}, // 127
    {"EKEYREVOKED", "Key has been revoked"}, // 128
    {"EKEYREJECTED", "Key was rejected by service"}, // 129
    {"EOWNERDEAD", "Owner died"}, // 130
    {"ENOTRECOVERABLE", "State not recoverable"}, // 131
    {"ERFKILL", "Operation not possible due to RF-kill"}, // 132
    {"EHWPOISON", "Memory page has hardware error"}, // 133
  };

  private static final int STRERROR_BUFFER = 256;

  private Errno() {}

  /**
   * @param captureState the capture segment passed to a downcall linked with {@link #CAPTURE}
   * @return the errno the call left
   */
  public static int read(MemorySegment captureState) {
    return (int) ERRNO.get(captureState, 0L);
  }

  /**
   * @param errno an errno value
   * @return its symbolic name ({@code ENOENT}; for aliases the kernel's primary name, e.g. {@code
   *     EAGAIN} and {@code EOPNOTSUPP}), or {@code errno <n>} if Linux has no name for it
   */
  public static String name(int errno) {
    return errno > 0 && errno < TABLE.length && TABLE[errno] != null
        ? TABLE[errno][0]
        : "errno " + errno;
  }

  /**
   * The C library's description of {@code errno}, as {@code strerror} gives it (so it follows the
   * process locale's {@code LC_MESSAGES}). Falls back to built-in English texts if the C library is
   * not glibc or the call fails.
   *
   * @param errno an errno value
   * @return e.g. {@code No such file or directory}; {@code Unknown error <n>} if unknown
   */
  public static String describe(int errno) {
    String text = Strerror.describe(errno);
    if (text != null && !text.isEmpty()) {
      return text;
    }
    return errno > 0 && errno < TABLE.length && TABLE[errno] != null
        ? TABLE[errno][1]
        : "Unknown error " + errno;
  }

  /** The downcall, in a holder so that a missing or unusable strerror_r never breaks Errno. */
  private static final class Strerror {

    // glibc exports the GNU strerror_r (returns char*, maybe not the buffer) under this name;
    // other C libraries export the XSI one (returns int), so bind only when glibc is present.
    private static final MethodHandle STRERROR_R = link();

    @SuppressWarnings("restricted") // see package-info: callers enable native access
    private static MethodHandle link() {
      try {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        if (libc.find("gnu_get_libc_version").isEmpty()) {
          return null;
        }
        return libc.find("strerror_r")
            .map(
                s ->
                    linker.downcallHandle(
                        s,
                        FunctionDescriptor.of(
                            ValueLayout.ADDRESS,
                            ValueLayout.JAVA_INT,
                            ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG)))
            .orElse(null);
      } catch (RuntimeException e) {
        // e.g. IllegalCallerException without native access: use the built-in texts.
        return null;
      }
    }

    static String describe(int errno) {
      if (STRERROR_R == null) {
        return null;
      }
      try (Scratch scratch = Scratch.enter()) {
        MemorySegment buffer = scratch.allocate(STRERROR_BUFFER);
        MemorySegment text =
            (MemorySegment) STRERROR_R.invokeExact(errno, buffer, (long) STRERROR_BUFFER);
        if (text.address() == 0) {
          return null;
        }
        return NativeStrings.decode(text, StandardCharsets.UTF_8, "strerror_r");
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        return null; // the caller falls back to the built-in text
      }
    }
  }
}
