package dev.ffmbind.it.fixedarrays;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.InOut;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Symbol;

/**
 * The annotated twin of {@code fixedarrays.yaml}: fixed-size array parameters through the
 * annotation front end. The processor generates {@code FixedArraysApi_Ffm}.
 */
@NativeLibrary(value = "ffmbindfixed", typedefs = "id16_t=unsigned char[16]")
public interface FixedArraysApi {

  /** Writes 0 to 15 into {@code out}. */
  void fill16(@Out @CType("unsigned char[16]") byte[] out);

  /** The sum of the four values. */
  int sum4(@CType("const int[4]") int[] v);

  /** Reverses an id in place. */
  @Symbol("reverse_id")
  void reverseId(@InOut @CType("id16_t") byte[] id);
}
