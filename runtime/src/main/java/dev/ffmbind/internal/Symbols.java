package dev.ffmbind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned symbols ({@code name@VERSION}) through {@code dlvsym}, called via FFM: no C shim.
 * {@link SymbolLookup#find} has no version syntax ({@code find("vfunc@VER_1")} is empty, and {@code
 * find("vfunc")} gives the default version), so {@link Libraries#find} sends names with an
 * {@code @} here. {@code name@@VERSION} (the ELF spelling of a default version) is accepted and
 * means the same as {@code name@VERSION}.
 */
final class Symbols {

  private static final int RTLD_LAZY = 0x1;
  private static final int RTLD_NOLOAD = 0x4;

  /** dlopen handles of loaded libraries, by the name {@link Libraries#loadedFrom} gives. */
  private static final Map<String, MemorySegment> HANDLES = new ConcurrentHashMap<>();

  private Symbols() {}

  /**
   * @return whether {@code symbol} names a version
   */
  static boolean isVersioned(String symbol) {
    int at = symbol.indexOf('@');
    return at > 0 && at < symbol.length() - 1;
  }

  /**
   * @return the name part of {@code name@VERSION} (the symbol itself if it has no version)
   */
  static String baseName(String symbol) {
    int at = symbol.indexOf('@');
    return at > 0 ? symbol.substring(0, at) : symbol;
  }

  /**
   * @param origin the library's file or name ({@link Libraries#loadedFrom}); {@code null} or {@code
   *     the C library} means the global scope ({@code RTLD_DEFAULT})
   * @param symbol {@code name@VERSION}
   * @return the address, or empty if the library has no such version of the symbol
   */
  static Optional<MemorySegment> findVersioned(String origin, String symbol) {
    int at = symbol.indexOf('@');
    String name = symbol.substring(0, at);
    String version = symbol.substring(symbol.charAt(at + 1) == '@' ? at + 2 : at + 1);
    if (!Native.AVAILABLE) {
      throw new UnsupportedOperationException(
          "versioned symbol " + symbol + ": dlvsym is not available on this system");
    }
    MemorySegment handle = handle(origin);
    if (handle == null) {
      return Optional.empty();
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment n = arena.allocateFrom(name, StandardCharsets.UTF_8);
      MemorySegment v = arena.allocateFrom(version, StandardCharsets.UTF_8);
      MemorySegment address = (MemorySegment) Native.DLVSYM.invokeExact(handle, n, v);
      return address.address() == 0 ? Optional.empty() : Optional.of(address);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** The loader's last error (dlerror), for messages, or null. */
  static String lastError() {
    if (!Native.AVAILABLE) {
      return null;
    }
    try {
      MemorySegment error = (MemorySegment) Native.DLERROR.invokeExact();
      return NativeStrings.decode(error, StandardCharsets.UTF_8, "dlerror");
    } catch (Throwable t) {
      return null;
    }
  }

  private static MemorySegment handle(String origin) {
    if (origin == null || origin.equals(LibraryLoader.C_LIBRARY)) {
      return MemorySegment.NULL; // RTLD_DEFAULT: the global scope, where the C library is
    }
    MemorySegment cached = HANDLES.get(origin);
    if (cached != null) {
      return cached;
    }
    try (Arena arena = Arena.ofConfined()) {
      // RTLD_NOLOAD: a reference to the copy libraryLookup already loaded, never a second load.
      // Never closed: the library stays loaded for good anyway (Arena.global()).
      MemorySegment handle =
          (MemorySegment)
              Native.DLOPEN.invokeExact(
                  arena.allocateFrom(origin, StandardCharsets.UTF_8), RTLD_LAZY | RTLD_NOLOAD);
      if (handle.address() == 0) {
        return null;
      }
      MemorySegment previous = HANDLES.putIfAbsent(origin, handle);
      return previous != null ? previous : handle;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  @SuppressWarnings("restricted") // see package-info: callers enable native access
  private static final class Native {
    static final boolean AVAILABLE;
    static final MethodHandle DLOPEN;
    static final MethodHandle DLVSYM;
    static final MethodHandle DLERROR;

    static {
      MethodHandle dlopen = null;
      MethodHandle dlvsym = null;
      MethodHandle dlerror = null;
      try {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        dlopen =
            linker.downcallHandle(
                libc.findOrThrow("dlopen"),
                FunctionDescriptor.of(
                    ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        dlvsym =
            linker.downcallHandle(
                libc.findOrThrow("dlvsym"),
                FunctionDescriptor.of(
                    ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS));
        dlerror =
            linker.downcallHandle(
                libc.findOrThrow("dlerror"), FunctionDescriptor.of(ValueLayout.ADDRESS));
      } catch (RuntimeException e) {
        dlvsym = null;
      }
      DLOPEN = dlopen;
      DLVSYM = dlvsym;
      DLERROR = dlerror;
      AVAILABLE = dlopen != null && dlvsym != null && dlerror != null;
    }
  }
}
