package dev.ffmbind.isolation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Restrictions on the helper process, installed after the helper has loaded the library and before
 * it runs the first call: a seccomp filter that denies groups of system calls, and resource limits.
 * Immutable.
 *
 * <p>The filter is a denylist with a default of "allow" (a JVM cannot live under a tight allowlist:
 * it needs futex, mmap, clone, madvise and more), installed with {@code NO_NEW_PRIVS} first, {@code
 * SECCOMP_FILTER_FLAG_TSYNC} (every thread of the helper JVM) and an architecture check (x86-64
 * only; x32 system calls are denied). A denied call kills the helper with {@code SIGSYS} ({@link
 * Action#KILL}, the default), reported as {@link SandboxViolationException}, or fails with {@code
 * EPERM} ({@link Action#ERRNO}).
 */
public final class Sandbox {

  /** Groups of system calls a sandbox can deny. */
  public enum Group {
    /**
     * Creating sockets and connections: {@code socket}, {@code socketpair}, {@code connect}, {@code
     * bind}, {@code listen}, {@code accept}, {@code accept4}.
     */
    NETWORK,
    /**
     * Creating processes and running programs: {@code fork}, {@code vfork}, {@code clone} without
     * {@code CLONE_THREAD}, {@code execve}, {@code execveat}, {@code ptrace}. ({@code clone3} fails
     * with {@code ENOSYS}, so that the C library falls back to {@code clone}, whose flags the
     * filter can read; threads still work.)
     */
    PROCESS,
    /**
     * Changing the file system: {@code open}/{@code openat} for writing, creating or truncating,
     * {@code openat2}, {@code creat}, {@code mkdir}, {@code unlink}, {@code rename}, {@code rmdir},
     * {@code link}, {@code symlink}, {@code truncate}, {@code chmod}, {@code chown}, {@code mknod}
     * and their {@code *at} forms. Reading and writing already open files still work.
     */
    FS_WRITE
  }

  /** What a denied system call does. */
  public enum Action {
    /**
     * {@code SECCOMP_RET_KILL_PROCESS}: the helper dies with {@code SIGSYS}, the call throws {@link
     * SandboxViolationException}. A library cannot ignore or retry its way around it.
     */
    KILL,
    /**
     * {@code SECCOMP_RET_ERRNO(EPERM)}: the system call fails with {@code EPERM} and the library
     * handles that as it handles any failure; nothing is reported to Java.
     */
    ERRNO
  }

  private final Set<Group> denied;
  private final Action action;
  private final long memoryBytes;
  private final long cpuSeconds;
  private final long openFiles;

  private Sandbox(
      Set<Group> denied, Action action, long memoryBytes, long cpuSeconds, long openFiles) {
    this.denied = denied.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(denied));
    this.action = action;
    this.memoryBytes = memoryBytes;
    this.cpuSeconds = cpuSeconds;
    this.openFiles = openFiles;
  }

  /** No restrictions. */
  public static Sandbox none() {
    return new Sandbox(Set.of(), Action.KILL, 0, 0, 0);
  }

  /** A sandbox denying {@code groups}, with {@link Action#KILL}. */
  public static Sandbox deny(Group... groups) {
    return none().denying(groups);
  }

  /** A copy that also denies {@code groups}. */
  public Sandbox denying(Group... groups) {
    EnumSet<Group> all = EnumSet.noneOf(Group.class);
    all.addAll(denied);
    for (Group g : groups) {
      all.add(Objects.requireNonNull(g));
    }
    return new Sandbox(all, action, memoryBytes, cpuSeconds, openFiles);
  }

  /** A copy whose denied system calls take {@code action}. */
  public Sandbox onViolation(Action action) {
    return new Sandbox(denied, Objects.requireNonNull(action), memoryBytes, cpuSeconds, openFiles);
  }

  /**
   * A copy that limits the address space the helper may add after start-up to {@code bytes} ({@code
   * RLIMIT_AS}, set to the helper's size when the sandbox is installed plus {@code bytes}). Over
   * the limit, {@code malloc} and {@code mmap} in the library fail.
   */
  public Sandbox memoryLimit(long bytes) {
    return new Sandbox(denied, action, positive(bytes, "memoryLimit"), cpuSeconds, openFiles);
  }

  /**
   * A copy that limits the CPU time the helper may use after start-up to {@code seconds} ({@code
   * RLIMIT_CPU}). Over the limit the helper dies with {@code SIGXCPU}: {@link
   * SandboxViolationException}.
   */
  public Sandbox cpuLimit(long seconds) {
    return new Sandbox(denied, action, memoryBytes, positive(seconds, "cpuLimit"), openFiles);
  }

  /**
   * A copy that limits the helper to {@code count} open file descriptors ({@code RLIMIT_NOFILE});
   * beyond it {@code open} fails with {@code EMFILE}.
   */
  public Sandbox openFilesLimit(long count) {
    return new Sandbox(denied, action, memoryBytes, cpuSeconds, positive(count, "openFilesLimit"));
  }

  private static long positive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, not " + value);
    }
    return value;
  }

  /** The denied groups. */
  public Set<Group> denied() {
    return denied;
  }

  /** What a denied system call does. */
  public Action action() {
    return action;
  }

  /** The extra address space allowed, in bytes; 0 for no limit. */
  public long memoryLimit() {
    return memoryBytes;
  }

  /** The CPU time allowed, in seconds; 0 for no limit. */
  public long cpuLimit() {
    return cpuSeconds;
  }

  /** The open file descriptors allowed; 0 for no limit. */
  public long openFilesLimit() {
    return openFiles;
  }

  /** Whether this sandbox restricts anything. */
  public boolean isEmpty() {
    return denied.isEmpty() && memoryBytes == 0 && cpuSeconds == 0 && openFiles == 0;
  }

  /** The denied groups in lower case, e.g. {@code "network, process"}. */
  public String deniedNames() {
    return EnumSet.copyOf(denied.isEmpty() ? EnumSet.noneOf(Group.class) : denied).stream()
        .map(g -> g.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    if (isEmpty()) {
      return "none";
    }
    return "deny["
        + deniedNames()
        + "] "
        + action
        + (memoryBytes > 0 ? " memory=" + memoryBytes : "")
        + (cpuSeconds > 0 ? " cpu=" + cpuSeconds + "s" : "")
        + (openFiles > 0 ? " files=" + openFiles : "");
  }
}
