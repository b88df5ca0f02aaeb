package dev.ffmbind.internal.isolation;

import dev.ffmbind.NativeBuffer;
import dev.ffmbind.NativeHandle;
import dev.ffmbind.Registration;
import dev.ffmbind.isolation.HelperUnavailableException;
import dev.ffmbind.isolation.IsolatedProcess;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import dev.ffmbind.isolation.StaleHandleException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calling side of an isolated binding. Generated {@code load(Isolation)} opens one with the
 * binding's lookup; each method of the binding forwards its Java arguments to {@link #call}, which
 * runs the same method in the helper and returns its result, copies arrays and {@code Ref}s back,
 * and rethrows what it threw. Not API.
 */
public final class IsolatedLibrary implements IsolatedProcess {

  private static final Map<Object, IsolatedLibrary> BINDINGS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Isolation isolation;
  private final MethodHandles.Lookup lookup;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();
  private final Map<Class<?>, MethodHandle[]> handleConstructors = new ConcurrentHashMap<>();
  private final Generations generations = new Generations();

  /** One helper, or a pool of them ({@link Isolation#helpers}). */
  private Helper[] slots;

  private int generation;
  private final AtomicInteger next = new AtomicInteger();

  /** Stops the helpers of bindings that became unreachable without close(). */
  private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

  private boolean closed;

  private IsolatedLibrary(Isolation isolation, MethodHandles.Lookup lookup) {
    this.isolation = isolation;
    this.lookup = lookup;
  }

  /**
   * Starts the helper of a binding, or returns {@code null} inside a helper (which runs the binding
   * in-process).
   *
   * @param isolation how to run it
   * @param lookup the binding class's own lookup (generated {@code MethodHandles.lookup()})
   */
  public static IsolatedLibrary open(Isolation isolation, MethodHandles.Lookup lookup) {
    if (HelperMain.capture(lookup)) {
      return null;
    }
    IsolatedLibrary library = new IsolatedLibrary(isolation, lookup);
    synchronized (library) {
      library.slots = new Helper[isolation.helpers()];
      try {
        for (int i = 0; i < library.slots.length; i++) {
          library.slots[i] = library.start();
        }
      } catch (RuntimeException | Error e) {
        for (Helper h : library.slots) {
          if (h != null) {
            h.stop();
          }
        }
        throw e;
      }
    }
    return library;
  }

  /** Records which binding object this library serves, for {@link Isolation#processOf}. */
  public <T> T attach(T binding) {
    BINDINGS.put(binding, this);
    // Captures this library, never the binding: the binding can become unreachable.
    CLEANER.register(binding, this::close);
    return binding;
  }

  /** The library of {@code binding}, if it was loaded isolated. */
  public static Optional<IsolatedProcess> of(Object binding) {
    return Optional.ofNullable(BINDINGS.get(binding));
  }

  private Helper start() {
    generation++;
    try {
      return Helper.start(isolation, lookup.lookupClass(), generation);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new HelperUnavailableException(
          lookup.lookupClass().getSimpleName() + ": the isolated helper could not start: " + e, e);
    }
  }

  /** The helper to run a call on: the current one, or a fresh one after a crash if allowed. */
  private synchronized Helper helper(String function, int slot) {
    Helper helper = slots[slot];
    if (closed) {
      throw new HelperUnavailableException(
          function + "(): the isolated binding was closed; load it again", null);
    }
    if (helper.failure() != null) {
      if (isolation.crashPolicy() == Isolation.CrashPolicy.STAY_FAILED) {
        throw new HelperUnavailableException(
            function
                + "(): the isolated helper crashed earlier and the crash policy is STAY_FAILED: "
                + helper.failure().getMessage(),
            helper.failure());
      }
      helper = start();
      slots[slot] = helper;
    }
    return helper;
  }

  /**
   * Which helper of the pool runs a call: the one the calling thread is already in (a callback's
   * nested call), the one that created a handle argument, an idle one, or the next in turn.
   */
  private int slot(Object[] args) {
    if (slots.length == 1) {
      return 0;
    }
    synchronized (this) {
      for (int i = 0; i < slots.length; i++) {
        if (slots[i].heldByCurrentThread()) {
          return i;
        }
      }
      for (Object a : args) {
        Object v = a instanceof dev.ffmbind.Ref<?> r ? r.get() : a;
        long[] known = v instanceof NativeHandle h ? generations.get(h) : null;
        for (int i = 0; known != null && i < slots.length; i++) {
          if (slots[i].generation() == known[0]) {
            return i;
          }
        }
      }
      for (int i = 0; i < slots.length; i++) {
        if (!slots[i].busy()) {
          return i;
        }
      }
    }
    return Math.floorMod(next.getAndIncrement(), slots.length);
  }

  /**
   * Runs {@code function} of the binding in the helper.
   *
   * @param function the binding method's name
   * @param args its arguments, boxed
   * @return its result, boxed ({@code null} for {@code void})
   */
  @SuppressWarnings("unchecked") // the method's return type, as the helper produced it
  public <T> T call(String function, Object[] args) {
    Method method = method(function);
    Helper h = helper(function, slot(args));
    String[] names = parameterNames(method);
    Class<?>[] types = method.getParameterTypes();
    CallScope scope = null;
    Object[] sent = args;
    for (int i = 0; i < args.length; i++) {
      Object stand;
      if (args[i] == null) {
        continue;
      } else if (types[i] == Object.class) {
        // User data for a callback: it stays here; the helper holds a token.
        scope = scope == null ? new CallScope() : scope;
        stand = new Wire.Token(scope.register(args[i], null));
      } else if (callbackMethod(types[i]) != null) {
        if (method.getReturnType() == Registration.class) {
          throw new IsolationException(
              function
                  + ": parameter '"
                  + names[i]
                  + "': a callback C keeps after the call (lifetime registered) cannot be passed"
                  + " to an isolated helper: only call-scoped callbacks cross (docs/isolation.md)");
        }
        scope = scope == null ? new CallScope() : scope;
        stand = new Wire.CallbackRef(types[i], scope.register(args[i], types[i]));
      } else {
        continue;
      }
      sent = sent == args ? args.clone() : sent;
      sent[i] = stand;
    }
    Object result;
    try {
      result =
          h.call(
              function,
              sent,
              names,
              new ParentHandles(h),
              (index, value) -> copyBack(args[index], value),
              scope == null ? NO_CALLBACKS : scope,
              lookup.lookupClass().getClassLoader());
    } catch (CallbackFailed e) {
      // The callback's own exception, as in-process: the same object, with what C added.
      Throwable original = scope == null ? null : scope.failure;
      if (original == null) {
        throw e;
      }
      for (Throwable s : e.getSuppressed()) {
        original.addSuppressed(s);
      }
      throw IsolatedLibrary.<RuntimeException>sneaky(original);
    } finally {
      if (scope != null) {
        scope.close();
      }
    }
    if (method.getReturnType() == NativeBuffer.class && result instanceof byte[] bytes) {
      return (T) buffer(bytes, function);
    }
    return (T) result;
  }

  @SuppressWarnings("unchecked") // rethrows a callback's exception unchanged, checked or not
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /** The one abstract method of a callback interface, or null if {@code type} is none. */
  private static Method callbackMethod(Class<?> type) {
    if (!type.isInterface()
        || NativeHandle.class.isAssignableFrom(type)
        || type.getEnclosingClass() == null) {
      return null;
    }
    Method found = null;
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers())) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  private static final Helper.Callbacks NO_CALLBACKS =
      (in, out, handles, loader) -> {
        throw new IOException("the helper called back during a call that passed no callback");
      };

  /** The callbacks and user data of calls in progress, by number (nested calls included). */
  private final Map<Integer, Passed> passed = new ConcurrentHashMap<>();

  private final AtomicInteger ids = new AtomicInteger();

  /** An object passed to the helper by number: a callback (with its interface) or user data. */
  private record Passed(Object value, Class<?> type, CallScope scope) {}

  /** What one call passed by number; answers the helper's callbacks on the calling thread. */
  private final class CallScope implements Helper.Callbacks {
    private final List<Integer> registered = new ArrayList<>();
    private Throwable failure;

    int register(Object value, Class<?> type) {
      int id = ids.incrementAndGet();
      passed.put(id, new Passed(value, type, this));
      registered.add(id);
      return id;
    }

    void close() {
      registered.forEach(passed::remove);
    }

    @Override
    public void run(
        DataInputStream in, DataOutputStream out, Wire.Handles handles, ClassLoader loader)
        throws IOException {
      int id = in.readInt();
      Object[] args = new Object[in.readInt()];
      for (int i = 0; i < args.length; i++) {
        args[i] = Wire.read(in, handles, loader);
      }
      Passed callback = passed.get(id);
      if (callback == null || callback.type() == null) {
        throw new IOException("the helper called back an unknown callback #" + id);
      }
      CallScope owner = callback.scope();
      Method m = callbackMethod(callback.type());
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment[] segments = new MemorySegment[args.length];
        for (int i = 0; i < args.length; i++) {
          if (args[i] instanceof Wire.Bytes b) {
            segments[i] =
                arena.allocate(Math.max(1, b.bytes().length)).asSlice(0, b.bytes().length);
            MemorySegment.copy(
                b.bytes(), 0, segments[i], ValueLayout.JAVA_BYTE, 0, b.bytes().length);
            args[i] = segments[i];
          }
        }
        Throwable thrown = null;
        try {
          Object result = lookup.unreflect(m).bindTo(callback.value()).invokeWithArguments(args);
          if (handles.sharedOut() != null) {
            handles.sharedOut().reset(); // the reply is the next message to the helper
          }
          DataOutputStream r = new DataOutputStream(reply);
          r.writeByte(Helper.OP_CALLBACK_RETURN);
          Wire.write(r, result, handles, m.getName(), "return value");
          int changed = 0;
          for (MemorySegment s : segments) {
            changed += s == null ? 0 : 1;
          }
          r.writeInt(changed);
          for (int i = 0; i < segments.length; i++) {
            if (segments[i] != null) {
              r.writeInt(i);
              byte[] now = segments[i].toArray(ValueLayout.JAVA_BYTE);
              r.writeInt(now.length);
              r.write(now);
            }
          }
        } catch (Throwable t) {
          thrown = t;
        }
        if (thrown != null) {
          if (owner.failure == null) {
            owner.failure = thrown;
          }
          reply.reset();
          reply.write(Helper.OP_CALLBACK_THREW);
        }
      }
      reply.writeTo(out);
    }
  }

  private static String[] parameterNames(Method method) {
    var params = method.getParameters();
    String[] names = new String[params.length];
    for (int i = 0; i < names.length; i++) {
      // Without javac -parameters the names are arg0, arg1...: then say which argument.
      names[i] = params[i].isNamePresent() ? params[i].getName() : "argument " + (i + 1);
    }
    return names;
  }

  private Method method(String function) {
    return methods.computeIfAbsent(
        function,
        name -> {
          Method found = null;
          for (Method m : lookup.lookupClass().getDeclaredMethods()) {
            if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())) {
              if (found != null) {
                throw new IsolationException(
                    name + ": overloaded methods cannot be called through an isolated helper");
              }
              found = m;
            }
          }
          if (found == null) {
            throw new IsolationException(
                lookup.lookupClass().getName() + " has no method " + name + "()");
          }
          return found;
        });
  }

  @SuppressWarnings("unchecked")
  private static void copyBack(Object original, Object value) {
    if (original instanceof dev.ffmbind.Ref<?> ref) {
      ((dev.ffmbind.Ref<Object>) ref).set(value);
    } else if (original != null && original.getClass().isArray() && value != null) {
      System.arraycopy(value, 0, original, 0, java.lang.reflect.Array.getLength(original));
    }
  }

  /** A buffer C returned in the helper, copied into memory of this process. */
  private static NativeBuffer buffer(byte[] bytes, String function) {
    Arena arena = Arena.ofShared();
    MemorySegment copy = arena.allocate(Math.max(1, bytes.length));
    MemorySegment.copy(bytes, 0, copy, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, bytes.length);
    return NativeBuffer.owned(
        copy, bytes.length, p -> arena.close(), "the copy out of the isolated helper", function);
  }

  /** Closes the helper's object behind an owned handle of generation {@code gen}. */
  private void destroy(int gen, long address, String type) throws Throwable {
    Helper h = null;
    synchronized (this) {
      for (Helper s : slots) {
        h = s.generation() == gen ? s : h;
      }
    }
    if (h == null || h.failure() != null) {
      return; // the C object died with its helper
    }
    h.destroy(address, type, lookup.lookupClass().getClassLoader());
  }

  // ---- IsolatedProcess -------------------------------------------------------------------------

  @Override
  public synchronized long pid() {
    return slots[0].failure() == null ? slots[0].pid() : -1;
  }

  @Override
  public synchronized int generation() {
    return generation;
  }

  @Override
  public synchronized boolean isAlive() {
    for (Helper h : slots) {
      if (h.failure() != null) {
        return false;
      }
    }
    return !closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Helper h : slots) {
      h.stop();
    }
  }

  // ---- handles ---------------------------------------------------------------------------------

  /** Handles as the calling process sees them: proxies carrying the helper's addresses. */
  private final class ParentHandles implements Wire.Handles {
    private final Helper helper;

    ParentHandles(Helper helper) {
      this.helper = helper;
    }

    @Override
    public long address(NativeHandle handle, String function, String parameter) {
      long[] known = generations.get(handle);
      if (known == null) {
        throw new IsolationException(
            function
                + ": parameter '"
                + parameter
                + "': "
                + handle
                + " was not created by this isolated binding; a handle of this process means"
                + " nothing in the helper");
      }
      int gen = (int) known[0];
      if (handle.isClosed()) {
        return known[1]; // the helper rejects it as in-process code does, naming the C function
      }
      if (gen != helper.generation()) {
        throw new StaleHandleException(
            function
                + ": parameter '"
                + parameter
                + "': "
                + handle
                + " was created by isolated helper #"
                + gen
                + ", which "
                + (closed ? "was closed" : "crashed")
                + "; its C object died with that process (the current helper is #"
                + helper.generation()
                + ")");
      }
      return known[1];
    }

    @Override
    public SharedMemory.Out sharedOut() {
      return helper.sharedOut();
    }

    @Override
    public MemorySegment sharedIn() {
      return helper.sharedIn();
    }

    @Override
    public Object token(int id) {
      Passed p = passed.get(id);
      return p == null ? null : p.value();
    }

    @Override
    public NativeHandle handle(Class<?> type, long address, boolean owned, boolean closed) {
      int gen = helper.generation();
      MemorySegment segment = MemorySegment.ofAddress(address);
      NativeHandle.Destructor destructor =
          owned ? (closed ? p -> {} : p -> destroy(gen, p.address(), type.getSimpleName())) : null;
      NativeHandle h = construct(type, segment, destructor);
      generations.put(h, new long[] {gen, address});
      if (closed) {
        h.close();
      }
      return h;
    }
  }

  NativeHandle construct(Class<?> type, MemorySegment segment, NativeHandle.Destructor destructor) {
    MethodHandle[] ctors = handleConstructors.computeIfAbsent(type, this::constructors);
    try {
      return destructor == null
          ? (NativeHandle) ctors[0].invoke(segment)
          : (NativeHandle) ctors[1].invoke(segment, destructor);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IsolationException("cannot create a " + type.getSimpleName() + " handle", t);
    }
  }

  private MethodHandle[] constructors(Class<?> type) {
    return handleConstructors(lookup, type);
  }

  static MethodHandle[] handleConstructors(MethodHandles.Lookup lookup, Class<?> type) {
    try {
      MethodHandle borrowed =
          lookup.findConstructor(type, MethodType.methodType(void.class, MemorySegment.class));
      MethodHandle owned;
      try {
        owned =
            lookup.findConstructor(
                type,
                MethodType.methodType(
                    void.class, MemorySegment.class, NativeHandle.Destructor.class));
      } catch (NoSuchMethodException e) {
        owned = null;
      }
      return new MethodHandle[] {borrowed, owned};
    } catch (ReflectiveOperationException e) {
      throw new IsolationException(
          type.getName() + " has no constructor an isolated binding can call", e);
    }
  }

  /** Which helper generation created each handle proxy: weak, by identity. */
  private static final class Generations {
    private final Map<Key, long[]> map = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /** Records {@code {generation, address}} of a handle proxy. */
    synchronized void put(Object handle, long[] genAndAddress) {
      purge();
      map.put(new Key(handle, queue), genAndAddress);
    }

    synchronized long[] get(Object handle) {
      purge();
      return map.get(new Key(handle, null));
    }

    private void purge() {
      for (Object k; (k = queue.poll()) != null; ) {
        map.remove(k);
      }
    }

    private static final class Key extends WeakReference<Object> {
      private final int hash;

      Key(Object referent, ReferenceQueue<Object> queue) {
        super(referent, queue);
        this.hash = System.identityHashCode(referent);
      }

      @Override
      public int hashCode() {
        return hash;
      }

      @Override
      public boolean equals(Object other) {
        if (this == other) {
          return true;
        }
        return other instanceof Key k && k.get() != null && k.get() == get();
      }
    }
  }
}
