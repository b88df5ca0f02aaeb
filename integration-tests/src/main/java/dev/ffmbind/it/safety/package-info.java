/**
 * The crash-classes suite (docs/safety.md): libffmbindsafety bound through a YAML spec ({@link
 * dev.ffmbind.it.safety.Safety}), and a second binding to libffmbindtest that exports a symbol of
 * the same name ({@link dev.ffmbind.it.safety.ClashTest}).
 */
@BindingSpec({"safety.yaml", "clash-test.yaml"})
package dev.ffmbind.it.safety;

import dev.ffmbind.annotation.BindingSpec;
