package dev.ffmbind.internal;

import dev.ffmbind.LibraryNotFoundException;
import java.io.File;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds, opens and caches libraries for {@link Libraries#load}, in the order its Javadoc gives: the
 * override property, {@code ffmbind.library.path}, the loader's search, {@code .so.<version>}
 * files, then the alternatives. Remembers the file each lookup came from, and records every failed
 * attempt with the dynamic loader's reason ({@code dlerror}) for the {@link
 * LibraryNotFoundException}.
 */
final class LibraryLoader {

  private static final List<String> STANDARD_DIRS =
      List.of(
          "/lib",
          "/usr/lib",
          "/lib64",
          "/usr/lib64",
          "/usr/local/lib",
          "/lib/x86_64-linux-gnu",
          "/usr/lib/x86_64-linux-gnu",
          "/lib/aarch64-linux-gnu",
          "/usr/lib/aarch64-linux-gnu");

  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private record Key(String library, List<String> alternatives) {}

  private static final Map<Key, SymbolLookup> CACHE = new ConcurrentHashMap<>();

  // Where each lookup came from, for messages. Lookups live forever (global arena).
  private static final Map<SymbolLookup, String> ORIGINS = new ConcurrentHashMap<>();

  /** What {@link #loadedFrom} answers for the C library. */
  static final String C_LIBRARY = "the C library";

  private LibraryLoader() {}

  /** The search {@link Libraries#load} documents, with its cache. */
  static SymbolLookup load(String library, List<String> alternatives, String binding) {
    Key key = new Key(library, List.copyOf(alternatives));
    SymbolLookup cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    List<String> attempts = new ArrayList<>();
    SymbolLookup lookup = tryLibrary(library, true, attempts);
    for (int i = 0; lookup == null && i < key.alternatives().size(); i++) {
      lookup = tryLibrary(key.alternatives().get(i), false, attempts);
    }
    if (lookup == null) {
      throw new LibraryNotFoundException(library, binding, attempts);
    }
    SymbolLookup previous = CACHE.putIfAbsent(key, lookup);
    return previous != null ? previous : lookup;
  }

  /** Where {@code lookup} was loaded from, or {@code null}: {@link Libraries#loadedFrom}. */
  static String loadedFrom(SymbolLookup lookup) {
    return ORIGINS.get(lookup);
  }

  private static SymbolLookup tryLibrary(String library, boolean primary, List<String> attempts) {
    if (library.equals("c") || library.equals("libc")) {
      SymbolLookup libc = Linker.nativeLinker().defaultLookup();
      ORIGINS.putIfAbsent(libc, C_LIBRARY);
      return libc;
    }
    if (primary) {
      String override = System.getProperty("ffmbind.library." + library);
      if (override != null && !override.isEmpty()) {
        SymbolLookup found =
            tryFile(override, "ffmbind.library." + library + "=" + override, attempts);
        if (found != null) {
          return found;
        }
      }
    }
    if (library.indexOf('/') >= 0 || library.contains(".so")) {
      return tryFile(library, library, attempts);
    }
    String file = "lib" + library + ".so";
    if (primary) {
      String path = System.getProperty("ffmbind.library.path");
      if (path != null && !path.isEmpty()) {
        for (String dir : path.split(":")) {
          if (dir.isEmpty()) {
            continue;
          }
          List<Path> candidates = new ArrayList<>();
          Path plain = Path.of(dir, file);
          if (Files.exists(plain)) {
            candidates.add(plain);
          }
          candidates.addAll(versioned(List.of(dir), file));
          if (candidates.isEmpty()) {
            attempts.add(Path.of(dir, file) + "* (no such file)");
          }
          for (Path candidate : candidates) {
            SymbolLookup found = tryFile(candidate.toString(), candidate.toString(), attempts);
            if (found != null) {
              return found;
            }
          }
        }
      }
    }
    SymbolLookup found = tryFile(file, file, attempts);
    if (found != null) {
      return found;
    }
    List<String> dirs = searchDirs();
    List<Path> candidates = versioned(dirs, file);
    if (candidates.isEmpty()) {
      attempts.add(file + ".* (none in " + String.join(", ", existing(dirs)) + ")");
    }
    for (Path candidate : candidates) {
      found = tryFile(candidate.toString(), candidate.toString(), attempts);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Loads a path (contains '/') or a file name for the loader's search; records failures. */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  private static SymbolLookup tryFile(String file, String label, List<String> attempts) {
    boolean isPath = file.indexOf('/') >= 0;
    if (isPath) {
      Path path = Path.of(file);
      if (!Files.exists(path)) {
        attempts.add(label + " (no such file)");
        return null;
      }
      if (!Files.isReadable(path)) {
        attempts.add(label + " (not readable)");
        return null;
      }
    }
    try {
      // Opening a library runs its constructors, which may take over the JVM's signals.
      Signals.Snapshot signals = Signals.policy().equals("off") ? null : Signals.snapshot();
      SymbolLookup lookup =
          isPath
              ? SymbolLookup.libraryLookup(Path.of(file), Arena.global())
              : SymbolLookup.libraryLookup(file, Arena.global());
      String origin = isPath ? realPath(Path.of(file)) : Dl.loadedPath(file);
      Signals.verify(signals, origin != null ? origin : file);
      ORIGINS.put(lookup, origin != null ? origin : file);
      return lookup;
    } catch (IllegalArgumentException e) {
      // The JDK's message ("Cannot open library: x") omits the loader's reason; ask dlerror.
      String reason = Dl.whyNot(file);
      attempts.add(label + " (" + (reason != null ? reason : e.getMessage()) + ")");
      return null;
    }
  }

  private static String realPath(Path path) {
    try {
      return path.toRealPath().toString();
    } catch (IOException | SecurityException e) {
      return path.toAbsolutePath().normalize().toString();
    }
  }

  /** LD_LIBRARY_PATH, java.library.path, then the standard directories, without duplicates. */
  private static List<String> searchDirs() {
    Set<String> dirs = new LinkedHashSet<>();
    for (String source :
        new String[] {System.getenv("LD_LIBRARY_PATH"), System.getProperty("java.library.path")}) {
      if (source != null) {
        for (String dir : source.split(File.pathSeparator)) {
          if (!dir.isEmpty()) {
            dirs.add(dir);
          }
        }
      }
    }
    dirs.addAll(STANDARD_DIRS);
    return List.copyOf(dirs);
  }

  private static List<String> existing(List<String> dirs) {
    return dirs.stream().filter(d -> Files.isDirectory(Path.of(d))).toList();
  }

  /**
   * {@code file.<version>} in each directory, directories in order, highest version first within
   * one; one entry per real file (the shortest name, usually the soname).
   */
  private static List<Path> versioned(List<String> dirs, String file) {
    Map<String, Path> byRealPath = new LinkedHashMap<>();
    String prefix = file + ".";
    for (String dir : dirs) {
      Path directory = Path.of(dir);
      if (!Files.isDirectory(directory)) {
        continue;
      }
      List<Path> found = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, prefix + "*")) {
        for (Path p : stream) {
          String version = p.getFileName().toString().substring(prefix.length());
          if (VERSION.matcher(version).matches()) {
            found.add(p);
          }
        }
      } catch (IOException | SecurityException e) {
        continue; // unreadable directory: nothing to try there
      }
      found.sort(
          Comparator.comparing(
                  (Path p) -> p.getFileName().toString().substring(prefix.length()),
                  LibraryLoader::compareVersions)
              .reversed());
      for (Path p : found) {
        String real = realPath(p);
        Path best = byRealPath.get(real);
        if (best == null
            || p.getFileName().toString().length() < best.getFileName().toString().length()) {
          byRealPath.put(real, p);
        }
      }
    }
    return List.copyOf(byRealPath.values());
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareNumbers(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareNumbers(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /** dlopen/dlerror/dlinfo for diagnostics only; every method returns null if unavailable. */
  private static final class Dl {

    private static final int RTLD_LAZY = 0x1;
    private static final int RTLD_NOLOAD = 0x4;
    private static final int RTLD_DI_LINKMAP = 2;

    private static final MethodHandle DLOPEN;
    private static final MethodHandle DLERROR;
    private static final MethodHandle DLCLOSE;
    private static final MethodHandle DLINFO;

    static {
      Linker linker = Linker.nativeLinker();
      SymbolLookup libc = linker.defaultLookup();
      DLOPEN =
          link(
              linker,
              libc,
              "dlopen",
              FunctionDescriptor.of(
                  ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
      DLERROR = link(linker, libc, "dlerror", FunctionDescriptor.of(ValueLayout.ADDRESS));
      DLCLOSE =
          link(
              linker,
              libc,
              "dlclose",
              FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
      DLINFO =
          link(
              linker,
              libc,
              "dlinfo",
              FunctionDescriptor.of(
                  ValueLayout.JAVA_INT,
                  ValueLayout.ADDRESS,
                  ValueLayout.JAVA_INT,
                  ValueLayout.ADDRESS));
    }

    @SuppressWarnings("restricted") // see package-info: callers enable native access
    private static MethodHandle link(
        Linker linker, SymbolLookup libc, String name, FunctionDescriptor descriptor) {
      try {
        Optional<MemorySegment> symbol = libc.find(name);
        return symbol.map(s -> linker.downcallHandle(s, descriptor)).orElse(null);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** The loader's reason for not loading {@code file}, without a leading "file: ". */
    static String whyNot(String file) {
      if (DLOPEN == null || DLERROR == null || DLCLOSE == null) {
        return null;
      }
      try (Scratch scratch = Scratch.enter()) {
        MemorySegment name =
            NativeStrings.encode(scratch, file, StandardCharsets.UTF_8, "dlopen", "file");
        MemorySegment handle = (MemorySegment) DLOPEN.invokeExact(name, RTLD_LAZY);
        if (handle.address() != 0) {
          int ignored = (int) DLCLOSE.invokeExact(handle); // loads now: nothing to explain
          return null;
        }
        MemorySegment error = (MemorySegment) DLERROR.invokeExact();
        String text = NativeStrings.decode(error, StandardCharsets.UTF_8, "dlerror");
        if (text == null) {
          return null;
        }
        return text.startsWith(file + ": ") ? text.substring(file.length() + 2) : text;
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        return null;
      }
    }

    /** The path the loader found for an already loaded {@code file}, resolved. */
    @SuppressWarnings("restricted") // see package-info: callers enable native access
    static String loadedPath(String file) {
      if (DLOPEN == null || DLCLOSE == null || DLINFO == null) {
        return null;
      }
      try (Scratch scratch = Scratch.enter()) {
        MemorySegment name =
            NativeStrings.encode(scratch, file, StandardCharsets.UTF_8, "dlopen", "file");
        // RTLD_NOLOAD: only a reference to the library libraryLookup just loaded.
        MemorySegment handle = (MemorySegment) DLOPEN.invokeExact(name, RTLD_LAZY | RTLD_NOLOAD);
        if (handle.address() == 0) {
          return null;
        }
        try {
          MemorySegment out = scratch.allocate(ValueLayout.ADDRESS);
          if ((int) DLINFO.invokeExact(handle, RTLD_DI_LINKMAP, out) != 0) {
            return null;
          }
          // struct link_map { ElfW(Addr) l_addr; char *l_name; ... }
          MemorySegment linkMap =
              out.get(ValueLayout.ADDRESS, 0).reinterpret(2 * ValueLayout.ADDRESS.byteSize());
          MemorySegment lName = linkMap.get(ValueLayout.ADDRESS, ValueLayout.ADDRESS.byteSize());
          String path = NativeStrings.decode(lName, StandardCharsets.UTF_8, "dlinfo");
          return path == null || path.isEmpty() ? null : realPath(Path.of(path));
        } finally {
          int ignored = (int) DLCLOSE.invokeExact(handle);
        }
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        return null;
      }
    }
  }
}
