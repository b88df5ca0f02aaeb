package dev.ffmbind.processor.abi;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system C compiler: {@code CC} if set, else {@code cc}, found on {@code PATH}. Runs it on a
 * translation unit and returns its diagnostics, one per line ({@code file:line:col: kind: text}),
 * in the C locale so that quotes are plain {@code '}.
 */
final class CCompiler {

  private static final Pattern LINE =
      Pattern.compile("^(.*?):(\\d+):(\\d+): (fatal error|error|warning|note): (.*)$");

  private final List<String> command;
  private final boolean clang;

  private CCompiler(List<String> command, boolean clang) {
    this.command = List.copyOf(command);
    this.clang = clang;
  }

  /** One diagnostic of the compiler; {@code kind} is {@code error}, {@code note}, ... */
  record CDiagnostic(String file, int line, int column, String kind, String text) {
    boolean isError() {
      return kind.endsWith("error");
    }

    /** The file's last path element ({@code zlib.h}). */
    String fileName() {
      return Path.of(file).getFileName().toString();
    }
  }

  /**
   * The compiler named by {@code CC} (which may carry arguments, as make allows), else {@code cc};
   * empty when it is not on {@code PATH} or does not run.
   */
  static Optional<CCompiler> find(Map<String, String> env) {
    String cc = env.getOrDefault("CC", "").strip();
    List<String> command = new ArrayList<>(List.of((cc.isEmpty() ? "cc" : cc).split("\\s+")));
    Optional<Path> exe = onPath(command.get(0), env.getOrDefault("PATH", ""));
    if (exe.isEmpty()) {
      return Optional.empty();
    }
    command.set(0, exe.get().toString());
    List<String> version = new ArrayList<>(command);
    version.add("--version");
    try {
      Result r = run(version, null, 20);
      if (r.status != 0) {
        return Optional.empty();
      }
      return Optional.of(new CCompiler(command, r.output.contains("clang")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** What {@link #find} would use, for messages. */
  static String describeSearch(Map<String, String> env) {
    String cc = env.getOrDefault("CC", "").strip();
    return cc.isEmpty() ? "'cc' is not on PATH and CC is not set" : "CC='" + cc + "' does not run";
  }

  private static Optional<Path> onPath(String name, String path) {
    if (name.contains(File.separator)) {
      Path p = Path.of(name);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Checks the syntax and semantics of {@code source} (no code is generated). */
  List<CDiagnostic> check(Path source, List<String> includeDirs, List<String> defines)
      throws IOException {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("-fsyntax-only", "-std=gnu11", "-w"));
    args.addAll(
        clang
            ? List.of("-ferror-limit=0", "-fno-caret-diagnostics", "-fno-color-diagnostics")
            : List.of("-fmax-errors=0", "-fdiagnostics-plain-output", "-fno-diagnostics-color"));
    includeDirs.forEach(d -> args.add("-I" + d));
    defines.forEach(d -> args.add("-D" + d));
    args.add(source.toString());
    return parse(run(args, source.getParent(), 120).output);
  }

  /** Preprocesses {@code source} and returns the text. */
  String preprocess(Path source, List<String> includeDirs, List<String> defines)
      throws IOException {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("-E", "-P", "-std=gnu11", "-w"));
    includeDirs.forEach(d -> args.add("-I" + d));
    defines.forEach(d -> args.add("-D" + d));
    args.add(source.toString());
    Result r = run(args, source.getParent(), 120);
    if (r.status != 0) {
      throw new IOException("the preprocessor failed: " + firstLines(r.output));
    }
    return r.output;
  }

  private static String firstLines(String text) {
    String[] lines = text.split("\n");
    return String.join(" | ", List.of(lines).subList(0, Math.min(3, lines.length)));
  }

  static List<CDiagnostic> parse(String output) {
    List<CDiagnostic> result = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        result.add(
            new CDiagnostic(
                m.group(1),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4),
                m.group(5)));
      }
    }
    return result;
  }

  private record Result(int status, String output) {}

  private static Result run(List<String> args, Path dir, int timeoutSeconds) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANG", "C");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(args.get(0) + " did not finish in " + timeoutSeconds + " s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + args.get(0), e);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
