/**
 * Fixed-size array parameters against real C ({@code fixedarrays.c}): the YAML spec generates
 * {@link dev.ffmbind.it.fixedarrays.FixedArraysLib}, the annotated {@link
 * dev.ffmbind.it.fixedarrays.FixedArraysApi} its twin {@code FixedArraysApi_Ffm}.
 */
@BindingSpec("fixedarrays.yaml")
package dev.ffmbind.it.fixedarrays;

import dev.ffmbind.annotation.BindingSpec;
