/** The benchmark library through ffmbind's annotation front end ({@link BenchLib}). */
package dev.ffmbind.bench.annotated;
