/**
 * Scalar round trips. The spec lives in {@code src/main/resources/dev/ffmbind/it/scalars/}, so the
 * processor finds it on the class path; it generates {@link dev.ffmbind.it.scalars.Scalars}.
 */
@BindingSpec("scalars.yaml")
package dev.ffmbind.it.scalars;

import dev.ffmbind.annotation.BindingSpec;
