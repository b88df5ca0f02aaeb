package dev.ffmbind.bench.jna;

import com.sun.jna.NativeLong;
import com.sun.jna.Structure;

/** JNA's {@code struct bench_tv}, passed by reference (JNA's default for a Structure argument). */
@Structure.FieldOrder({"tv_sec", "tv_usec"})
public class JnaTv extends Structure {

  /** The {@code tv_sec} field. */
  public NativeLong tv_sec;

  /** The {@code tv_usec} field. */
  public NativeLong tv_usec;
}
