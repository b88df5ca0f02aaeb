package dev.ffmbind.internal.isolation;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The few libc calls the helper makes on itself: {@code dup}/{@code dup2}/{@code open} for its
 * pipes, {@code prctl}, {@code syscall(SYS_seccomp)} and {@code setrlimit} for its sandbox. Each
 * failure throws {@link IllegalStateException} with {@code errno}.
 */
@SuppressWarnings("restricted")
final class HelperNative {

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
  private static final long ERRNO_OFFSET =
      Linker.Option.captureStateLayout()
          .byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

  private static final MethodHandle DUP =
      handle("dup", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle DUP2 =
      handle(
          "dup2",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle OPEN =
      handle(
          "open",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
  private static final MethodHandle PRCTL =
      handle(
          "prctl",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG),
          Linker.Option.firstVariadicArg(1));
  private static final MethodHandle SYSCALL3 =
      handle(
          "syscall",
          FunctionDescriptor.of(
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.ADDRESS),
          Linker.Option.firstVariadicArg(1));
  private static final MethodHandle SETRLIMIT =
      handle(
          "setrlimit",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

  private HelperNative() {}

  private static MethodHandle handle(String name, FunctionDescriptor d, Linker.Option... extra) {
    Linker.Option[] options = new Linker.Option[extra.length + 1];
    options[0] = ERRNO;
    System.arraycopy(extra, 0, options, 1, extra.length);
    return LINKER.downcallHandle(LIBC.findOrThrow(name), d, options);
  }

  private static long check(String what, long result, MemorySegment state) {
    if (result < 0) {
      throw new IllegalStateException(
          what + " failed: errno " + state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET));
    }
    return result;
  }

  static int dup(int fd) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
      return (int) check("dup(" + fd + ")", (int) DUP.invokeExact(st, fd), st);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** Points fd 0 at {@code /dev/null} and fd 1 at standard error. */
  static void redirectStdio() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
      int nul =
          (int)
              check(
                  "open(/dev/null)",
                  (int) OPEN.invokeExact(st, a.allocateFrom("/dev/null"), 0),
                  st);
      check("dup2(null, 0)", (int) DUP2.invokeExact(st, nul, 0), st);
      check("dup2(2, 1)", (int) DUP2.invokeExact(st, 2, 1), st);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static int prctl(int option, long arg2) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
      return (int)
          check("prctl(" + option + ")", (int) PRCTL.invokeExact(st, option, arg2, 0L, 0L, 0L), st);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** {@code syscall(SYS_seccomp, op, flags, args)}. */
  static long seccomp(long op, long flags, MemorySegment args) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
      return check(
          "seccomp(SET_MODE_FILTER)", (long) SYSCALL3.invokeExact(st, 317L, op, flags, args), st);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static void setrlimit(int resource, String name, long soft, long hard) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
      MemorySegment limit = a.allocate(ValueLayout.JAVA_LONG, 2);
      limit.setAtIndex(ValueLayout.JAVA_LONG, 0, soft);
      limit.setAtIndex(ValueLayout.JAVA_LONG, 1, hard);
      check("setrlimit(" + name + ")", (int) SETRLIMIT.invokeExact(st, resource, limit), st);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }
}
