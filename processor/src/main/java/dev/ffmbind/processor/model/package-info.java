/**
 * The model both front ends build and the validator and generator read: a {@link
 * dev.ffmbind.processor.model.LibraryModel} of functions, parameters, C types, opaque types, status
 * tables and callback types, plus the rules shared by every stage ({@code CTypes} for C-to-Java
 * type mapping, {@code Names} for naming).
 *
 * <p>It depends on nothing outside the JDK's core libraries: no javac elements, no JavaPoet, no
 * Jackson and no other processor package (enforced by {@code ArchitectureTest}), so it can be built
 * from YAML, from annotations or by hand in a test.
 */
package dev.ffmbind.processor.model;
