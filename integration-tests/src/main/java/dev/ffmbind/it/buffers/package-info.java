/** Arrays, buffers and out-parameters; generates {@link dev.ffmbind.it.buffers.Buffers}. */
@BindingSpec("buffers.yaml")
package dev.ffmbind.it.buffers;

import dev.ffmbind.annotation.BindingSpec;
