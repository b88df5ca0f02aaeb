package dev.ffmbind.internal;

import dev.ffmbind.CallbackExceptionHandler;
import dev.ffmbind.ObjectHandles;
import dev.ffmbind.Registration;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;

/**
 * Dispatch for generated callbacks (upcalls). Each callback type of a binding has exactly one
 * upcall stub, created on first use by {@link #stub} and never freed; every call that passes a Java
 * callback to C passes that same stub, and the stub finds the Java callback of the current call
 * through a {@link Target}:
 *
 * <ul>
 *   <li>call-scoped, with a {@code user_data} parameter: {@link #call} registers a {@link Call} in
 *       {@link ObjectHandles} and C passes its handle back to the stub ({@link #resolve}), on
 *       whatever thread;
 *   <li>call-scoped, without user data ({@code qsort}): {@link #enter} pushes a reusable {@link
 *       Frame} on the calling thread's stack and the stub takes the innermost frame of its type
 *       ({@link #current}), so nested calls reach their own callback and nothing is allocated per
 *       call;
 *   <li>registered: {@link #register} returns a {@link Registration}, resolved like a call.
 * </ul>
 *
 * <p>A generated stub catches every {@code Throwable}, returns the declared error value to C and
 * hands the exception to {@link #failed}: a call-scoped target keeps the first one, and the
 * generated method rethrows it (the same object) once C returns ({@link Target#rethrow}); after a
 * failure the stub stops calling Java for that call. Everything else goes to the installed {@link
 * CallbackExceptionHandler}.
 */
public final class Upcalls {

  private Upcalls() {}

  private static final ThreadLocal<FrameStack> FRAMES = ThreadLocal.withInitial(FrameStack::new);

  /**
   * Creates the one upcall stub of a callback type, in the global arena (never freed: C may hold
   * the pointer for ever, and a freed stub would crash the JVM).
   *
   * @param lookup a lookup with access to {@code owner}
   * @param owner the generated class holding the static upcall method
   * @param method the method's name; its type is {@code descriptor}'s
   * @param descriptor the C signature
   */
  @SuppressWarnings("restricted") // see package-info: callers enable native access
  public static MemorySegment stub(
      MethodHandles.Lookup lookup, Class<?> owner, String method, FunctionDescriptor descriptor) {
    try {
      MethodHandle target = lookup.findStatic(owner, method, descriptor.toMethodType());
      return Linker.nativeLinker().upcallStub(target, descriptor, Arena.global());
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          "generated upcall " + owner.getName() + "." + method + " is missing", e);
    }
  }

  // ---- targets -------------------------------------------------------------------------------

  /** What a stub dispatches to: a Java callback, its user data, and where its exceptions go. */
  public abstract static sealed class Target permits Frame, Call, Registered {
    Object callback;
    Object userData;
    // Volatile so that failed(), asked on every upcall, takes no lock; written under the lock.
    private volatile Throwable pending;

    // Only the permitted subclasses construct targets (javac's missing-explicit-ctor lint).
    Target() {}

    /** The Java callback. */
    public final Object callback() {
      return callback;
    }

    /** The user data given with it, or {@code null}. */
    public final Object userData() {
      return userData;
    }

    /** Whether a Java caller is waiting for this call, to receive its exceptions. */
    abstract boolean hasCaller();

    /**
     * Whether the callback already threw during this call: the stub then returns the error value at
     * once.
     */
    public final boolean failed() {
      return pending != null;
    }

    final synchronized boolean keep(Throwable t) {
      if (!hasCaller()) {
        return false;
      }
      if (pending == null) {
        pending = t;
      }
      return true;
    }

    /**
     * Rethrows what the callback threw during the call, the original object: unchecked exceptions
     * and errors as they are, a (sneakily thrown) checked exception wrapped in {@link
     * UndeclaredThrowableException}.
     */
    public final void rethrow() {
      Throwable t;
      synchronized (this) {
        t = pending;
        pending = null;
      }
      if (t == null) {
        return;
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error e) {
        throw e;
      }
      throw new UndeclaredThrowableException(t, "a callback threw a checked exception");
    }

    final synchronized void clear() {
      callback = null;
      userData = null;
      pending = null;
    }
  }

  /** A call-scoped callback without user data, on the calling thread's stack. */
  public static final class Frame extends Target implements AutoCloseable {
    private final FrameStack stack;
    Class<?> type;

    Frame(FrameStack stack) {
      this.stack = stack;
    }

    @Override
    boolean hasCaller() {
      return type != null;
    }

    /** Pops this frame; frames close in reverse order (try-with-resources). */
    @Override
    public void close() {
      stack.pop(this);
    }
  }

  /** A call-scoped callback with user data: C passes its handle back. */
  public static final class Call extends Target implements AutoCloseable {
    private final long handle;
    private volatile boolean open = true;

    Call(Object callback, Object userData) {
      this.callback = callback;
      this.userData = userData;
      this.handle = callback == null ? 0 : ObjectHandles.create(this);
    }

    /** The {@code void*} C passes back to the stub ({@code NULL} without a callback). */
    public MemorySegment handle() {
      return ObjectHandles.toPointer(handle);
    }

    @Override
    boolean hasCaller() {
      return open;
    }

    /** Releases the handle: a later call from C is stale. */
    @Override
    public void close() {
      if (open) {
        open = false;
        if (handle != 0) {
          ObjectHandles.release(handle);
        }
        clear();
      }
    }
  }

  /** A registered callback: the {@link Registration} a generated method returns. */
  public static final class Registered extends Target implements Registration {
    private final long handle;
    private final String description;
    private volatile boolean open = true;

    Registered(String description, Object callback, Object userData) {
      this.description = description;
      this.callback = callback;
      this.userData = userData;
      this.handle = ObjectHandles.create(this);
    }

    @Override
    boolean hasCaller() {
      return false;
    }

    /** The {@code void*} C passes back to the stub. */
    public MemorySegment handle() {
      return ObjectHandles.toPointer(handle);
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public synchronized void close() {
      if (open) {
        open = false;
        ObjectHandles.release(handle);
        clear();
      }
    }

    @Override
    public String toString() {
      return "Registration[" + description + (open ? ", open]" : ", closed]");
    }
  }

  // ---- what generated methods call -----------------------------------------------------------

  /**
   * Pushes a call-scoped callback without user data on this thread's stack; close the frame when
   * the native call returns.
   *
   * @param type the callback interface, so nested calls of other types do not interfere
   * @param callback the Java callback (may be null when C accepts {@code NULL})
   */
  public static Frame enter(Class<?> type, Object callback) {
    return FRAMES.get().push(type, callback);
  }

  /**
   * The innermost open frame of {@code type} on this thread.
   *
   * @param name the C callback type, for the message
   * @throws IllegalStateException if there is none: C called on another thread, or after the call
   *     returned, a callback declared {@code lifetime: call} without user data
   */
  public static Frame current(Class<?> type, String name) {
    Frame frame = FRAMES.get().find(type);
    if (frame == null || frame.callback == null) {
      throw new IllegalStateException(
          "callback "
              + name
              + " was called on thread \""
              + Thread.currentThread().getName()
              + "\" outside of the call it was passed to; a callback C calls later or from another thread"
              + " needs lifetime 'registered' or a user_data parameter");
    }
    return frame;
  }

  /** Registers a call-scoped callback with user data; close it when the native call returns. */
  public static Call call(Object callback, Object userData) {
    return new Call(callback, userData);
  }

  /**
   * Registers a callback C keeps.
   *
   * @param description the C function and callback type, for {@code toString}
   */
  public static Registered register(String description, Object callback, Object userData) {
    return new Registered(description, callback, userData);
  }

  /**
   * The target whose handle C passed back.
   *
   * @param name the C callback type, for the message
   * @throws IllegalStateException if the handle is not live: the call already returned or the
   *     registration was closed (or C passed something else)
   */
  public static Target resolve(MemorySegment userData, String name) {
    long handle = ObjectHandles.fromPointer(userData);
    if (!(ObjectHandles.isLive(handle) && ObjectHandles.resolve(handle) instanceof Target target)) {
      throw new IllegalStateException(
          "callback "
              + name
              + " was called with user data 0x"
              + Long.toHexString(handle)
              + ", which is not a live call or registration: the call already returned or the registration was closed");
    }
    return target;
  }

  /**
   * Routes an exception thrown in a stub: kept for the waiting Java caller, or handed to the {@link
   * CallbackExceptionHandler}. Never throws.
   *
   * @param target the target, or {@code null} if it could not be found
   * @param name the C callback type
   */
  public static void failed(Target target, String name, Throwable t) {
    try {
      if (target != null && target.keep(t)) {
        return;
      }
      CallbackExceptionHandler.current().uncaught(name, Thread.currentThread(), t);
    } catch (Throwable handlerFailure) {
      try {
        System.err.println(
            "ffmbind: the callback exception handler failed; exception in callback " + name + ":");
        t.printStackTrace();
        handlerFailure.printStackTrace();
      } catch (Throwable ignored) {
        // nothing left to report with: C still gets its error value
      }
    }
  }

  // ---- the per-thread stack ------------------------------------------------------------------

  /** Frames are created once per depth and reused: entering and closing allocate nothing. */
  static final class FrameStack {
    private Frame[] frames = new Frame[4];
    private int depth;

    Frame push(Class<?> type, Object callback) {
      if (depth == frames.length) {
        frames = Arrays.copyOf(frames, depth * 2);
      }
      Frame frame = frames[depth];
      if (frame == null) {
        frame = frames[depth] = new Frame(this);
      }
      frame.type = type;
      frame.callback = callback;
      depth++;
      return frame;
    }

    Frame find(Class<?> type) {
      for (int i = depth - 1; i >= 0; i--) {
        if (frames[i].type == type) {
          return frames[i];
        }
      }
      return null;
    }

    void pop(Frame frame) {
      if (depth == 0 || frames[depth - 1] != frame) {
        throw new IllegalStateException("callback frames must be closed in reverse order");
      }
      depth--;
      frame.type = null;
      frame.clear();
    }
  }
}
