package dev.ffmbind.internal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** Hand-written libc downcalls for tests, bound the way generated code binds them. */
@SuppressWarnings("restricted") // tests bind C functions by hand
final class LibC {

  private static final Linker LINKER = Linker.nativeLinker();

  /** int open(const char *path, int flags, ...), capturing errno. */
  static final MethodHandle OPEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("open").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
          Errno.CAPTURE,
          Linker.Option.firstVariadicArg(2));

  /** size_t strlen(const char *s) */
  static final MethodHandle STRLEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("strlen").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));

  /** size_t wcslen(const wchar_t *s); wchar_t is UTF-32 on Linux */
  static final MethodHandle WCSLEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("wcslen").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));

  /** char *strdup(const char *s) */
  static final MethodHandle STRDUP =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("strdup").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));

  /** void free(void *p) */
  static final MethodHandle FREE =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("free").orElseThrow(),
          FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  static long strlen(MemorySegment s) throws Throwable {
    return (long) STRLEN.invokeExact(s);
  }

  static long wcslen(MemorySegment s) throws Throwable {
    return (long) WCSLEN.invokeExact(s);
  }

  private LibC() {}
}
