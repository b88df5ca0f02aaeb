/**
 * The benchmark library bound through the YAML front end: generates {@code BenchYaml} from {@code
 * bench.yaml} (in src/main/resources, same package).
 */
@BindingSpec({"bench.yaml", "bench-callbacks.yaml"})
package dev.ffmbind.bench.yaml;

import dev.ffmbind.annotation.BindingSpec;
