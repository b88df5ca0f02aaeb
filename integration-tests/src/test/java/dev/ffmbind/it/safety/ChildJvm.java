package dev.ffmbind.it.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link NaiveFfm} in a child JVM (the JDK running the tests) and captures what happened. */
record ChildJvm(int exitCode, String stdout, String stderr) {

  static final String NATIVE_DIR = System.getProperty("ffmbind.library.path");

  static ChildJvm run(String scenario) throws IOException, InterruptedException {
    Path classes =
        Path.of(NaiveFfm.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    Path work = Path.of(NATIVE_DIR).getParent().resolve("child-jvm");
    Files.createDirectories(work);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            "-Xmx64m",
            "-XX:-UsePerfData",
            "-XX:ErrorFile=" + work.resolve("hs_err_" + scenario + "_%p.log"),
            "-cp",
            classes.toString(),
            NaiveFfm.class.getName(),
            scenario,
            NATIVE_DIR));
    Path out = work.resolve(scenario + ".out");
    Path err = work.resolve(scenario + ".err");
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("child JVM for " + scenario + " timed out");
    }
    return new ChildJvm(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** @return the {@code key=value} lines of stdout */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }
}
