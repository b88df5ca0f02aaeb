/**
 * Constants and enums against real C ({@code datamodel.c}). The spec lives in {@code
 * src/main/resources/dev/ffmbind/it/datamodel/}; it generates {@link
 * dev.ffmbind.it.datamodel.DataModel}.
 */
@BindingSpec("datamodel.yaml")
package dev.ffmbind.it.datamodel;

import dev.ffmbind.annotation.BindingSpec;
