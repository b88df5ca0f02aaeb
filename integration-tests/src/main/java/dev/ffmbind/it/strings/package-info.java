/**
 * Strings and ownership. The spec sits next to this file in {@code src/main/java}, so the processor
 * finds it on the source path; it generates {@link dev.ffmbind.it.strings.Strings}.
 */
@BindingSpec("strings.yaml")
package dev.ffmbind.it.strings;

import dev.ffmbind.annotation.BindingSpec;
