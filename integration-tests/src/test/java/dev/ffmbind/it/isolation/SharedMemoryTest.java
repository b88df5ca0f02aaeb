package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.Isolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Large arrays cross through memory both processes map (docs/isolation.md): the same answers as
 * in-process and as through the pipe, for arguments, out-arrays copied back and sizes around the
 * threshold and beyond the shared region; the file behind it is gone once the helper has mapped it.
 */
class SharedMemoryTest {

  private static final Iso LOCAL = Iso.load();
  private static final Iso SHARED = Iso.load(Isolation.process());
  private static final Iso PIPE =
      Iso.load(Isolation.process().sharedMemoryThreshold(Integer.MAX_VALUE));

  @AfterAll
  static void stop() {
    for (Iso iso : List.of(SHARED, PIPE)) {
      Isolation.processOf(iso).orElseThrow().close();
    }
  }

  @Test
  void argumentsAroundTheThresholdArriveWhole() {
    int t = Isolation.DEFAULT_SHARED_MEMORY_THRESHOLD;
    Random random = new Random(42);
    for (int n : new int[] {0, 1, t - 1, t, t + 1, 3 * t + 5, 1 << 20}) {
      byte[] data = new byte[n];
      random.nextBytes(data);
      long expected = LOCAL.checksum(data);
      assertEquals(expected, SHARED.checksum(data), n + " bytes, shared");
      assertEquals(expected, PIPE.checksum(data), n + " bytes, pipe");
    }
    int[] values = random.ints(1 << 20).toArray(); // 4 MB
    assertEquals(LOCAL.sum(values), SHARED.sum(values));
  }

  @Test
  void outArraysComeBackThroughSharedMemory() {
    for (int n : new int[] {100, 64 * 1024, 4 << 20}) {
      byte[] expected = new byte[n];
      LOCAL.fill(expected, (byte) 7);
      byte[] shared = new byte[n];
      SHARED.fill(shared, (byte) 7);
      assertArrayEquals(expected, shared, n + " bytes");
    }
  }

  @Test
  void anArrayLargerThanTheSharedRegionTakesThePipe() {
    byte[] data = new byte[20 << 20]; // more than one direction's 16 MB
    new Random(1).nextBytes(data);
    assertEquals(LOCAL.checksum(data), SHARED.checksum(data));
    byte[] out = new byte[20 << 20];
    SHARED.fill(out, (byte) 3);
    assertEquals((byte) (3 + (out.length - 1)), out[out.length - 1]);
  }

  @Test
  void theHelperMapsTheRegionAndItsFileIsDeleted() throws IOException {
    SHARED.checksum(new byte[1 << 16]);
    long pid = Isolation.processOf(SHARED).orElseThrow().pid();
    List<String> maps = Files.readAllLines(Path.of("/proc/" + pid + "/maps"));
    List<String> region = maps.stream().filter(l -> l.contains("ffmbind-helper-")).toList();
    assertEquals(1, region.size(), String.join("\n", maps));
    assertTrue(region.get(0).endsWith("(deleted)"), region.get(0));
    assertTrue(region.get(0).contains(" rw-s "), "a shared mapping: " + region.get(0));
    long pipePid = Isolation.processOf(PIPE).orElseThrow().pid();
    assertTrue(
        Files.readAllLines(Path.of("/proc/" + pipePid + "/maps")).stream()
            .noneMatch(l -> l.contains("ffmbind-helper-")),
        "sharedMemoryThreshold(MAX_VALUE): no region");
  }
}
