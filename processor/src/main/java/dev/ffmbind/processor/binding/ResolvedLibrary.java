package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.LibraryModel;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A whole binding, resolved: what the generator renders.
 *
 * @param model the validated library model
 * @param functions one per public method, in declaration order
 * @param destructorMethods the private destructor methods of owned handle types whose destructor is
 *     a declared function, in type order
 * @param handleTypes the opaque types, in declaration order
 * @param callbacks the callback types, in declaration order
 * @param charsetFields the charsets without a {@code StandardCharsets} constant that some
 *     conversion uses: each gets a field in the binding class
 * @param freeFunctions functions linked as {@code void f(void*)}: the deallocators of owned returns
 *     and the destructors of types that the binding does not declare as functions
 * @param requiredSymbols the symbols {@code load()} requires: the functions that are not optional,
 *     then the free functions other than libc's {@code free}
 */
public record ResolvedLibrary(
    LibraryModel model,
    List<ResolvedFunction> functions,
    List<ResolvedFunction> destructorMethods,
    List<ResolvedHandleType> handleTypes,
    List<ResolvedCallback> callbacks,
    SortedSet<String> charsetFields,
    SortedSet<String> freeFunctions,
    List<String> requiredSymbols) {

  public ResolvedLibrary {
    functions = List.copyOf(functions);
    destructorMethods = List.copyOf(destructorMethods);
    handleTypes = List.copyOf(handleTypes);
    callbacks = List.copyOf(callbacks);
    charsetFields = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(charsetFields));
    freeFunctions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(freeFunctions));
    requiredSymbols = List.copyOf(requiredSymbols);
  }

  /** {@code free} always means the C library's, even when the library exports its own. */
  public static boolean isLibcFree(String symbol) {
    return symbol.equals("free");
  }
}
