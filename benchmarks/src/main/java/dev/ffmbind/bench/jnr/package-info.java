/** JNR-FFI mapping of the benchmark library ({@link BenchJnr}). */
package dev.ffmbind.bench.jnr;
