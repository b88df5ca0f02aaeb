/**
 * The entry point of the annotation processor: {@link dev.ffmbind.processor.FfmbindProcessor} finds
 * {@code @NativeLibrary} interfaces and {@code @BindingSpec} references in each round, runs the
 * pipeline (front end, validator, generator) and reports diagnostics through javac's {@code
 * Messager}. It is registered for {@code ServiceLoader} discovery with {@code @AutoService}.
 *
 * <p>This package wires the other packages together and may depend on all of them and on javac's
 * processing API; nothing in the other packages depends on it.
 */
package dev.ffmbind.processor;
