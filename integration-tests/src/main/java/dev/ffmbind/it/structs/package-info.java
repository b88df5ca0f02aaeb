/**
 * Structs and unions against real C ({@code structs.c}): the YAML spec generates {@link
 * dev.ffmbind.it.structs.StructsLib}.
 */
@BindingSpec("structs.yaml")
package dev.ffmbind.it.structs;

import dev.ffmbind.annotation.BindingSpec;
