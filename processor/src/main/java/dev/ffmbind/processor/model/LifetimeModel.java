package dev.ffmbind.processor.model;

/**
 * How long C may use a callback it was given (YAML {@code lifetime:}, annotation
 * {@code @Lifetime}).
 */
public enum LifetimeModel {
  /** Only while the function that received it runs: one cached stub, dispatch per call. */
  CALL,
  /** After the call returns too: the method returns a {@code dev.ffmbind.Registration}. */
  REGISTERED;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
