/**
 * Blocking calls from virtual threads. The spec lives in {@code
 * src/main/resources/dev/ffmbind/it/blocking/}; it generates {@link
 * dev.ffmbind.it.blocking.Blocks}. {@link dev.ffmbind.it.blocking.BlockApi} binds the same library
 * through the annotation front end.
 */
@BindingSpec("blocking.yaml")
package dev.ffmbind.it.blocking;

import dev.ffmbind.annotation.BindingSpec;
