/**
 * Callback bindings: {@code Sort} (libc {@code qsort}/{@code bsearch}) and {@code CbLib} (the
 * callbacks test library) from YAML, and {@link dev.ffmbind.it.callbacks.CbApi} from annotations.
 */
@BindingSpec({"sort.yaml", "cblib.yaml"})
package dev.ffmbind.it.callbacks;

import dev.ffmbind.annotation.BindingSpec;
