package dev.ffmbind.bench;

import java.util.Random;

/** Deterministic benchmark inputs, shared with the smoke test so it can compute expectations. */
public final class Inputs {

  private Inputs() {}

  /**
   * @param length the number of characters
   * @return an ASCII string of that length ({@code abc...zabc...})
   */
  public static String asciiString(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + i % 26));
    }
    return sb.toString();
  }

  /**
   * @param size the number of bytes
   * @return bytes covering the whole unsigned range (so a signed/unsigned mistake shows)
   */
  public static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 7);
    }
    return bytes;
  }

  /**
   * @param count the number of ints
   * @return a fixed pseudo-random permutation of {@code 0..count-1}
   */
  public static int[] shuffledInts(int count) {
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = i;
    }
    Random random = new Random(42);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    return values;
  }

  /**
   * An order-sensitive fingerprint of an int array, so a benchmark can return one value that proves
   * the array was sorted.
   *
   * @param values the ints
   * @return a polynomial hash of the ints in order
   */
  public static long fingerprint(int[] values) {
    long f = 0;
    for (int v : values) {
      f = f * 31 + v;
    }
    return f;
  }
}
