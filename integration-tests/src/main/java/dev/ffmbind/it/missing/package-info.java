/**
 * Bindings that cannot load: a library that does not exist, and symbols that do not exist in
 * libffmbindtest. They compile; {@code load()} throws.
 */
@BindingSpec({"missing-library.yaml", "missing-symbols.yaml", "override.yaml"})
package dev.ffmbind.it.missing;

import dev.ffmbind.annotation.BindingSpec;
