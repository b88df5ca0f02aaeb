/**
 * Callback shapes of real C APIs ({@code Shapes} from YAML, over the C library cbshapes.c): an
 * option-setter easy handle, a parser with handlers and user data set in separate calls, a registry
 * with several callbacks and a user-data destructor.
 */
@BindingSpec({"shapes.yaml"})
package dev.ffmbind.it.shapes;

import dev.ffmbind.annotation.BindingSpec;
