package dev.ffmbind.bench.jna;

import com.sun.jna.Structure;

/** JNA's {@code struct bench_pair}. */
@Structure.FieldOrder({"id", "value"})
public class JnaPair extends Structure {

  /** The {@code id} field. */
  public int id;

  /** The {@code value} field. */
  public double value;

  /** The struct by value, as {@code bench_pair_make} returns it. */
  public static class ByValue extends JnaPair implements Structure.ByValue {}
}
