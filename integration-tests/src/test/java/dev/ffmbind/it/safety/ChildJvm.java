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

/**
 * A child JVM (the JDK running the tests) and what happened in it: {@link #run(String)} runs a
 * {@link NaiveFfm} scenario, {@link #run(List, Path, String)} any java command line.
 */
public record ChildJvm(int exitCode, String stdout, String stderr) {

  static final String NATIVE_DIR = System.getProperty("ffmbind.library.path");

  static ChildJvm run(String scenario) throws IOException, InterruptedException {
    Path classes =
        Path.of(NaiveFfm.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    Path work = Path.of(NATIVE_DIR).getParent().resolve("child-jvm");
    Files.createDirectories(work);
    List<String> options =
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
            NATIVE_DIR);
    return run(options, work, scenario);
  }

  /**
   * Runs {@code java} with the given options and arguments, waiting up to 60 seconds.
   *
   * @param arguments everything after {@code java} on the command line
   * @param work the working directory; stdout and stderr go to {@code name.out} and {@code
   *     name.err} in it
   * @param name names the output files and, on a timeout, the run
   * @return the exit code and the output
   */
  public static ChildJvm run(List<String> arguments, Path work, String name)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Path out = work.resolve(name + ".out");
    Path err = work.resolve(name + ".err");
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("child JVM for " + name + " timed out");
    }
    return new ChildJvm(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * @return the {@code key=value} lines of stdout
   */
  public Map<String, String> values() {
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
