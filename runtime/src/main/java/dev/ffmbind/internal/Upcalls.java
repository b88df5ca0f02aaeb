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
import java.lang.invoke.VarHandle;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Both lookups have a fast path that needs no thread-local and no table: {@link #current} first
 * checks the frame entered last (by any thread), {@link #resolve} a small cache of targets it found
 * before; each is used only when it is exactly what the full lookup would return.
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

  // The frame entered last on any thread, cleared when it closes: lets current() skip the
  // thread-local lookup and the stack search in the usual case of one call at a time.
  @SuppressWarnings("unused") // accessed through LAST_ENTERED
  private static Frame lastEntered;

  private static final VarHandle LAST_ENTERED;

  // resolve()'s cache: the last target found for each value of the handle's low bits. It may hold
  // released targets (their callbacks and data already cleared); resolvesTo() rejects them.
  private static final int RESOLVED_SIZE = 256;
  private static final Target[] RESOLVED = new Target[RESOLVED_SIZE];
  private static final VarHandle RESOLVED_ELEMENT =
      MethodHandles.arrayElementVarHandle(Target[].class);

  static {
    try {
      LAST_ENTERED =
          MethodHandles.lookup().findStaticVarHandle(Upcalls.class, "lastEntered", Frame.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

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
  public abstract static sealed class Target permits Frame, Call, Registered, Slot {
    Object callback;
    Object userData;
    // For a function with several callbacks: {type, callback, type, callback, ...}; else null.
    Object[] byType;
    // Volatile so that failed(), asked on every upcall, takes no lock; written under the lock.
    private volatile Throwable pending;
    // The object handle C passes back (0: none), and whether it was released: what lets resolve()
    // trust its cache (a handle is never reused, and released is set before the handle is). A
    // target with a handle sets this field and gives the handle back only through releaseHandle().
    long handle;
    private volatile boolean released;

    // Only the permitted subclasses construct targets (javac's missing-explicit-ctor lint).
    Target() {}

    /** The Java callback. */
    public final Object callback() {
      return callback;
    }

    /**
     * The Java callback of one callback type: the stub of each type asks for its own, so the
     * callbacks of a function with several (start and end handlers) share one user-data handle.
     *
     * @return the callback, or {@code null} if the call passed none of this type
     */
    public <T> T callback(Class<T> type) {
      Object[] pairs = byType;
      if (pairs == null) {
        return type.cast(callback);
      }
      for (int i = 0; i < pairs.length; i += 2) {
        if (pairs[i] == type) {
          return type.cast(pairs[i + 1]);
        }
      }
      return null;
    }

    /**
     * The Java callback of one callback type, which must be there.
     *
     * @param name the C callback type, for the message
     * @throws IllegalStateException if none of this type was passed or set (C called a callback
     *     that Java removed, or that was set on a handle without this user data)
     */
    public <T> T requireCallback(Class<T> type, String name) {
      T callback = callback(type);
      if (callback == null) {
        throw new IllegalStateException(
            "callback "
                + name
                + " was called, but no "
                + type.getSimpleName()
                + " is set for its user data (removed, or set on another handle)");
      }
      return callback;
    }

    /** The user data given with it, or {@code null}. */
    public Object userData() {
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
      if (t != null) {
        throwUnchecked(t);
      }
    }

    /**
     * If the callback threw during the call: rethrows that exception, with the failure C then
     * reported attached as suppressed. Otherwise returns.
     *
     * @param cFailure what the function's error convention raised for C's result
     */
    public final void rethrowWith(RuntimeException cFailure) {
      synchronized (this) {
        if (pending == null) {
          return;
        }
        pending.addSuppressed(cFailure);
      }
      rethrow();
    }

    /** Marks the handle released, then releases it: a cached resolution is dropped first. */
    final void releaseHandle() {
      released = true;
      ObjectHandles.release(handle);
    }

    final boolean resolvesTo(long h) {
      return handle == h && !released;
    }

    final synchronized void clear() {
      callback = null;
      userData = null;
      byType = null;
      pending = null;
    }
  }

  /** A call-scoped callback without user data, on the calling thread's stack. */
  public static final class Frame extends Target implements AutoCloseable {
    private final FrameStack stack;
    // The thread whose stack it is on: the fast path of current() checks it.
    final Thread owner;
    Class<?> type;

    Frame(FrameStack stack) {
      this.stack = stack;
      this.owner = stack.owner;
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
    private volatile boolean open = true;

    Call(Object callback, Object userData) {
      this.callback = callback;
      this.userData = userData;
      this.handle = callback == null ? 0 : ObjectHandles.create(this);
    }

    Call(Object userData, Object[] byType) {
      this.userData = userData;
      this.byType = byType;
      this.handle = anyCallback(byType) ? ObjectHandles.create(this) : 0;
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
          releaseHandle();
        }
        clear();
      }
    }
  }

  /** A registered callback: the {@link Registration} a generated method returns. */
  public static final class Registered extends Target implements Registration {
    private final String description;
    private volatile boolean open = true;

    // The callback type through which C says it dropped the user data (xDestroy), or null.
    private final Class<?> releasedBy;

    Registered(String description, Object callback, Object userData) {
      this.description = description;
      this.callback = callback;
      this.userData = userData;
      this.releasedBy = null;
      this.handle = ObjectHandles.create(this);
    }

    Registered(String description, Object userData, Class<?> releasedBy, Object[] byType) {
      this.description = description;
      this.userData = userData;
      this.byType = byType;
      this.releasedBy = releasedBy;
      this.handle = ObjectHandles.create(this);
    }

    /** Whether C releases it (through a destructor callback), not {@link #close()} in Java. */
    public boolean releasedByC() {
      return releasedBy != null;
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
        releaseHandle();
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
    Frame frame = FRAMES.get().push(type, callback);
    LAST_ENTERED.setRelease(frame);
    return frame;
  }

  /**
   * The innermost open frame of {@code type} on this thread.
   *
   * @param name the C callback type, for the message
   * @throws IllegalStateException if there is none: C called on another thread, or after the call
   *     returned, a callback declared {@code lifetime: call} without user data
   */
  public static Frame current(Class<?> type, String name) {
    // Fast path, no thread-local lookup: the frame entered last, by any thread, if it is this
    // thread's and of this type. It is then the innermost frame of this thread (a later enter on
    // this thread would have replaced it, and a close clears it), so the search would find it too.
    Frame last = (Frame) LAST_ENTERED.getAcquire();
    Frame frame =
        last != null && last.owner == Thread.currentThread() && last.type == type
            ? last
            : FRAMES.get().find(type);
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
    // Fast path: a target this method found before, in a small direct-mapped cache (handles are
    // consecutive numbers, so live targets rarely share an entry). Handles are never reused and a
    // target is marked released before its handle is, so a hit is what the table would say.
    int at = (int) handle & (RESOLVED_SIZE - 1);
    Target cached = (Target) RESOLVED_ELEMENT.getAcquire(RESOLVED, at);
    if (cached != null && cached.resolvesTo(handle)) {
      return cached;
    }
    Target target = lookUp(handle, name);
    RESOLVED_ELEMENT.setRelease(RESOLVED, at, target);
    return target;
  }

  private static Target lookUp(long handle, String name) {
    Object found;
    try {
      found = ObjectHandles.resolve(handle); // one table lookup on the fast path
    } catch (IllegalStateException notLive) {
      found = null;
    }
    if (!(found instanceof Target target)) {
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
      // What the Java callback threw goes to the Java caller on this thread, if there is one; a
      // call that found no target (late, stale, forged) is C's or the binding's bug: reported.
      if (target != null && CALLERS.get().keep(t)) {
        return; // a generated downcall on this thread rethrows it when C returns
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

  /**
   * Registers a call-scoped target for a function with several callbacks (or one, of a known type)
   * sharing one user-data handle.
   *
   * @param userData the user data given with the callbacks
   * @param byType the callbacks with their interfaces: {@code A.class, a, B.class, b}; a {@code
   *     null} callback is allowed (C gets {@code NULL})
   */
  public static Call callAll(Object userData, Object... byType) {
    return new Call(userData, byType.clone());
  }

  /**
   * Registers callbacks C keeps, sharing one user-data handle.
   *
   * @param description the C function, for {@code toString}
   * @param userData the user data given with the callbacks
   * @param releasedBy the callback type through which C says it dropped the user data (SQLite's
   *     {@code xDestroy}): its stub releases the handle, exactly then; {@code null} if Java closes
   *     the registration
   * @param byType the callbacks with their interfaces, as for {@link #callAll}
   */
  public static Registered registerAll(
      String description, Object userData, Class<?> releasedBy, Object... byType) {
    return new Registered(description, userData, releasedBy, byType.clone());
  }

  /**
   * Called by the stub of a destructor callback type, after the Java callback (if any) ran: if C
   * released the user data of {@code target} through {@code type}, releases its handle. A second
   * call from C finds no live handle and is reported, it never reaches freed memory.
   */
  public static void released(Target target, Class<?> type) {
    if (target instanceof Registered r && r.releasedBy == type) {
      r.close();
    }
  }

  private static boolean anyCallback(Object[] byType) {
    for (int i = 1; i < byType.length; i += 2) {
      if (byType[i] != null) {
        return true;
      }
    }
    return false;
  }

  // ---- exceptions reach the Java caller ------------------------------------------------------

  private static final ThreadLocal<Caller> CALLERS = ThreadLocal.withInitial(Caller::new);

  /**
   * A Java thread inside a generated downcall that C may call back into (through a callback
   * registered earlier or set on a handle). An exception thrown by such a callback on this thread
   * is kept here and rethrown by the downcall once C returns, instead of going to the {@link
   * CallbackExceptionHandler}. One object per thread, reused: entering and leaving allocate nothing
   * (a depth counter and an array slot).
   */
  public static final class Caller implements AutoCloseable {
    private Throwable[] pending = new Throwable[4];
    private int depth;

    Caller() {}

    private Caller enter() {
      if (depth == pending.length) {
        pending = Arrays.copyOf(pending, depth * 2);
      }
      depth++;
      return this;
    }

    boolean keep(Throwable t) {
      if (depth == 0) {
        return false;
      }
      if (pending[depth - 1] == null) {
        pending[depth - 1] = t;
      }
      return true;
    }

    /** Whether a callback threw during the current downcall. */
    public boolean failed() {
      return depth > 0 && pending[depth - 1] != null;
    }

    /**
     * Rethrows what a callback threw on this thread during the current downcall, the original
     * object (see {@link Target#rethrow}).
     */
    public void rethrow() {
      if (depth == 0 || pending[depth - 1] == null) {
        return;
      }
      Throwable t = pending[depth - 1];
      pending[depth - 1] = null;
      throwUnchecked(t);
    }

    /**
     * If a callback threw on this thread during the current downcall: rethrows that exception, with
     * the failure C then reported attached as suppressed. Otherwise returns.
     *
     * @param cFailure what the function's error convention raised for C's result
     */
    public void rethrowWith(RuntimeException cFailure) {
      if (depth > 0 && pending[depth - 1] != null) {
        pending[depth - 1].addSuppressed(cFailure);
        rethrow();
      }
    }

    /** Leaves the downcall. */
    @Override
    public void close() {
      pending[--depth] = null;
    }
  }

  /** Enters a downcall C may call back into on this thread; close it when C returns. */
  public static Caller caller() {
    return CALLERS.get().enter();
  }

  private static void throwUnchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new UndeclaredThrowableException(t, "a callback threw a checked exception");
  }

  // ---- callbacks set on a handle -------------------------------------------------------------

  private static final ConcurrentHashMap<Long, HandleScope> SCOPES = new ConcurrentHashMap<>();

  /**
   * The callbacks and user data set on one native handle ({@code lifetime: handle}): they live
   * until replaced on it or until the handle is closed ({@link #closeHandle}).
   */
  static final class HandleScope {
    // {type, callback, ...}, replaced as a whole under the scope's lock: stubs read it without one.
    private volatile Object[] callbacks = new Object[0];
    private final Map<String, Slot> slots = new HashMap<>();

    Object callback(Class<?> type) {
      Object[] pairs = callbacks;
      for (int i = 0; i < pairs.length; i += 2) {
        if (pairs[i] == type) {
          return pairs[i + 1];
        }
      }
      return null;
    }

    synchronized void set(Class<?> type, Object callback) {
      Object[] pairs = callbacks;
      int at = -1;
      for (int i = 0; i < pairs.length; i += 2) {
        if (pairs[i] == type) {
          at = i;
        }
      }
      if (callback == null) {
        if (at >= 0) {
          Object[] fewer = new Object[pairs.length - 2];
          System.arraycopy(pairs, 0, fewer, 0, at);
          System.arraycopy(pairs, at + 2, fewer, at, pairs.length - at - 2);
          callbacks = fewer;
        }
      } else if (at >= 0) {
        Object[] copy = pairs.clone();
        copy[at + 1] = callback;
        callbacks = copy;
      } else {
        Object[] more = Arrays.copyOf(pairs, pairs.length + 2);
        more[pairs.length] = type;
        more[pairs.length + 1] = callback;
        callbacks = more;
      }
    }
  }

  /**
   * One user-data value set on a handle: C receives its (stable) object handle, and the stub of any
   * callback type set on the same handle resolves it to that handle's callback of its type.
   */
  public static final class Slot extends Target {
    private final HandleScope scope;

    Slot(HandleScope scope) {
      this.scope = scope;
      this.handle = ObjectHandles.create(this);
    }

    @Override
    boolean hasCaller() {
      return false;
    }

    @Override
    public <T> T callback(Class<T> type) {
      return type.cast(scope.callback(type));
    }
  }

  /**
   * Sets (or, with {@code null}, removes) the callback of one type on a native handle, replacing
   * the previous one. Nothing is allocated natively: C receives the type's one stub.
   *
   * @param handle the native handle's pointer
   */
  public static void setHandleCallback(MemorySegment handle, Class<?> type, Object callback) {
    SCOPES.computeIfAbsent(handle.address(), a -> new HandleScope()).set(type, callback);
  }

  /**
   * Sets the user data of one slot on a native handle, replacing the previous value.
   *
   * @param handle the native handle's pointer
   * @param slot which user-data value of the handle (a handle may take several: write and header
   *     data)
   * @return the pointer C passes back to the callbacks: the same for every value of the slot, until
   *     the handle is closed
   */
  public static MemorySegment setHandleUserData(MemorySegment handle, String slot, Object data) {
    HandleScope scope = SCOPES.computeIfAbsent(handle.address(), a -> new HandleScope());
    synchronized (scope) {
      Slot s = scope.slots.computeIfAbsent(slot, k -> new Slot(scope));
      s.userData = data;
      return ObjectHandles.toPointer(s.handle);
    }
  }

  /**
   * Forgets everything set on a native handle: called when the handle is closed (its destructor
   * ran), so its user-data handles are released; a late call from C resolves no target and is
   * reported.
   */
  public static void closeHandle(MemorySegment handle) {
    HandleScope scope = SCOPES.remove(handle.address());
    if (scope == null) {
      return;
    }
    synchronized (scope) {
      for (Slot s : scope.slots.values()) {
        s.releaseHandle();
        s.clear();
      }
      scope.slots.clear();
      scope.callbacks = new Object[0];
    }
  }

  /** How many native handles have callbacks or user data set: for leak checks in tests. */
  public static int handleScopeCount() {
    return SCOPES.size();
  }

  // ---- the per-thread stack ------------------------------------------------------------------

  /** Frames are created once per depth and reused: entering and closing allocate nothing. */
  static final class FrameStack {
    final Thread owner = Thread.currentThread();
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
      // Before the frame can be reused: current()'s fast path must not find it any more.
      LAST_ENTERED.compareAndExchangeRelease(frame, null);
      frame.type = null;
      frame.clear();
    }
  }
}
