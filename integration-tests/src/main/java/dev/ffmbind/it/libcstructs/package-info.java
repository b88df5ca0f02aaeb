/** The C library's structs through a YAML spec: {@link dev.ffmbind.it.libcstructs.LibcStructs}. */
@BindingSpec("libcstructs.yaml")
package dev.ffmbind.it.libcstructs;

import dev.ffmbind.annotation.BindingSpec;
