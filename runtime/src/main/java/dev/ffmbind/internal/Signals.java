package dev.ffmbind.internal;

import dev.ffmbind.SignalHandlerReplacedException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards the signal handlers the JVM depends on: SIGSEGV (implicit null checks, safepoint polls),
 * SIGBUS, SIGFPE, SIGILL and SIGQUIT (thread dumps). {@link Libraries#load} takes a {@link
 * #snapshot()} before it opens a library (which runs the library's constructors) and {@link #verify
 * verifies} it afterwards.
 *
 * <p>The system property {@code ffmbind.signals}, read at each load, decides what a changed handler
 * means: {@code fail} (the default) puts the JVM's handlers back and throws {@link
 * SignalHandlerReplacedException} naming the library, the signal and where the new handler lives;
 * {@code warn} logs a warning on the {@code dev.ffmbind.signals} logger and keeps the library's
 * handler; {@code off} skips the check. A library that was rejected once stays rejected (its
 * constructors do not run again, so a second load would look clean).
 *
 * <p>Linux only (the {@code struct sigaction} layout of glibc and musl on x86-64 and AArch64); on
 * other systems {@link #snapshot()} returns {@code null} and nothing is checked.
 */
public final class Signals {

  /** The signals the JVM installs handlers for and cannot lose (Linux numbers). */
  private static final int[] NUMBERS = {11, 7, 8, 4, 3};

  private static final String[] NAMES = {"SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL", "SIGQUIT"};

  /**
   * sizeof(struct sigaction) on Linux x86-64 and AArch64: handler, 128-byte mask, flags, restorer.
   */
  private static final long SIGACTION_SIZE = 152;

  private static final long FLAGS_OFFSET = 136;

  private static final Map<String, String> REJECTED = new ConcurrentHashMap<>();

  private Signals() {}

  /** The handlers of the guarded signals at one moment, as raw {@code struct sigaction}s. */
  public static final class Snapshot {
    private final byte[][] actions;

    private Snapshot(byte[][] actions) {
      this.actions = actions;
    }

    /**
     * @param signal {@code SIGSEGV}, {@code SIGBUS}, {@code SIGFPE}, {@code SIGILL} or {@code
     *     SIGQUIT}
     * @return the handler's address ({@code 0} is {@code SIG_DFL}, {@code 1} {@code SIG_IGN})
     */
    public long handler(String signal) {
      for (int i = 0; i < NAMES.length; i++) {
        if (NAMES[i].equals(signal)) {
          return MemorySegment.ofArray(actions[i]).get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
        }
      }
      throw new IllegalArgumentException("not a guarded signal: " + signal);
    }
  }

  /**
   * @return the current handlers, or {@code null} if signals cannot be inspected here
   */
  public static Snapshot snapshot() {
    if (!Native.AVAILABLE) {
      return null;
    }
    byte[][] actions = new byte[NUMBERS.length][];
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment old = arena.allocate(SIGACTION_SIZE, 8);
      for (int i = 0; i < NUMBERS.length; i++) {
        old.fill((byte) 0);
        if ((int) Native.SIGACTION.invokeExact(NUMBERS[i], MemorySegment.NULL, old) != 0) {
          return null;
        }
        actions[i] = old.toArray(ValueLayout.JAVA_BYTE);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    return new Snapshot(actions);
  }

  /**
   * @return the {@code ffmbind.signals} policy: {@code fail}, {@code warn} or {@code off}
   */
  public static String policy() {
    String value = System.getProperty("ffmbind.signals", "fail").trim().toLowerCase();
    return switch (value) {
      case "warn", "off" -> value;
      default -> "fail";
    };
  }

  /**
   * Compares the handlers with {@code before} and applies the {@linkplain #policy() policy}.
   *
   * @param before a snapshot taken before the library was opened ({@code null}: no check)
   * @param library the library, for the message
   * @throws SignalHandlerReplacedException under {@code fail}, after restoring the JVM's handlers
   */
  public static void verify(Snapshot before, String library) {
    String policy = policy();
    if (policy.equals("off")) {
      return;
    }
    String known = REJECTED.get(library);
    if (known != null && policy.equals("fail")) {
      throw new SignalHandlerReplacedException(library, List.of(known), "(rejected earlier)");
    }
    if (before == null) {
      return;
    }
    Snapshot after = snapshot();
    if (after == null) {
      return;
    }
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < NUMBERS.length; i++) {
      if (!sameHandler(before.actions[i], after.actions[i])) {
        changed.add(NAMES[i]);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    boolean fail = policy.equals("fail");
    if (fail) {
      restore(before); // first: every moment without the JVM's SIGSEGV handler is a risk
    }
    StringBuilder details = new StringBuilder();
    for (int i = 0; i < NUMBERS.length; i++) {
      if (!sameHandler(before.actions[i], after.actions[i])) {
        details
            .append("  ")
            .append(NAMES[i])
            .append(": was ")
            .append(describe(before.actions[i]))
            .append(", now ")
            .append(describe(after.actions[i]))
            .append('\n');
      }
    }
    if (!fail) {
      System.getLogger("dev.ffmbind.signals")
          .log(
              System.Logger.Level.WARNING,
              "loading "
                  + library
                  + " replaced the JVM's handler for "
                  + String.join(", ", changed)
                  + " (ffmbind.signals=warn: kept; the JVM may crash later)\n"
                  + details);
      return;
    }
    REJECTED.put(library, String.join(", ", changed));
    throw new SignalHandlerReplacedException(library, changed, details.toString().stripTrailing());
  }

  /**
   * Puts back every guarded handler that differs from {@code snapshot}.
   *
   * @param snapshot the handlers to restore
   */
  public static void restore(Snapshot snapshot) {
    if (snapshot == null || !Native.AVAILABLE) {
      return;
    }
    Snapshot now = snapshot();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment action = arena.allocate(SIGACTION_SIZE, 8);
      for (int i = 0; i < NUMBERS.length; i++) {
        if (now != null && sameHandler(now.actions[i], snapshot.actions[i])) {
          continue;
        }
        MemorySegment.copy(
            MemorySegment.ofArray(snapshot.actions[i]), 0, action, 0, SIGACTION_SIZE);
        int ignored = (int) Native.SIGACTION.invokeExact(NUMBERS[i], action, MemorySegment.NULL);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  private static boolean sameHandler(byte[] a, byte[] b) {
    MemorySegment x = MemorySegment.ofArray(a);
    MemorySegment y = MemorySegment.ofArray(b);
    return x.get(ValueLayout.JAVA_LONG_UNALIGNED, 0) == y.get(ValueLayout.JAVA_LONG_UNALIGNED, 0)
        && x.get(ValueLayout.JAVA_INT_UNALIGNED, FLAGS_OFFSET)
            == y.get(ValueLayout.JAVA_INT_UNALIGNED, FLAGS_OFFSET);
  }

  private static String describe(byte[] action) {
    MemorySegment s = MemorySegment.ofArray(action);
    long handler = s.get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
    int flags = s.get(ValueLayout.JAVA_INT_UNALIGNED, FLAGS_OFFSET);
    String where =
        handler == 0 ? "SIG_DFL" : handler == 1 ? "SIG_IGN" : "0x" + Long.toHexString(handler);
    String owner = handler > 1 ? Native.owner(handler) : null;
    return where + (owner != null ? " in " + owner : "") + " flags=0x" + Integer.toHexString(flags);
  }

  @SuppressWarnings("restricted") // see package-info: callers enable native access
  private static final class Native {
    static final boolean AVAILABLE;
    static final MethodHandle SIGACTION;
    static final MethodHandle DLADDR;

    static {
      MethodHandle sigaction = null;
      MethodHandle dladdr = null;
      if (System.getProperty("os.name", "").startsWith("Linux")) {
        try {
          Linker linker = Linker.nativeLinker();
          SymbolLookup libc = linker.defaultLookup();
          sigaction =
              linker.downcallHandle(
                  libc.findOrThrow("sigaction"),
                  FunctionDescriptor.of(
                      ValueLayout.JAVA_INT,
                      ValueLayout.JAVA_INT,
                      ValueLayout.ADDRESS,
                      ValueLayout.ADDRESS));
          dladdr =
              libc.find("dladdr")
                  .map(
                      s ->
                          linker.downcallHandle(
                              s,
                              FunctionDescriptor.of(
                                  ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS)))
                  .orElse(null);
        } catch (RuntimeException e) {
          sigaction = null;
        }
      }
      SIGACTION = sigaction;
      DLADDR = dladdr;
      AVAILABLE = sigaction != null;
    }

    /** The file that contains {@code address} (dladdr's dli_fname), or null. */
    static String owner(long address) {
      if (DLADDR == null) {
        return null;
      }
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment info = arena.allocate(4 * ValueLayout.ADDRESS.byteSize(), 8);
        if ((int) DLADDR.invokeExact(MemorySegment.ofAddress(address), info) == 0) {
          return null;
        }
        return NativeStrings.decode(
            info.get(ValueLayout.ADDRESS, 0), StandardCharsets.UTF_8, "dladdr");
      } catch (Throwable t) {
        return null;
      }
    }
  }
}
