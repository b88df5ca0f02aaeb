/**
 * The ffmbind runtime: the annotations that describe C functions, the types that users of generated
 * bindings see, and the helpers that generated code calls.
 *
 * <h2>Packages</h2>
 *
 * <ul>
 *   <li>{@link dev.ffmbind} (API): exceptions rooted at {@link dev.ffmbind.NativeException}, handle
 *       classes ({@link dev.ffmbind.NativeHandle}), out-parameters, buffers and the other types
 *       that appear in generated method signatures.
 *   <li>{@link dev.ffmbind.annotation} (API): the annotations the ffmbind processor reads at
 *       compile time.
 *   <li>{@link dev.ffmbind.internal} (not API): helpers that generated classes call. It is exported
 *       only because generated code lives in the user's own module. Hand-written code must not use
 *       it; it changes between ffmbind versions without notice or compatibility promise.
 * </ul>
 *
 * <h2>Using it from a named module</h2>
 *
 * <p>A module whose interfaces ffmbind processes declares {@code requires dev.ffmbind.runtime;}.
 * Generated classes are placed next to the interfaces and carry
 * {@code @javax.annotation.processing.Generated}; this module requires {@code java.compiler} {@code
 * static transitive} so that the user's module reads it when compiling, without a run-time
 * dependency (the annotation has source retention).
 *
 * <p>Both the user's module and this one call restricted FFM methods: generated code links
 * downcalls, and the runtime looks libraries up, links a few libc functions and widens pointers
 * returned by C. Both need native access:
 *
 * <pre>{@code
 * java --enable-native-access=dev.ffmbind.runtime,com.example.app \
 *      --module-path ... -m com.example.app/com.example.app.Main
 * }</pre>
 *
 * <p>{@code ALL-UNNAMED} does not cover named modules. Without the option JDK 25 prints a
 * "restricted method" warning at the first restricted call of each module; with {@code
 * --illegal-native-access=deny} (the announced future default) the call throws {@link
 * IllegalCallerException}. See docs/getting-started.md, "On the module path".
 */
module dev.ffmbind.runtime {
  requires static transitive java.compiler;

  exports dev.ffmbind;
  exports dev.ffmbind.annotation;
  exports dev.ffmbind.internal;
  exports dev.ffmbind.isolation;
  exports dev.ffmbind.internal.isolation;
}
