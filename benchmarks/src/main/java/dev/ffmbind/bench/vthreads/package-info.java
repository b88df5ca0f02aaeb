/**
 * Blocking C calls from virtual threads (docs/virtual-threads.md): what a virtual thread sleeping
 * in C does to the other virtual threads, through plain FFM and ffmbind with and without {@code
 * blocking: true}, and what the declaration costs a call from a platform thread. {@code
 * libc-blocking.yaml} (in src/main/resources, same package) generates {@code LibcBlocking}; {@link
 * dev.ffmbind.bench.vthreads.BlockingLibc} is the annotation twin.
 */
@BindingSpec("libc-blocking.yaml")
package dev.ffmbind.bench.vthreads;

import dev.ffmbind.annotation.BindingSpec;
