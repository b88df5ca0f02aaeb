/**
 * A resident struct of the C library through a YAML spec: {@link
 * dev.ffmbind.it.resident.ResidentLibc}, whose {@code struct tm*} parameters and results are views.
 */
@BindingSpec("resident.yaml")
package dev.ffmbind.it.resident;

import dev.ffmbind.annotation.BindingSpec;
