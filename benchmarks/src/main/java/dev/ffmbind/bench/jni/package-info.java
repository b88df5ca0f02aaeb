/** JNI bindings of the benchmark library ({@link BenchJni}; C in src/main/c/bench_jni.c). */
package dev.ffmbind.bench.jni;
