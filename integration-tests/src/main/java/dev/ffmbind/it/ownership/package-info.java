/**
 * Issue 4, generator side: owned handles with destructors (declared or not, void or status),
 * versioned and optional symbols, and wchar_t strings, bound through YAML specs; and {@link
 * dev.ffmbind.it.ownership.CounterApi}, the same ownership through annotations.
 */
@BindingSpec({
  "owned-counters.yaml",
  "owned-resources.yaml",
  "closed-resources.yaml",
  "versions.yaml",
  "required-missing.yaml",
  "wide.yaml"
})
package dev.ffmbind.it.ownership;

import dev.ffmbind.annotation.BindingSpec;
