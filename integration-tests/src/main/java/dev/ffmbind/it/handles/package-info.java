/** Opaque handles and handle out-parameters; generates {@link dev.ffmbind.it.handles.Counters}. */
@BindingSpec("counters.yaml")
package dev.ffmbind.it.handles;

import dev.ffmbind.annotation.BindingSpec;
