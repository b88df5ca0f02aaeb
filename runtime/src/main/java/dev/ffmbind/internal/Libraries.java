package dev.ffmbind.internal;

import dev.ffmbind.LibraryNotFoundException;
import dev.ffmbind.MissingSymbolsException;
import dev.ffmbind.SymbolUnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What generated code calls to load a binding's native library and to find, check and link its
 * symbols. Each binding loads through its own {@link SymbolLookup#libraryLookup} (never {@code
 * loaderLookup()}, whose answer for a name two libraries define is unspecified); {@link
 * LibraryLoader} does the search described here.
 *
 * <p>{@code "c"} and {@code "libc"} mean the C library ({@link Linker#defaultLookup()}). A value
 * containing {@code /} is a path, and a value containing {@code .so} a file name for the dynamic
 * loader. For a plain name such as {@code z}, {@link #load} tries, in order:
 *
 * <ol>
 *   <li>the path in the system property {@code ffmbind.library.<name>}, if set;
 *   <li>in each directory of the system property {@code ffmbind.library.path} (colon-separated):
 *       {@code libz.so}, then {@code libz.so.*}, highest version first;
 *   <li>{@code libz.so} through the dynamic loader's search ({@code LD_LIBRARY_PATH}, the {@code
 *       ld.so} cache, the system directories); on most systems only development packages install
 *       this name;
 *   <li>{@code libz.so.<version>} files in {@code LD_LIBRARY_PATH}, {@code java.library.path} and
 *       the standard directories, highest version first;
 *   <li>each alternative, in order, the same way.
 * </ol>
 *
 * <p>Opening a library runs its constructors; {@link Signals} checks that they left the JVM's
 * handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGQUIT alone (system property {@code
 * ffmbind.signals}: {@code fail}, the default, {@code warn} or {@code off}). Symbols may be
 * versioned ({@code name@VERSION}, bound through {@code dlvsym}: {@link #find}) or optional ({@link
 * #downcallOrUnavailable}).
 *
 * <p>Libraries are loaded into {@link Arena#global()} and stay loaded. Successful results are
 * cached per (library, alternatives). If nothing loads, the {@link LibraryNotFoundException} lists
 * every attempt with the loader's reason.
 */
public final class Libraries {

  private Libraries() {}

  /**
   * @param library the library: a name ({@code z}), a file name ({@code libz.so.1}), a path, or
   *     {@code c}
   * @param alternatives further names or paths to try if {@code library} cannot be loaded
   * @param binding the binding class, for messages
   * @return the library's symbols
   * @throws LibraryNotFoundException if nothing could be loaded
   */
  public static SymbolLookup load(String library, List<String> alternatives, String binding) {
    Checks.notNull(library, "Libraries.load", "library");
    return LibraryLoader.load(library, alternatives, binding);
  }

  /**
   * @param lookup a lookup returned by {@link #load}
   * @return the file it was loaded from (the real path when the loader can tell, otherwise the name
   *     given to it), {@code the C library}, or {@code null} if {@code lookup} did not come from
   *     {@link #load}
   */
  public static String loadedFrom(SymbolLookup lookup) {
    return LibraryLoader.loadedFrom(lookup);
  }

  /**
   * Checks that every symbol is present.
   *
   * @param lookup the library's lookup
   * @param library the library, named in the message if {@link #loadedFrom} does not know it
   * @param binding the binding class
   * @param symbols the symbols the binding uses
   * @throws MissingSymbolsException listing every missing symbol
   */
  public static void requireSymbols(
      SymbolLookup lookup, String library, String binding, List<String> symbols) {
    List<String> missing = new ArrayList<>();
    for (String symbol : symbols) {
      if (findOptional(lookup, library, symbol).isEmpty()) {
        missing.add(symbol);
      }
    }
    if (!missing.isEmpty()) {
      String where = loadedFrom(lookup);
      throw new MissingSymbolsException(where != null ? where : library, binding, missing);
    }
  }

  /**
   * The symbol list of a large binding, which generated code stores as a few strings of names
   * separated by spaces: one {@code List.of("a", "b", ...)} of thousands of names would need more
   * than the 64 KB of bytecode a static initializer may have, while each string here is one
   * constant (at most 65 535 bytes).
   *
   * @param spaceSeparated names separated by single spaces (symbols contain no spaces)
   * @return the names, in order
   */
  public static List<String> symbolList(String... spaceSeparated) {
    List<String> names = new ArrayList<>();
    for (String part : spaceSeparated) {
      for (String name : part.split(" ")) {
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * Finds one symbol of a loaded library; what generated code calls instead of {@code
   * lookup.findOrThrow(symbol)} when a symbol is versioned.
   *
   * @param lookup a lookup returned by {@link #load}
   * @param library the library, named in the message if {@link #loadedFrom} does not know it
   * @param symbol a plain name, or {@code name@VERSION} (also {@code name@@VERSION}), which is
   *     bound through {@code dlvsym} in exactly that library
   * @return the symbol's address
   * @throws MissingSymbolsException if the library has no such symbol (or version of it)
   */
  public static MemorySegment find(SymbolLookup lookup, String library, String symbol) {
    return find(lookup, library, library, symbol);
  }

  /**
   * Like {@link #find(SymbolLookup, String, String)}, naming the binding in the message.
   *
   * @param lookup a lookup returned by {@link #load}
   * @param library the library, named in the message if {@link #loadedFrom} does not know it
   * @param binding the binding class
   * @param symbol a plain name, or {@code name@VERSION}
   * @return the symbol's address
   * @throws MissingSymbolsException if the library has no such symbol (or version of it)
   */
  public static MemorySegment find(
      SymbolLookup lookup, String library, String binding, String symbol) {
    Optional<MemorySegment> found = findOptional(lookup, library, symbol);
    if (found.isEmpty()) {
      String where = loadedFrom(lookup);
      throw new MissingSymbolsException(where != null ? where : library, binding, List.of(symbol));
    }
    return found.get();
  }

  /**
   * Like {@link #find}, for a symbol that may be absent (an optional symbol).
   *
   * @param lookup a lookup returned by {@link #load}
   * @param library the library, for messages
   * @param symbol a plain name or {@code name@VERSION}
   * @return the symbol's address, or empty
   */
  public static Optional<MemorySegment> findOptional(
      SymbolLookup lookup, String library, String symbol) {
    Checks.notNull(symbol, "Libraries.find", "symbol");
    if (Symbols.isVersioned(symbol)) {
      String where = loadedFrom(lookup);
      return Symbols.findVersioned(where != null ? where : library, symbol);
    }
    return lookup.find(symbol);
  }

  /**
   * Links an optional symbol: the downcall if the library has it, otherwise a method handle of the
   * same type that throws {@link SymbolUnavailableException} (naming function, symbol and library)
   * each time it is invoked. Generated code keeps {@code invokeExact} either way.
   *
   * @param lookup a lookup returned by {@link #load}
   * @param library the library, for messages
   * @param binding the binding class, for messages
   * @param function the function name for messages (usually the C symbol's base name)
   * @param symbol a plain name or {@code name@VERSION}
   * @param descriptor the C signature
   * @param options linker options ({@code Errno.CAPTURE}, {@code critical})
   * @return a downcall handle, or a throwing handle of the same type
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static MethodHandle downcallOrUnavailable(
      SymbolLookup lookup,
      String library,
      String binding,
      String function,
      String symbol,
      FunctionDescriptor descriptor,
      Linker.Option... options) {
    Linker linker = Linker.nativeLinker();
    Optional<MemorySegment> found = findOptional(lookup, library, symbol);
    if (found.isPresent()) {
      return linker.downcallHandle(found.get(), descriptor, options);
    }
    // The type the real downcall would have, without linking anything.
    MethodType type = linker.downcallHandle(descriptor, options).type().dropParameterTypes(0, 1);
    String where = loadedFrom(lookup);
    MethodHandle factory =
        MethodHandles.insertArguments(
            UNAVAILABLE, 0, function, symbol, where != null ? where : library, binding);
    MethodHandle thrower =
        MethodHandles.throwException(type.returnType(), SymbolUnavailableException.class);
    MethodHandle throwing = MethodHandles.collectArguments(thrower, 0, factory);
    return MethodHandles.dropArguments(throwing, 0, type.parameterList());
  }

  /**
   * @param lookup a lookup returned by {@link #load}
   * @param library the library, for messages
   * @param symbol a plain name or {@code name@VERSION}
   * @return whether the library has the symbol (for generated {@code isAvailable} methods)
   */
  public static boolean has(SymbolLookup lookup, String library, String symbol) {
    return findOptional(lookup, library, symbol).isPresent();
  }

  private static final MethodHandle UNAVAILABLE;

  static {
    try {
      UNAVAILABLE =
          MethodHandles.lookup()
              .findStatic(
                  Libraries.class,
                  "unavailable",
                  MethodType.methodType(
                      SymbolUnavailableException.class,
                      String.class,
                      String.class,
                      String.class,
                      String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static SymbolUnavailableException unavailable(
      String function, String symbol, String library, String binding) {
    return new SymbolUnavailableException(function, symbol, library, binding);
  }
}
