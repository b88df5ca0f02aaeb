package dev.ffmbind.internal.isolation;

import dev.ffmbind.isolation.Sandbox;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Installs a {@link Sandbox} in the helper, after the binding has loaded: resource limits, then a
 * seccomp filter (docs/isolation.md; /work/shared/ffm-pitfalls.md item 10): {@code
 * PR_SET_NO_NEW_PRIVS} first (required unprivileged), then {@code seccomp(SET_MODE_FILTER, TSYNC)}
 * so every thread of the JVM is covered, with a classic BPF program that checks the architecture
 * before anything else.
 */
final class SandboxInstaller {

  static final int AUDIT_ARCH_X86_64 = 0xC000003E;
  static final int X32_SYSCALL_BIT = 0x40000000;
  static final int RET_KILL_PROCESS = 0x80000000;
  static final int RET_ERRNO = 0x00050000;
  static final int RET_ALLOW = 0x7fff0000;
  static final int EPERM = 1;
  static final int ENOSYS = 38;
  static final int CLONE_THREAD = 0x10000;

  /** O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | __O_TMPFILE. */
  static final int WRITE_FLAGS = 0x1 | 0x2 | 0x40 | 0x200 | 0x400 | 0x400000;

  private static final int LD_W_ABS = 0x20;
  private static final int JEQ_K = 0x15;
  private static final int JGE_K = 0x35;
  private static final int JSET_K = 0x45;
  private static final int RET_K = 0x06;
  private static final int NR = 0;
  private static final int ARCH = 4;

  private static final int[] NETWORK = {41, 53, 42, 49, 50, 43, 288}; // socket socketpair ...
  private static final int[] PROCESS = {57, 58, 59, 322, 101}; // fork vfork execve execveat ptrace
  private static final int[] FS_WRITE = {
    85, 83, 258, 84, 87, 263, 82, 264, 316, 86, 265, 88, 266, 76, 90, 268, 452, 92, 94, 260, 133,
    259, 437
  }; // creat mkdir(at) rmdir unlink(at) rename(at,2) link(at) symlink(at) truncate chmod ...

  private SandboxInstaller() {}

  /** The sandbox as one command-line word for the helper. */
  static String encode(Sandbox s) {
    List<String> groups = new ArrayList<>();
    s.denied().forEach(g -> groups.add(g.name()));
    return String.join(",", groups)
        + ";"
        + s.action()
        + ";"
        + s.memoryLimit()
        + ";"
        + s.cpuLimit()
        + ";"
        + s.openFilesLimit();
  }

  static Sandbox decode(String word) {
    String[] parts = word.split(";", -1);
    Sandbox s = Sandbox.none();
    for (String g : parts[0].split(",")) {
      if (!g.isEmpty()) {
        s = s.denying(Sandbox.Group.valueOf(g));
      }
    }
    s = s.onViolation(Sandbox.Action.valueOf(parts[1]));
    long memory = Long.parseLong(parts[2]);
    long cpu = Long.parseLong(parts[3]);
    long files = Long.parseLong(parts[4]);
    if (memory > 0) {
      s = s.memoryLimit(memory);
    }
    if (cpu > 0) {
      s = s.cpuLimit(cpu);
    }
    if (files > 0) {
      s = s.openFilesLimit(files);
    }
    return s;
  }

  static void install(Sandbox s) throws IOException {
    if (s.memoryLimit() > 0) {
      long limit = vmSizeBytes() + s.memoryLimit();
      HelperNative.setrlimit(9, "RLIMIT_AS", limit, limit);
    }
    if (s.cpuLimit() > 0) {
      long used =
          ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toSeconds();
      HelperNative.setrlimit(0, "RLIMIT_CPU", used + s.cpuLimit(), used + s.cpuLimit() + 1);
    }
    if (s.openFilesLimit() > 0) {
      HelperNative.setrlimit(7, "RLIMIT_NOFILE", s.openFilesLimit(), s.openFilesLimit());
    }
    if (s.denied().isEmpty()) {
      return;
    }
    if (!System.getProperty("os.arch").equals("amd64")) {
      throw new UnsupportedOperationException(
          "seccomp sandboxes are implemented for Linux x86-64 only, not "
              + System.getProperty("os.arch"));
    }
    int deny = s.action() == Sandbox.Action.KILL ? RET_KILL_PROCESS : RET_ERRNO | EPERM;
    int[] program = program(EnumSet.copyOf(s.denied()), deny);
    HelperNative.prctl(38, 1); // PR_SET_NO_NEW_PRIVS: before the filter, as unprivileged requires
    try (Arena arena = Arena.ofConfined()) {
      int n = program.length / 4;
      MemorySegment filter = arena.allocate(8L * n, 8);
      for (int i = 0; i < n; i++) {
        filter.set(ValueLayout.JAVA_SHORT, 8L * i, (short) program[4 * i]);
        filter.set(ValueLayout.JAVA_BYTE, 8L * i + 2, (byte) program[4 * i + 1]);
        filter.set(ValueLayout.JAVA_BYTE, 8L * i + 3, (byte) program[4 * i + 2]);
        filter.set(ValueLayout.JAVA_INT, 8L * i + 4, program[4 * i + 3]);
      }
      MemorySegment prog = arena.allocate(16, 8);
      prog.set(ValueLayout.JAVA_SHORT, 0, (short) n);
      prog.set(ValueLayout.ADDRESS, 8, filter);
      HelperNative.seccomp(1, 1, prog); // SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC
    }
  }

  /**
   * The BPF program, four ints (code, jt, jf, k) per instruction: architecture check, x32 check,
   * one compare-and-return per denied system call, then the calls whose arguments decide.
   */
  static int[] program(EnumSet<Sandbox.Group> groups, int deny) {
    List<int[]> p = new ArrayList<>();
    p.add(ins(LD_W_ABS, 0, 0, ARCH));
    p.add(ins(JEQ_K, 1, 0, AUDIT_ARCH_X86_64));
    p.add(ins(RET_K, 0, 0, RET_KILL_PROCESS));
    p.add(ins(LD_W_ABS, 0, 0, NR));
    p.add(ins(JGE_K, 0, 1, X32_SYSCALL_BIT));
    p.add(ins(RET_K, 0, 0, deny));
    List<Integer> plain = new ArrayList<>();
    if (groups.contains(Sandbox.Group.NETWORK)) {
      for (int nr : NETWORK) {
        plain.add(nr);
      }
    }
    if (groups.contains(Sandbox.Group.PROCESS)) {
      for (int nr : PROCESS) {
        plain.add(nr);
      }
    }
    if (groups.contains(Sandbox.Group.FS_WRITE)) {
      for (int nr : FS_WRITE) {
        plain.add(nr);
      }
    }
    for (int nr : plain) {
      p.add(ins(JEQ_K, 0, 1, nr));
      p.add(ins(RET_K, 0, 0, deny));
    }
    if (groups.contains(Sandbox.Group.PROCESS)) {
      // clone3 keeps its flags in memory the filter cannot read: ENOSYS makes glibc use clone.
      p.add(ins(JEQ_K, 0, 1, 435));
      p.add(ins(RET_K, 0, 0, RET_ERRNO | ENOSYS));
      argumentCheck(p, 56, 16, CLONE_THREAD, RET_ALLOW, deny); // clone(flags, ...)
    }
    if (groups.contains(Sandbox.Group.FS_WRITE)) {
      argumentCheck(p, 2, 24, WRITE_FLAGS, deny, RET_ALLOW); // open(path, flags)
      argumentCheck(p, 257, 32, WRITE_FLAGS, deny, RET_ALLOW); // openat(dir, path, flags)
    }
    p.add(ins(RET_K, 0, 0, RET_ALLOW));
    int[] flat = new int[p.size() * 4];
    for (int i = 0; i < p.size(); i++) {
      System.arraycopy(p.get(i), 0, flat, 4 * i, 4);
    }
    return flat;
  }

  /**
   * For system call {@code nr}: if the low 32 bits of the argument at {@code offset} have any of
   * {@code bits}, return {@code ifSet}, else {@code ifClear}. Other calls go on (the accumulator is
   * reloaded with the call number).
   */
  private static void argumentCheck(
      List<int[]> p, int nr, int offset, int bits, int ifSet, int ifClear) {
    p.add(ins(LD_W_ABS, 0, 0, NR));
    p.add(ins(JEQ_K, 0, 4, nr));
    p.add(ins(LD_W_ABS, 0, 0, offset));
    p.add(ins(JSET_K, 0, 1, bits));
    p.add(ins(RET_K, 0, 0, ifSet));
    p.add(ins(RET_K, 0, 0, ifClear));
  }

  private static int[] ins(int code, int jt, int jf, int k) {
    return new int[] {code, jt, jf, k};
  }

  private static long vmSizeBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmSize:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmSize in /proc/self/status");
  }

  static String describe(Sandbox s) {
    return s.toString().toLowerCase(Locale.ROOT);
  }
}
