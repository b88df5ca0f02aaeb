/**
 * The cost of crash isolation (docs/isolation.md): {@code BenchIsolated}, generated from {@code
 * bench-isolated.yaml} ({@code isolation: allowed}), called in-process and through a helper process
 * ({@link dev.ffmbind.bench.isolation.IsolatedCalls}), and the helper's start-up time and memory
 * ({@link dev.ffmbind.bench.isolation.HelperFootprint}).
 */
@BindingSpec("bench-isolated.yaml")
package dev.ffmbind.bench.isolation;

import dev.ffmbind.annotation.BindingSpec;
