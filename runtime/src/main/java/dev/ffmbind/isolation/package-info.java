/**
 * Crash isolation: running a generated binding in a sandboxed helper process, so that a crash in
 * the C library (a wild pointer, {@code abort()}, a double free, a hang) becomes an exception in
 * the calling thread instead of the death of the JVM.
 *
 * <p>A binding whose spec says {@code isolation: allowed} gets a {@code load(Isolation)} method
 * next to {@code load()}: {@code Zlib.load(Isolation.process())} returns the same binding type,
 * whose every call runs in a helper JVM that loaded the library in-process. {@link
 * dev.ffmbind.isolation.Isolation} configures the helper (restart policy, per-call timeout, JVM
 * options, working directory) and {@link dev.ffmbind.isolation.Sandbox} restricts it (seccomp
 * groups of denied system calls, resource limits). Failures are subclasses of {@link
 * dev.ffmbind.isolation.IsolationException}. See docs/isolation.md.
 */
package dev.ffmbind.isolation;
