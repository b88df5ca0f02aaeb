/**
 * Handles and callbacks as variadic arguments against real C ({@code variadic.c}); the YAML spec
 * generates {@link dev.ffmbind.it.variadic.VaLib}.
 */
@BindingSpec("variadic.yaml")
package dev.ffmbind.it.variadic;

import dev.ffmbind.annotation.BindingSpec;
