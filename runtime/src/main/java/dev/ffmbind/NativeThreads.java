package dev.ffmbind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes native-thread leaks visible (docs/safety.md, crash class 2).
 *
 * <p>A thread C creates becomes a Java thread the first time it calls back into Java (the JVM
 * attaches it and names it {@code Thread-N}) and stays attached until it exits — not when the
 * callback returns. {@link #snapshot()} lists such attached threads: live platform threads in the
 * {@code main} thread group (where the JVM puts attached threads) whose stack does not start in
 * {@link Thread#run} (which every thread Java started has at its base) and that are not the
 * launcher's {@code main} thread.
 *
 * <p>It also reports the process's kernel thread count and virtual size ({@code /proc/self/status}
 * {@code Threads} and {@code VmSize}): a joinable C thread that exits without being joined leaks
 * its stack (about 8 MiB of address space each) while the thread counts stay flat, so only {@code
 * VmSize} shows that leak.
 */
public final class NativeThreads {

  private NativeThreads() {}

  /**
   * One observation.
   *
   * @param kernelThreads threads of this process ({@code /proc/self/status Threads}), or -1
   * @param javaThreads live Java platform threads
   * @param vmSizeKb virtual memory size in kB ({@code VmSize}), or -1
   * @param attached names of threads C created and the JVM attached (see the class comment)
   */
  public record Snapshot(int kernelThreads, int javaThreads, long vmSizeKb, List<String> attached) {
    /**
     * @return one line for logs
     */
    @Override
    public String toString() {
      return "threads: kernel="
          + kernelThreads
          + " java="
          + javaThreads
          + " attached-from-native="
          + attached.size()
          + (attached.isEmpty() ? "" : " " + attached)
          + " VmSize="
          + vmSizeKb
          + " kB";
    }
  }

  /**
   * @return the current counts and the attached native threads
   */
  public static Snapshot snapshot() {
    Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
    List<String> attached = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : all.entrySet()) {
      if (isAttachedNative(e.getKey(), e.getValue())) {
        attached.add(e.getKey().getName());
      }
    }
    attached.sort(null);
    return new Snapshot(
        (int) status("Threads:"), all.size(), status("VmSize:"), List.copyOf(attached));
  }

  private static boolean isAttachedNative(Thread t, StackTraceElement[] stack) {
    if (t.isVirtual() || !t.isAlive()) {
      return false;
    }
    ThreadGroup group = t.getThreadGroup();
    while (group != null && !group.getName().equals("main")) {
      group = group.getParent();
    }
    if (group == null) {
      return false; // the JVM's own threads (system group, innocuous threads)
    }
    if (t.threadId() == 1 || t.getName().equals("main")) {
      return false; // the launcher's thread, attached by the java launcher itself
    }
    if (stack.length == 0) {
      return true; // attached, now back in C
    }
    StackTraceElement base = stack[stack.length - 1];
    return !(base.getClassName().equals("java.lang.Thread")
        && (base.getMethodName().equals("run") || base.getMethodName().equals("runWith")));
  }

  private static long status(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          String value = line.substring(key.length()).trim();
          int space = value.indexOf(' ');
          return Long.parseLong(space < 0 ? value : value.substring(0, space));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
