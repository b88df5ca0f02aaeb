package dev.ffmbind.isolation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an isolated binding runs: in a helper process, restarted or not after a crash, with or
 * without a per-call timeout and a {@link Sandbox}. Immutable; each {@code with} method returns a
 * copy.
 *
 * {@snippet :
 * Zlib zlib = Zlib.load(Isolation.process()
 *     .timeout(Duration.ofSeconds(5))
 *     .sandbox(Sandbox.deny(Sandbox.Group.NETWORK, Sandbox.Group.PROCESS)));
 * }
 *
 * <p>Every {@code load(Isolation)} starts its own helper: a JVM running the same generated binding
 * in-process, which receives each call over a pipe. Calls to one helper run one at a time.
 */
public final class Isolation {

  /** What the next call does after the helper crashed. */
  public enum CrashPolicy {
    /** Start a fresh helper (the default). Handles of the dead one stay unusable. */
    RESTART,
    /** Fail every later call with {@link HelperUnavailableException}. */
    STAY_FAILED
  }

  private final CrashPolicy crashPolicy;
  private final Duration timeout;
  private final Sandbox sandbox;
  private final Path workingDirectory;
  private final List<String> jvmOptions;
  private final int stderrLines;
  private final int sharedMemoryThreshold;
  private final int helpers;

  /**
   * Arrays of at least this many bytes cross through shared memory by default (measured:
   * docs/isolation.md, "What it costs").
   */
  public static final int DEFAULT_SHARED_MEMORY_THRESHOLD = 4 * 1024;

  private Isolation(
      CrashPolicy crashPolicy,
      Duration timeout,
      Sandbox sandbox,
      Path workingDirectory,
      List<String> jvmOptions,
      int stderrLines,
      int sharedMemoryThreshold,
      int helpers) {
    this.sharedMemoryThreshold = sharedMemoryThreshold;
    this.helpers = helpers;
    this.crashPolicy = crashPolicy;
    this.timeout = timeout;
    this.sandbox = sandbox;
    this.workingDirectory = workingDirectory;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.stderrLines = stderrLines;
  }

  /**
   * A helper process with the defaults: restart after a crash, no timeout, no sandbox, the current
   * working directory, the default helper JVM options, 20 lines of standard error kept.
   */
  public static Isolation process() {
    return new Isolation(
        CrashPolicy.RESTART,
        null,
        Sandbox.none(),
        null,
        defaultJvmOptions(),
        20,
        DEFAULT_SHARED_MEMORY_THRESHOLD,
        1);
  }

  /**
   * The options the helper JVM starts with unless {@link #jvmOptions(List)} replaces them: a small
   * serial-GC heap and the client compiler only, which start fastest (docs/isolation.md).
   */
  public static List<String> defaultJvmOptions() {
    return List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m");
  }

  /** A copy with another crash policy. */
  public Isolation onCrash(CrashPolicy policy) {
    return new Isolation(
        Objects.requireNonNull(policy),
        timeout,
        sandbox,
        workingDirectory,
        jvmOptions,
        stderrLines,
        sharedMemoryThreshold,
        helpers);
  }

  /**
   * A copy whose calls time out: a call still running after {@code perCall} kills the helper and
   * throws {@link HelperTimeoutException}.
   */
  public Isolation timeout(Duration perCall) {
    if (perCall.isNegative() || perCall.isZero()) {
      throw new IllegalArgumentException("a timeout must be positive, not " + perCall);
    }
    return new Isolation(
        crashPolicy,
        perCall,
        sandbox,
        workingDirectory,
        jvmOptions,
        stderrLines,
        sharedMemoryThreshold,
        helpers);
  }

  /** A copy whose helper runs under {@code sandbox}. */
  public Isolation sandbox(Sandbox sandbox) {
    return new Isolation(
        crashPolicy,
        timeout,
        Objects.requireNonNull(sandbox),
        workingDirectory,
        jvmOptions,
        stderrLines,
        sharedMemoryThreshold,
        helpers);
  }

  /** A copy whose helper starts in {@code directory}. */
  public Isolation workingDirectory(Path directory) {
    return new Isolation(
        crashPolicy,
        timeout,
        sandbox,
        Objects.requireNonNull(directory),
        jvmOptions,
        stderrLines,
        sharedMemoryThreshold,
        helpers);
  }

  /** A copy whose helper JVM gets {@code options} instead of {@link #defaultJvmOptions()}. */
  public Isolation jvmOptions(List<String> options) {
    return new Isolation(
        crashPolicy,
        timeout,
        sandbox,
        workingDirectory,
        new ArrayList<>(options),
        stderrLines,
        sharedMemoryThreshold,
        helpers);
  }

  /** A copy that keeps the last {@code lines} lines of the helper's standard error. */
  public Isolation stderrLines(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("stderrLines must not be negative: " + lines);
    }
    return new Isolation(
        crashPolicy,
        timeout,
        sandbox,
        workingDirectory,
        jvmOptions,
        lines,
        sharedMemoryThreshold,
        helpers);
  }

  /**
   * Returns a copy whose calls pass primitive arrays of at least {@code bytes} bytes (both ways)
   * through memory that this process and the helper both map, instead of copying them through the
   * pipe; {@link Integer#MAX_VALUE} sends everything through the pipe.
   *
   * @param bytes the threshold in bytes, at least 0
   * @return the changed copy
   */
  public Isolation sharedMemoryThreshold(int bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("sharedMemoryThreshold must not be negative: " + bytes);
    }
    return new Isolation(
        crashPolicy, timeout, sandbox, workingDirectory, jvmOptions, stderrLines, bytes, helpers);
  }

  /**
   * Returns the size from which arrays cross through shared memory.
   *
   * @return bytes; {@link Integer#MAX_VALUE} if never
   */
  public int sharedMemoryThreshold() {
    return sharedMemoryThreshold;
  }

  /**
   * Returns a copy that runs {@code count} helper processes, so that calls from several threads run
   * in parallel (one call at a time per helper). A call with a handle runs in the helper that
   * created it; other calls take an idle helper. Each helper has its own copy of the library's
   * global state, so a pool suits libraries whose calls do not depend on earlier calls except
   * through handles (docs/isolation.md).
   *
   * @param count at least 1 (the default)
   * @return the changed copy
   */
  public Isolation helpers(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("helpers must be at least 1: " + count);
    }
    return new Isolation(
        crashPolicy,
        timeout,
        sandbox,
        workingDirectory,
        jvmOptions,
        stderrLines,
        sharedMemoryThreshold,
        count);
  }

  /**
   * Returns how many helper processes run the binding's calls.
   *
   * @return at least 1
   */
  public int helpers() {
    return helpers;
  }

  /** What the next call does after a crash. */
  public CrashPolicy crashPolicy() {
    return crashPolicy;
  }

  /** The per-call timeout, if any. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The helper's sandbox ({@link Sandbox#none()} by default). */
  public Sandbox sandbox() {
    return sandbox;
  }

  /** The helper's working directory, if not this process's. */
  public Optional<Path> workingDirectory() {
    return Optional.ofNullable(workingDirectory);
  }

  /** The helper JVM's options. */
  public List<String> jvmOptions() {
    return jvmOptions;
  }

  /** How many of the helper's last standard-error lines a crash report carries. */
  public int stderrLines() {
    return stderrLines;
  }

  /**
   * The helper of a binding obtained with {@code load(Isolation)}, or empty for a binding loaded
   * in-process.
   */
  public static java.util.Optional<IsolatedProcess> processOf(Object binding) {
    return dev.ffmbind.internal.isolation.IsolatedLibrary.of(binding);
  }

  @Override
  public String toString() {
    return "Isolation[process, onCrash="
        + crashPolicy
        + ", timeout="
        + (timeout == null ? "none" : timeout)
        + ", sandbox="
        + sandbox
        + "]";
  }
}
