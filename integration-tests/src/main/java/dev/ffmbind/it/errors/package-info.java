/** Every error convention; generates {@link dev.ffmbind.it.errors.ErrorConventions}. */
@BindingSpec("errors.yaml")
package dev.ffmbind.it.errors;

import dev.ffmbind.annotation.BindingSpec;
