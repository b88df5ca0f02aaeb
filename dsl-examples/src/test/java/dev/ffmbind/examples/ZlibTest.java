package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** zlib through its YAML binding, including the capacity passed through {@code uLongf* destLen}. */
class ZlibTest {

  private final Zlib zlib = Zlib.load();

  @Test
  void roundTrip() {
    byte[] input = "round and round ".repeat(100).getBytes(StandardCharsets.UTF_8);
    byte[] compressed = new byte[(int) zlib.compressBound(input.length)];
    long[] compressedLen = {compressed.length};
    zlib.compress2(compressed, compressedLen, input, 6);
    byte[] restored = new byte[input.length];
    long[] restoredLen = {restored.length};
    zlib.uncompress(restored, restoredLen, Arrays.copyOf(compressed, (int) compressedLen[0]));
    assertEquals(input.length, restoredLen[0]);
    assertArrayEquals(input, restored);
  }

  @Test
  void aCapacityLargerThanTheArrayIsRejectedBeforeZlibCanOverrunIt() {
    byte[] input = new byte[1000];
    byte[] dest = new byte[16];
    long[] destLen = {1 << 20}; // a lie: zlib would write up to 1 MiB into a 16-byte buffer
    IndexOutOfBoundsException e =
        assertThrows(
            IndexOutOfBoundsException.class, () -> zlib.compress2(dest, destLen, input, 6));
    assertEquals(
        "compress2: 'destLen' is 1048576, but 'dest' holds only 16 elements", e.getMessage());
    assertEquals(1 << 20, destLen[0], "zlib was never called");
  }

  @Test
  void aTooSmallBufferIsZlibsOwnStatusError() {
    byte[] input =
        "incompressible? no, but the buffer is tiny".repeat(10).getBytes(StandardCharsets.UTF_8);
    byte[] dest = new byte[8];
    long[] destLen = {dest.length};
    Zlib.ZlibException e =
        assertThrows(Zlib.ZlibException.class, () -> zlib.compress2(dest, destLen, input, 6));
    assertEquals("Z_BUF_ERROR", e.codeName());
  }
}
