package dev.ffmbind.processor.model;

/** Which way data behind a pointer parameter flows. Scalars are always {@link #IN}. */
public enum Direction {
  /** Copied to native memory before the call; native code only reads it. */
  IN,
  /** Native code writes it; copied back to Java after the call. */
  OUT,
  /** Copied in before and back after the call. */
  INOUT;

  public boolean copiesIn() {
    return this != OUT;
  }

  public boolean copiesOut() {
    return this != IN;
  }
}
