package dev.ffmbind.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the report is generated on (run.sh generates it right after the run). */
final class Machine {

  private Machine() {}

  /**
   * @return Markdown bullet lines: cores, CPU model, memory, OS
   */
  static String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("* CPU: ")
        .append(cpuModel())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores available (`nproc`)\n");
    memory().ifPresent(m -> sb.append("* Memory: ").append(m).append('\n'));
    sb.append("* OS: ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append('\n');
    return sb.toString();
  }

  private static String cpuModel() {
    return readLines("/proc/cpuinfo").stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("unknown CPU");
  }

  private static java.util.Optional<String> memory() {
    return readLines("/proc/meminfo").stream()
        .filter(l -> l.startsWith("MemTotal:"))
        .map(l -> l.replaceAll("[^0-9]", ""))
        .map(kb -> String.format(java.util.Locale.ROOT, "%.0f GiB", Long.parseLong(kb) / 1048576.0))
        .findFirst();
  }

  private static List<String> readLines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
