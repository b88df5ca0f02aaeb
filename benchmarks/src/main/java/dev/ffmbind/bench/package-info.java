/**
 * JMH benchmarks of ffmbind against hand-written and naive FFM, JNI, JNR-FFI and JNA. One class per
 * operation ({@code *Bench}); within a class, one method per approach, all with the same method
 * names so the report ({@link dev.ffmbind.bench.report.PerformanceReport}) can lay them out as a
 * table: {@code ffmbindYaml}, {@code ffmbindAnnotated}, {@code ffmHand}, {@code ffmNaive}, {@code
 * jni}, {@code jnr}, {@code jnaDirect}, {@code jnaInterface}. Every method returns its result, so
 * JMH consumes it and nothing is dead code.
 */
package dev.ffmbind.bench;
