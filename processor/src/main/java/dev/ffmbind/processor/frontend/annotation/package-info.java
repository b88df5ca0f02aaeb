/**
 * The annotation front end: reads an {@code @NativeLibrary} interface, its methods and their
 * ffmbind annotations from javac's element model into the shared model, with each part located
 * at its element, annotation and annotation value for diagnostics. Annotations are read by name,
 * so the processor needs no runtime jar on its class path.
 *
 * <p>It may depend on the model, on diagnostics and on javac's element and type API; never on
 * the generator or the validator (enforced by {@code ArchitectureTest}).
 */
package dev.ffmbind.processor.frontend.annotation;
