/**
 * The crash-isolation binding ({@code iso.yaml}, {@code isolation: allowed}): the same class runs
 * in-process and in a helper process (docs/isolation.md).
 */
@BindingSpec("iso.yaml")
package dev.ffmbind.it.isolation;

import dev.ffmbind.annotation.BindingSpec;
