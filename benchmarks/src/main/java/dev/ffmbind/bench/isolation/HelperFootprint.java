package dev.ffmbind.bench.isolation;

import dev.ffmbind.isolation.IsolatedProcess;
import dev.ffmbind.isolation.Isolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a helper costs besides its calls: start-up time ({@code load(Isolation.process())} until the
 * library is loaded and the first call can run) and resident memory. Run with the benchmark jar:
 * {@code java --enable-native-access=ALL-UNNAMED -Dffmbind.library.path=... -cp
 * target/benchmarks.jar dev.ffmbind.bench.isolation.HelperFootprint [runs]}.
 */
public final class HelperFootprint {

  private HelperFootprint() {}

  /**
   * Prints the start-up times (min, median, max of {@code runs}), the helper's {@code VmRSS} after
   * start-up and after 10 000 scalar calls, and this JVM's for comparison.
   */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long[] ms = new long[runs];
    long rssStart = 0;
    long rssAfter = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      BenchIsolated b = BenchIsolated.load(Isolation.process());
      b.add(1, 2);
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
      IsolatedProcess p = Isolation.processOf(b).orElseThrow();
      if (i == runs - 1) {
        rssStart = rssKb(p.pid());
        for (int k = 0; k < 10_000; k++) {
          b.add(k, 1);
        }
        b.sum(new byte[IsolatedCalls.BUFFER]);
        rssAfter = rssKb(p.pid());
      }
      p.close();
    }
    Arrays.sort(ms);
    System.out.printf(
        "helper start-up ms: min %d, median %d, max %d (%d runs)%n",
        ms[0], ms[runs / 2], ms[runs - 1], runs);
    System.out.printf(
        "helper VmRSS kB: %d after start-up, %d after 10000 calls; this JVM: %d%n",
        rssStart, rssAfter, rssKb(ProcessHandle.current().pid()));
  }

  static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
