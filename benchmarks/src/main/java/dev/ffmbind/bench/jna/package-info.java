/**
 * JNA mappings of the benchmark library: direct ({@link JnaDirect}) and interface ({@link
 * JnaInterface}).
 */
package dev.ffmbind.bench.jna;
