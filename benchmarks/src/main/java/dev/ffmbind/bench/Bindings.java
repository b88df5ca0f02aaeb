package dev.ffmbind.bench;

import dev.ffmbind.bench.annotated.BenchLib;
import dev.ffmbind.bench.annotated.BenchLib_Ffm;
import dev.ffmbind.bench.yaml.BenchYaml;

/**
 * The two ffmbind bindings in {@code static final} fields, as an application would hold them (the
 * JIT then knows the exact class behind the {@link BenchLib} interface).
 */
final class Bindings {

  /** Generated from src/main/resources/dev/ffmbind/bench/yaml/bench.yaml. */
  static final BenchYaml YAML = BenchYaml.load();

  /** Generated from {@link BenchLib}. */
  static final BenchLib ANNOTATED = BenchLib_Ffm.load();

  private Bindings() {}
}
