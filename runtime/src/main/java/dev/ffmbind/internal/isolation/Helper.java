package dev.ffmbind.internal.isolation;

import dev.ffmbind.isolation.HelperCrashedException;
import dev.ffmbind.isolation.HelperTimeoutException;
import dev.ffmbind.isolation.HelperUnavailableException;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import dev.ffmbind.isolation.SandboxViolationException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One helper process: a JVM running {@link HelperMain} for one binding class, its pipes, the tail
 * of its standard error, and how it died. Calls are sent one at a time (a lock); a call that finds
 * the helper dead fails without being sent.
 */
final class Helper {

  static final byte OP_CALL = 1;
  static final byte OP_DESTROY = 2;
  static final byte OK = 0;
  static final byte THREW = 1;

  /** From the helper during a call: run callback {@code id} with these arguments. */
  static final byte CALLBACK = 3;

  /** To the helper: the callback returned (its result and the segments it changed follow). */
  static final byte OP_CALLBACK_RETURN = 4;

  /** To the helper: the callback threw (the exception stays in the calling process). */
  static final byte OP_CALLBACK_THREW = 5;

  /** Runs one callback the helper asked for, on the calling thread, and answers it. */
  interface Callbacks {
    void run(DataInputStream in, DataOutputStream out, Wire.Handles handles, ClassLoader loader)
        throws IOException;
  }

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ffmbind-isolation-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** The JVM's crash report line: {@code # SIGSEGV (0xb) at pc=0x..., pid=1, tid=2}. */
  private static final Pattern JVM_SIGNAL = Pattern.compile("^#\\s+(SIG[A-Z]+) \\(0x[0-9a-f]+\\)");

  private final Isolation isolation;
  private final Process process;
  private final int generation;
  private final String binding;
  private final DataOutputStream out;
  private final DataInputStream in;
  private final ArrayDeque<String> stderr = new ArrayDeque<>();
  private final List<String> crashReport = new ArrayList<>();
  private final Thread stderrReader;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile HelperCrashedException failure;
  private volatile boolean timedOut;

  /** The number of the call in flight (0: none); the watchdog kills only for the call it timed. */
  private final java.util.concurrent.atomic.AtomicLong inFlight =
      new java.util.concurrent.atomic.AtomicLong();

  private long calls;
  private volatile boolean stopped;

  /** Memory mapped by both processes for large arrays; null if it could not be set up. */
  private final SharedMemory shared;

  private final SharedMemory.Out sharedOut;

  private Helper(
      Isolation isolation, Process process, int generation, String binding, SharedMemory shared) {
    this.isolation = isolation;
    this.shared = shared;
    this.sharedOut = shared == null ? null : shared.out(true, isolation.sharedMemoryThreshold());
    this.process = process;
    this.generation = generation;
    this.binding = binding;
    this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    this.stderrReader =
        Thread.ofPlatform().daemon().name("ffmbind-helper-stderr").unstarted(this::readStderr);
    stderrReader.start();
  }

  /** Starts a helper for {@code bindingClass} and waits until it has loaded the library. */
  static Helper start(Isolation isolation, Class<?> bindingClass, int generation)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:-UsePerfData");
    command.add("-XX:-CreateCoredumpOnCrash");
    command.add(
        "-XX:ErrorFile="
            + Path.of(System.getProperty("java.io.tmpdir"), "ffmbind-helper-hs_err-%p.log"));
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(isolation.jvmOptions());
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("ffmbind.") || key.equals("java.library.path")) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HelperMain.class.getName());
    command.add(bindingClass.getName());
    command.add(SandboxInstaller.encode(isolation.sandbox()));
    SharedMemory shared = null;
    if (isolation.sharedMemoryThreshold() < Integer.MAX_VALUE) {
      try {
        shared = SharedMemory.create();
      } catch (IOException | RuntimeException e) {
        shared = null; // everything goes through the pipe
      }
    }
    command.add(shared == null ? "-" : shared.file().toString());
    command.add(Integer.toString(isolation.sharedMemoryThreshold()));
    ProcessBuilder builder = new ProcessBuilder(command);
    isolation.workingDirectory().ifPresent(d -> builder.directory(d.toFile()));
    Helper helper;
    try {
      helper =
          new Helper(isolation, builder.start(), generation, bindingClass.getSimpleName(), shared);
      helper.handshake();
    } finally {
      if (shared != null) {
        shared.unlink(); // both have mapped it (or the helper never will)
      }
    }
    return helper;
  }

  private void handshake() {
    try {
      byte status = in.readByte();
      if (status == OK) {
        return;
      }
      Throwable t = Wire.readThrowable(in, getClass().getClassLoader());
      stop();
      if (t instanceof RuntimeException r) {
        throw r;
      }
      throw new HelperUnavailableException(binding + ": the isolated helper failed to start", t);
    } catch (IOException e) {
      HelperCrashedException died = died("load");
      throw new HelperUnavailableException(
          binding + ": the isolated helper failed to start: " + died.getMessage(), died);
    }
  }

  int generation() {
    return generation;
  }

  long pid() {
    return process.pid();
  }

  /** Where large arrays of a request go, or null. */
  SharedMemory.Out sharedOut() {
    return sharedOut;
  }

  /** Where large arrays of a reply arrive, or null. */
  java.lang.foreign.MemorySegment sharedIn() {
    return shared == null ? null : shared.in(true);
  }

  /** Whether a call is running on this helper. */
  boolean busy() {
    return lock.isLocked();
  }

  /** Whether the calling thread is in a call on this helper (a callback's nested call). */
  boolean heldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  HelperCrashedException failure() {
    return failure;
  }

  /**
   * Sends one call and waits for its answer.
   *
   * @param copyBack receives (argument index, new value) for each array or {@code Ref} the call
   *     changed
   */
  Object call(
      String function,
      Object[] args,
      String[] names,
      Wire.Handles handles,
      BiConsumer<Integer, Object> copyBack,
      Callbacks callbacks,
      ClassLoader loader) {
    lock.lock();
    try {
      // Encoded under the lock (large arrays go to shared memory, one request at a time), before
      // anything is sent: a closed or stale handle fails here, and nothing is sent.
      ByteArrayOutputStream request = new ByteArrayOutputStream(64);
      if (sharedOut != null) {
        sharedOut.reset();
      }
      try {
        DataOutputStream r = new DataOutputStream(request);
        r.writeByte(OP_CALL);
        r.writeUTF(function);
        r.writeInt(args.length);
        for (int i = 0; i < args.length; i++) {
          Wire.write(r, args[i], handles, function, names[i]);
        }
      } catch (IOException e) {
        throw new IsolationException(function + ": cannot encode the call", e);
      }
      HelperCrashedException dead = failure;
      if (dead != null) {
        throw notRun(function, dead);
      }
      long outer = inFlight.get(); // a call made by a callback of an outer call
      ScheduledFuture<?> watchdog = armTimeout();
      try {
        request.writeTo(out);
        out.flush();
        byte status = in.readByte();
        while (status == CALLBACK) {
          // The helper waits while Java runs: the timeout covers the helper's time only.
          if (watchdog != null) {
            watchdog.cancel(false);
            inFlight.set(0);
          }
          callbacks.run(in, out, handles, loader);
          out.flush();
          watchdog = armTimeout();
          status = in.readByte();
        }
        int changed = in.readInt();
        for (int i = 0; i < changed; i++) {
          int index = in.readInt();
          copyBack.accept(index, Wire.read(in, handles, loader));
        }
        if (status == OK) {
          return Wire.read(in, handles, loader);
        }
        throw rethrow(Wire.readThrowable(in, loader));
      } catch (IOException e) {
        throw died(function);
      } finally {
        inFlight.set(outer);
        if (watchdog != null) {
          watchdog.cancel(false);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Asks the helper to close the owned handle at {@code address}. */
  void destroy(long address, String type, ClassLoader loader) throws Throwable {
    String what = type + ".close";
    lock.lock();
    try {
      if (failure != null) {
        return;
      }
      ScheduledFuture<?> watchdog = armTimeout();
      try {
        out.writeByte(OP_DESTROY);
        out.writeLong(address);
        out.flush();
        byte status = in.readByte();
        if (status != OK) {
          throw rethrow(Wire.readThrowable(in, loader));
        }
      } catch (IOException e) {
        throw died(what);
      } finally {
        inFlight.set(0);
        if (watchdog != null) {
          watchdog.cancel(false);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IsolationException("the helper threw " + t, t);
  }

  private ScheduledFuture<?> armTimeout() {
    Duration timeout = isolation.timeout().orElse(null);
    if (timeout == null) {
      return null;
    }
    long call = ++calls; // under the lock
    inFlight.set(call);
    return WATCHDOG.schedule(
        () -> {
          if (inFlight.get() == call) {
            timedOut = true;
            process.destroyForcibly();
          }
        },
        timeout.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  /** Stops the helper (closing its input ends it; a stuck one is killed). */
  void stop() {
    stopped = true;
    try {
      out.close();
    } catch (IOException e) {
      // it is going away either way
    }
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    if (failure == null) {
      failure =
          new HelperCrashedException(
              binding + ": the isolated helper was stopped", "close", null, 0, false, List.of());
    }
  }

  /** The helper's pipe broke during {@code function}: wait for it, read why, remember it. */
  private HelperCrashedException died(String function) {
    int status;
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      status = process.waitFor();
      stderrReader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      status = -1;
    }
    List<String> tail;
    List<String> report;
    synchronized (stderr) {
      tail = List.copyOf(stderr);
      report = List.copyOf(crashReport);
    }
    String who = "the isolated helper (pid " + process.pid() + ", #" + generation + ")";
    String call = function + "()";
    HelperCrashedException e;
    String signal = signalOf(status, report);
    if (timedOut) {
      Duration t = isolation.timeout().orElseThrow();
      e =
          new HelperTimeoutException(
              call
                  + ": "
                  + who
                  + " did not answer within "
                  + t
                  + " and was killed"
                  + stderrText(tail),
              function,
              t,
              tail);
    } else if ("SIGSYS".equals(signal)) {
      String violation =
          "seccomp: a system call of a denied group (" + isolation.sandbox().deniedNames() + ")";
      e =
          new SandboxViolationException(
              call
                  + ": "
                  + who
                  + " was killed by SIGSYS: the library made a system call the"
                  + " sandbox denies ("
                  + isolation.sandbox().deniedNames()
                  + ")"
                  + stderrText(tail),
              function,
              signal,
              status,
              violation,
              tail);
    } else if ("SIGXCPU".equals(signal)) {
      String violation = "RLIMIT_CPU (" + isolation.sandbox().cpuLimit() + " s)";
      e =
          new SandboxViolationException(
              call
                  + ": "
                  + who
                  + " was killed by SIGXCPU: it used up its CPU time limit of "
                  + isolation.sandbox().cpuLimit()
                  + " s"
                  + stderrText(tail),
              function,
              signal,
              status,
              violation,
              tail);
    } else if (signal != null) {
      e =
          new HelperCrashedException(
              call
                  + ": "
                  + who
                  + " crashed with "
                  + signal
                  + " (exit status "
                  + status
                  + ")"
                  + frame(report)
                  + stderrText(tail),
              function,
              signal,
              status,
              true,
              tail);
    } else {
      e =
          new HelperCrashedException(
              call
                  + ": "
                  + who
                  + (stopped ? " was stopped" : " exited with status " + status)
                  + stderrText(tail),
              function,
              null,
              status,
              true,
              tail);
    }
    failure = e;
    return e;
  }

  /** A call that waited for one that killed the helper: it never ran. */
  private static HelperCrashedException notRun(String function, HelperCrashedException dead) {
    return new HelperCrashedException(
        function + "(): not run: the isolated helper died before it (" + dead.getMessage() + ")",
        function,
        dead.signal().orElse(null),
        dead.exitStatus(),
        false,
        dead.stderrTail());
  }

  /** The signal's name: from the JVM's crash report if it wrote one, else from the status. */
  static String signalOf(int status, List<String> report) {
    for (String line : report) {
      Matcher m = JVM_SIGNAL.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (status > 128 && status < 128 + 65) {
      return signalName(status - 128);
    }
    return null;
  }

  static String signalName(int number) {
    return switch (number) {
      case 1 -> "SIGHUP";
      case 2 -> "SIGINT";
      case 3 -> "SIGQUIT";
      case 4 -> "SIGILL";
      case 5 -> "SIGTRAP";
      case 6 -> "SIGABRT";
      case 7 -> "SIGBUS";
      case 8 -> "SIGFPE";
      case 9 -> "SIGKILL";
      case 10 -> "SIGUSR1";
      case 11 -> "SIGSEGV";
      case 12 -> "SIGUSR2";
      case 13 -> "SIGPIPE";
      case 14 -> "SIGALRM";
      case 15 -> "SIGTERM";
      case 24 -> "SIGXCPU";
      case 25 -> "SIGXFSZ";
      case 31 -> "SIGSYS";
      default -> "signal " + number;
    };
  }

  /** {@code " in [libx.so+0x1139] f+0x9"} from the JVM's "Problematic frame" line. */
  private static String frame(List<String> report) {
    for (int i = 0; i + 1 < report.size(); i++) {
      if (report.get(i).startsWith("# Problematic frame:")) {
        return ", at " + report.get(i + 1).substring(1).trim().replaceAll("\\s+", " ");
      }
    }
    return "";
  }

  private static String stderrText(List<String> tail) {
    if (tail.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("\nhelper stderr (last lines):");
    for (String line : tail) {
      b.append("\n  ").append(line);
    }
    return b.toString();
  }

  private void readStderr() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      boolean inReport = false;
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (stderr) {
          if (line.startsWith("# A fatal error has been detected")) {
            inReport = true;
          }
          if (inReport && line.startsWith("#") && crashReport.size() < 200) {
            crashReport.add(line);
          }
          if (isolation.stderrLines() > 0) {
            if (stderr.size() == isolation.stderrLines()) {
              stderr.removeFirst();
            }
            stderr.addLast(line);
          }
        }
      }
    } catch (IOException e) {
      // the helper is gone
    }
  }
}
