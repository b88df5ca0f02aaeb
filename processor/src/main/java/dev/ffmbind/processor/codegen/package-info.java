/**
 * The generator: turns a validated {@link dev.ffmbind.processor.model.LibraryModel} into Java
 * source with JavaPoet. {@link dev.ffmbind.processor.codegen.BindingGenerator} is the only public
 * entry; the writers behind it each own one part of the output (the class and its {@code load()},
 * the {@code Downcalls} holder, functions, callbacks, handle classes, status exceptions), and every
 * name it invents is in one place.
 *
 * <p>It may depend on the model and on JavaPoet only. It never sees javac elements, a front end or
 * the validator, so what it emits depends on nothing but the model (enforced by {@code
 * ArchitectureTest}).
 */
package dev.ffmbind.processor.codegen;
