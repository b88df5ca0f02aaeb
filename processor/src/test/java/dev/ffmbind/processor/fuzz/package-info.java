/**
 * Property-based fuzzing of the processor's two front ends (issue 9, item 4).
 *
 * <p>{@link dev.ffmbind.processor.fuzz.SpecGenerator} writes YAML binding specs and {@link
 * dev.ffmbind.processor.fuzz.InterfaceGenerator} annotated interfaces, mostly valid ones over the
 * whole language plus mutated ones; {@link dev.ffmbind.processor.fuzz.Oracle} runs each through
 * javac with the processor and checks that ffmbind never crashes, that everything it accepts
 * compiles under {@code -Xlint:all -Werror}, and that every diagnostic has a location. {@link
 * dev.ffmbind.processor.fuzz.Fuzz} is a small seeded runner that shrinks failures to a minimal
 * input; {@link dev.ffmbind.processor.fuzz.KnownBug} lists the bugs found but not yet fixed, which
 * the generators avoid so the build stays green. How to run a long session: docs/fuzzing.md.
 */
package dev.ffmbind.processor.fuzz;
