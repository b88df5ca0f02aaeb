package dev.ffmbind;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The base of generated handle classes: a typed wrapper around a C pointer to an opaque type
 * ({@code sqlite3*}, {@code FILE*}). A C {@code NULL} is never a handle: bindings represent it by
 * Java {@code null}, so every handle holds a real address.
 *
 * <h2>Lifecycle</h2>
 *
 * A handle whose type declares a destructor ({@code sqlite3*} → {@code sqlite3_close}) owns the C
 * object: {@link #close()} calls the destructor exactly once, however often and from however many
 * threads it is called. After {@code close()}, every use of the handle — passing it to a binding,
 * {@link #segment()} — throws {@link IllegalStateException} naming the type and the call, before
 * any C code runs: a closed handle is never turned back into a pointer to freed memory. A handle
 * without a destructor (a borrowed pointer) can be closed too; that only stops further use.
 *
 * <h2>Leak safety net</h2>
 *
 * Off by default. With the system property {@code ffmbind.handles.cleaner=on} (read once, when this
 * class initialises) or {@link #setLeakCleaner(boolean) setLeakCleaner(true)}, each handle created
 * with a destructor afterwards is registered with a {@link Cleaner}: if it becomes unreachable
 * without having been closed, the destructor runs on the cleaner thread and the leak is reported to
 * the {@linkplain #setLeakListener leak listener} (by default a {@link System.Logger} warning on
 * {@code dev.ffmbind.leaks}). The value {@code trace} also records where each handle was created,
 * for the report. The net costs one {@code Cleaner} registration per handle; C objects that must be
 * freed on a particular thread, or in order (a statement before its database), must be closed
 * explicitly.
 *
 * <p>Two handles are equal when they have the same class and the same address.
 */
public abstract class NativeHandle implements AutoCloseable {

  /** Frees the C object a handle owns; generated code passes its destructor downcall. */
  @FunctionalInterface
  public interface Destructor {
    /**
     * @param pointer the handle's pointer; called at most once per handle
     * @throws Throwable what the downcall throws
     */
    void destroy(MemorySegment pointer) throws Throwable;
  }

  private static final Cleaner CLEANER = Cleaner.create();
  private static final AtomicLong LEAKS = new AtomicLong();
  private static volatile boolean cleanerOn;
  private static volatile boolean traceLeaks;
  private static volatile Consumer<String> leakListener = NativeHandle::logLeak;

  static {
    String mode = System.getProperty("ffmbind.handles.cleaner", "off");
    cleanerOn = mode.equals("on") || mode.equals("true") || mode.equals("trace");
    traceLeaks = mode.equals("trace");
  }

  private final MemorySegment segment;
  private final Lifecycle lifecycle;
  // A copy of lifecycle.closed in this object, set by close() right after it wins the flag: the
  // check on every call then reads a field of the handle it already loads segment from, instead
  // of two more dependent loads (the Lifecycle and its AtomicBoolean). The leak net sets only
  // lifecycle.closed, and only once this handle is unreachable, when nothing can read this copy.
  private volatile boolean closedHere;

  /**
   * A handle without a destructor: {@link #close()} only stops further use.
   *
   * @param address the C pointer
   * @throws IllegalArgumentException if {@code address} is {@code null} or {@code NULL}
   */
  protected NativeHandle(MemorySegment address) {
    this(address, null);
  }

  /**
   * A handle that owns its C object: {@link #close()} calls {@code destructor} exactly once.
   *
   * @param address the C pointer
   * @param destructor frees the C object, or {@code null} for none
   * @throws IllegalArgumentException if {@code address} is {@code null} or {@code NULL}
   */
  // Registering with the Cleaner only records a phantom reference to this handle; no subclass
  // method runs before the subclass constructor finishes.
  @SuppressWarnings("this-escape")
  protected NativeHandle(MemorySegment address, Destructor destructor) {
    if (address == null || address.address() == 0) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": a handle cannot wrap a NULL pointer (NULL is represented by Java null)");
    }
    this.segment = address;
    String type = getClass().getSimpleName();
    this.lifecycle = new Lifecycle(address, destructor, type);
    if (destructor != null && cleanerOn) {
      lifecycle.createdAt = traceLeaks ? new Throwable(type + " created here") : null;
      lifecycle.cleanable = CLEANER.register(this, lifecycle);
    }
  }

  /**
   * @return the pointer, as given to the constructor
   * @throws IllegalStateException if the handle was closed; the message names the type and the
   *     method that asked
   */
  public final MemorySegment segment() {
    if (closedHere) {
      throw closed(callerOfSegment(), null);
    }
    return segment;
  }

  /**
   * The pointer to pass to {@code function}: what generated code calls for each handle argument.
   *
   * @param function the C function about to be called
   * @param parameter its parameter
   * @return the pointer
   * @throws IllegalStateException if the handle was closed, naming type, function and parameter
   */
  public final MemorySegment segmentFor(String function, String parameter) {
    if (closedHere) {
      throw closed(function, parameter);
    }
    return segment;
  }

  /**
   * @return whether {@link #close()} has been called (or the leak net freed the handle)
   */
  public final boolean isClosed() {
    return lifecycle.closed.get();
  }

  /**
   * @return whether this handle frees its C object when closed
   */
  public final boolean ownsNativeObject() {
    return lifecycle.destructor != null;
  }

  /**
   * Calls the destructor (if any) exactly once; later calls, from any thread, do nothing. After the
   * first call every use of the handle throws {@link IllegalStateException}. The handle counts as
   * closed even if the destructor throws (a retry could free twice); the exception is passed on,
   * checked ones wrapped in a {@link NativeException}.
   */
  @Override
  public final void close() {
    Lifecycle l = lifecycle;
    if (!l.closed.compareAndSet(false, true)) {
      return;
    }
    closedHere = true;
    try {
      l.destroy();
    } finally {
      if (l.cleanable != null) {
        l.cleanable.clean(); // unregisters; the action sees closed == true and does nothing
      }
    }
  }

  /**
   * Turns the leak safety net on or off for handles created from now on.
   *
   * @param on whether handles with a destructor are registered with a {@link Cleaner}
   */
  public static void setLeakCleaner(boolean on) {
    cleanerOn = on;
  }

  /**
   * @return whether the leak safety net is on for new handles
   */
  public static boolean leakCleanerEnabled() {
    return cleanerOn;
  }

  /**
   * @param listener receives one message per leaked handle the safety net freed (on the cleaner
   *     thread; it must not throw); {@code null} restores the default, a logger warning
   */
  public static void setLeakListener(Consumer<String> listener) {
    leakListener = listener != null ? listener : NativeHandle::logLeak;
  }

  /**
   * @return how many leaked handles the safety net has freed in this JVM
   */
  public static long leaksDetected() {
    return LEAKS.get();
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((NativeHandle) other).segment.address() == segment.address();
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), segment.address());
  }

  /**
   * @return {@code SimpleClassName@0x<hex address>}, with {@code (closed)} once closed
   */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "@0x"
        + Long.toHexString(segment.address())
        + (lifecycle.closed.get() ? " (closed)" : "");
  }

  private IllegalStateException closed(String function, String parameter) {
    String what = getClass().getSimpleName() + "@0x" + Long.toHexString(segment.address());
    StringBuilder message = new StringBuilder();
    if (function != null) {
      message.append(function).append(": ");
    }
    if (parameter != null) {
      message.append("parameter '").append(parameter).append("': ");
    }
    message
        .append(what)
        .append(" is closed")
        .append(lifecycle.destructor != null ? " (its C object was freed)" : "")
        .append("; a closed handle cannot be used");
    return new IllegalStateException(message.toString());
  }

  /** Only on failure: the method (usually a generated binding method) that called segment(). */
  private static String callerOfSegment() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(NativeHandle.class.getName()))
                    .findFirst()
                    .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName())
                    .orElse(null));
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static void logLeak(String message) {
    System.getLogger("dev.ffmbind.leaks").log(System.Logger.Level.WARNING, message);
  }

  /** State shared with the cleaner; must not refer to the handle. */
  private static final class Lifecycle implements Runnable {
    final AtomicBoolean closed = new AtomicBoolean();
    final MemorySegment pointer;
    final Destructor destructor;
    final String type;
    Throwable createdAt;
    Cleaner.Cleanable cleanable;

    Lifecycle(MemorySegment pointer, Destructor destructor, String type) {
      this.pointer = pointer;
      this.destructor = destructor;
      this.type = type;
    }

    void destroy() {
      if (destructor == null) {
        return;
      }
      try {
        destructor.destroy(pointer);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new NativeException(type + ": the destructor failed: " + t, t);
      }
    }

    /** The cleaner: the handle became unreachable. */
    @Override
    public void run() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      LEAKS.incrementAndGet();
      String message =
          type
              + "@0x"
              + Long.toHexString(pointer.address())
              + " was never closed; the leak safety net freed it";
      if (createdAt != null) {
        java.io.StringWriter trace = new java.io.StringWriter();
        createdAt.printStackTrace(new java.io.PrintWriter(trace));
        message += "\n" + trace;
      }
      try {
        destroy();
      } catch (Throwable t) {
        message += " (the destructor threw " + t + ")";
      }
      try {
        leakListener.accept(message);
      } catch (Throwable ignored) {
        // a cleaner action must not throw
      }
    }
  }
}
