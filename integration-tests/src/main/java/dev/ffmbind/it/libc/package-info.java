/** A slice of the C library ({@code library: c}); generates {@link dev.ffmbind.it.libc.Libc}. */
@BindingSpec("libc.yaml")
package dev.ffmbind.it.libc;

import dev.ffmbind.annotation.BindingSpec;
