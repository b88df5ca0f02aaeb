/**
 * How a generated method detects and reports that a C call failed: one {@link
 * dev.ffmbind.processor.codegen.errors.ErrorConvention} per convention a spec can declare ({@code
 * none}, {@code minus-one-errno}, {@code null-errno}, {@code negative-errno}, {@code nonzero},
 * {@code status}, {@code predicate}), each giving its failure check, its {@code EINTR} condition,
 * its {@code @throws} documentation and whether it captures errno. {@link
 * dev.ffmbind.processor.codegen.errors.ErrorConventions} is the single place that picks one.
 */
package dev.ffmbind.processor.codegen.errors;
