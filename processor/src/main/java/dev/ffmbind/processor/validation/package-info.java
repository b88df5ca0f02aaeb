/**
 * Semantic checks of a model, the same for both front ends: each problem becomes one located
 * diagnostic, all problems are reported, and a binding with errors is not generated.
 *
 * <p>It may depend on the model and on diagnostics, never on a front end, the generator, JavaPoet
 * or javac elements (enforced by {@code ArchitectureTest}).
 */
package dev.ffmbind.processor.validation;
