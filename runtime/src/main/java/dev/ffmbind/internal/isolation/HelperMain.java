package dev.ffmbind.internal.isolation;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.Ref;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.IsolationException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The helper process: loads one binding in-process and runs the calls its parent sends, one at a
 * time, until its input ends. Arguments: the binding class, the sandbox ({@link
 * SandboxInstaller#encode}).
 *
 * <p>The protocol runs on duplicates of file descriptors 0 and 1, taken before anything else
 * happens; 0 is then {@code /dev/null} and 1 a copy of standard error, so a library that reads
 * standard input or prints to standard output cannot corrupt it.
 */
public final class HelperMain {

  private static volatile boolean capturing;
  private static volatile MethodHandles.Lookup captured;

  private final MethodHandles.Lookup lookup;
  private final Object binding;
  private final Map<String, MethodHandle> methods = new HashMap<>();
  private final Map<Long, NativeHandle> owned = new HashMap<>();
  private final Map<Class<?>, MethodHandle[]> constructors = new HashMap<>();
  private final Wire.Handles handles = new ChildHandles();

  /** Memory mapped by both processes for large arrays; null if the parent set none up. */
  private SharedMemory shared;

  private SharedMemory.Out sharedOut;

  /** Handles for replies: their large arrays go to shared memory. */
  private final Wire.Handles replyHandles =
      new ChildHandles() {
        @Override
        public SharedMemory.Out sharedOut() {
          return sharedOut;
        }
      };

  /** The protocol streams; whoever holds {@link #channel} may use them during a call. */
  private DataInputStream in;

  private DataOutputStream out;
  private final java.util.concurrent.locks.ReentrantLock channel =
      new java.util.concurrent.locks.ReentrantLock();

  /** The callback stand-ins created while reading the current call's arguments. */
  private List<CallbackStandIn> reading;

  private HelperMain(MethodHandles.Lookup lookup, Object binding) {
    this.lookup = lookup;
    this.binding = binding;
  }

  /**
   * Called by {@link IsolatedLibrary#open}: inside the helper, records the binding's lookup and
   * says so (the binding then loads in-process).
   */
  static boolean capture(MethodHandles.Lookup lookup) {
    if (!capturing) {
      return false;
    }
    captured = lookup;
    return true;
  }

  /**
   * The helper's entry point.
   *
   * @param args the binding class and the encoded sandbox
   */
  public static void main(String[] args) throws IOException {
    int protocolIn = HelperNative.dup(0);
    int protocolOut = HelperNative.dup(1);
    HelperNative.redirectStdio();
    System.setOut(new PrintStream(new FileOutputStream(java.io.FileDescriptor.err), true));
    DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new FileInputStream("/proc/self/fd/" + protocolIn), 1 << 16));
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(
                new FileOutputStream("/proc/self/fd/" + protocolOut), 1 << 16));
    HelperMain helper;
    try {
      capturing = true;
      Class<?> type = Class.forName(args[0]);
      Method load = type.getMethod("load", Isolation.class);
      Object binding = load.invoke(null, Isolation.process());
      capturing = false;
      helper = new HelperMain(Objects.requireNonNull(captured, "no lookup captured"), binding);
      if (!args[2].equals("-")) {
        // Mapped before the sandbox, which may deny opening files for writing.
        helper.shared = SharedMemory.open(java.nio.file.Path.of(args[2]));
        helper.sharedOut = helper.shared.out(false, Integer.parseInt(args[3]));
      }
      SandboxInstaller.install(SandboxInstaller.decode(args[1]));
    } catch (InvocationTargetException e) {
      out.writeByte(Helper.THREW);
      Wire.writeThrowable(out, e.getCause());
      out.flush();
      System.exit(1);
      return;
    } catch (Throwable t) {
      out.writeByte(Helper.THREW);
      Wire.writeThrowable(out, t);
      out.flush();
      System.exit(1);
      return;
    }
    out.writeByte(Helper.OK);
    out.flush();
    helper.in = in;
    helper.out = out;
    helper.serve(in, out);
    System.exit(0);
  }

  private void serve(DataInputStream in, DataOutputStream out) throws IOException {
    ClassLoader loader = lookup.lookupClass().getClassLoader();
    channel.lock();
    while (true) {
      byte op;
      try {
        op = in.readByte();
      } catch (EOFException e) {
        return; // the parent closed the pipe or died
      }
      switch (op) {
        case Helper.OP_CALL -> call(in, out, loader);
        case Helper.OP_DESTROY -> destroy(in.readLong(), out);
        default -> throw new IOException("unknown operation " + op);
      }
      out.flush();
    }
  }

  private void call(DataInputStream in, DataOutputStream out, ClassLoader loader)
      throws IOException {
    String function = in.readUTF();
    Object[] args = new Object[in.readInt()];
    List<CallbackStandIn> callbacks = new ArrayList<>();
    reading = callbacks;
    try {
      for (int i = 0; i < args.length; i++) {
        args[i] = Wire.read(in, handles, loader);
      }
    } finally {
      reading = null;
    }
    Object[] before = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      before[i] = args[i] != null && args[i].getClass().isArray() ? copy(args[i]) : null;
    }
    Object result = null;
    Throwable thrown = null;
    // Other threads may call back during the call: the channel is theirs until it returns.
    int held = channel.getHoldCount();
    for (int i = 0; i < held; i++) {
      channel.unlock();
    }
    try {
      result = method(function).invokeExact(binding, args);
    } catch (Throwable t) {
      thrown = t;
    } finally {
      for (int i = 0; i < held; i++) {
        channel.lock();
      }
    }
    callbacks.forEach(c -> c.active = false);
    // What C wrote into arrays and Refs, also when the call threw (as in-process).
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Ref<?>
          || before[i] != null
              && !Objects.deepEquals(new Object[] {before[i]}, new Object[] {args[i]})) {
        changed.add(i);
      }
    }
    // Everything is encoded before anything is sent: a value that cannot cross (a struct whose
    // pointer field is set, say) becomes the call's exception instead of a broken pipe.
    java.io.ByteArrayOutputStream copies = new java.io.ByteArrayOutputStream();
    if (sharedOut != null) {
      sharedOut.reset();
    }
    try {
      writeChanged(new DataOutputStream(copies), args, changed, function);
    } catch (IsolationException e) {
      copies.reset();
      writeChanged(new DataOutputStream(copies), args, List.of(), function);
      thrown = thrown == null ? e : thrown;
    }
    if (thrown == null) {
      java.io.ByteArrayOutputStream value = new java.io.ByteArrayOutputStream();
      try {
        Wire.write(new DataOutputStream(value), result, replyHandles, function, "return value");
        out.writeByte(Helper.OK);
        copies.writeTo(out);
        value.writeTo(out);
        return;
      } catch (IsolationException e) {
        thrown = e;
      }
    }
    out.writeByte(Helper.THREW);
    copies.writeTo(out);
    Wire.writeThrowable(out, thrown);
  }

  private void writeChanged(DataOutputStream out, Object[] args, List<Integer> changed, String fn)
      throws IOException {
    out.writeInt(changed.size());
    for (int i : changed) {
      out.writeInt(i);
      Wire.write(
          out, args[i] instanceof Ref<?> r ? r.get() : args[i], replyHandles, fn, "argument");
    }
  }

  private static Object copy(Object array) {
    int n = java.lang.reflect.Array.getLength(array);
    Object c = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), n);
    System.arraycopy(array, 0, c, 0, n);
    return c;
  }

  private void destroy(long address, DataOutputStream out) throws IOException {
    NativeHandle h = owned.remove(address);
    try {
      if (h != null) {
        h.close();
      }
      out.writeByte(Helper.OK);
    } catch (Throwable t) {
      out.writeByte(Helper.THREW);
      Wire.writeThrowable(out, t);
    }
  }

  private MethodHandle method(String function) {
    MethodHandle mh = methods.get(function);
    if (mh != null) {
      return mh;
    }
    for (Method m : lookup.lookupClass().getDeclaredMethods()) {
      if (m.getName().equals(function) && !Modifier.isStatic(m.getModifiers())) {
        try {
          mh =
              lookup
                  .unreflect(m)
                  .asSpreader(Object[].class, m.getParameterCount())
                  .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
        } catch (IllegalAccessException e) {
          throw new IsolationException(function + ": not callable in the helper", e);
        }
        methods.put(function, mh);
        return mh;
      }
    }
    throw new IsolationException(lookup.lookupClass().getName() + " has no method " + function);
  }

  /** Handles as the helper sees them: real ones; owned ones are kept until the parent closes. */
  private class ChildHandles implements Wire.Handles {
    @Override
    public long address(NativeHandle handle, String function, String parameter) {
      return handle.segmentFor(function, parameter).address();
    }

    @Override
    public void sent(NativeHandle handle) {
      if (handle.ownsNativeObject() && !handle.isClosed()) {
        owned.put(handle.segment().address(), handle);
      }
    }

    @Override
    public MemorySegment sharedIn() {
      return shared == null ? null : shared.in(false);
    }

    @Override
    public Object callback(Class<?> type, int id) {
      CallbackStandIn standIn = new CallbackStandIn(type, id);
      if (reading != null) {
        reading.add(standIn);
      }
      return java.lang.reflect.Proxy.newProxyInstance(
          type.getClassLoader(), new Class<?>[] {type}, standIn);
    }

    @Override
    public byte[] segment(MemorySegment segment, String function, String parameter) {
      if (segment.byteSize() == 0) {
        throw new IsolationException(
            function
                + ": "
                + parameter
                + ": a pointer of unknown size cannot cross to the calling process (only what"
                + " pointers to a declared type given to a callback point to is copied)");
      }
      return segment.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    @Override
    public NativeHandle handle(Class<?> type, long address, boolean isOwned, boolean closed) {
      NativeHandle h = closed ? null : owned.get(address);
      if (h != null && h.getClass() == type) {
        return h;
      }
      MethodHandle[] c =
          constructors.computeIfAbsent(type, t -> IsolatedLibrary.handleConstructors(lookup, t));
      try {
        MemorySegment segment = MemorySegment.ofAddress(address);
        if (!closed) {
          return (NativeHandle) c[0].invoke(segment);
        }
        // Closed by the parent: a closed stand-in, so the call fails as it would in-process.
        NativeHandle.Destructor nothing = p -> {};
        NativeHandle stale =
            isOwned && c[1] != null
                ? (NativeHandle) c[1].invoke(segment, nothing)
                : (NativeHandle) c[0].invoke(segment);
        stale.close();
        return stale;
      } catch (Throwable t) {
        throw new IsolationException("cannot create a " + type.getSimpleName() + " handle", t);
      }
    }
  }

  /**
   * A callback of the calling process as the helper's generated code sees it: each call is sent to
   * the calling process, which runs the Java callback on the thread waiting for the call; while the
   * answer is awaited, calls the callback makes on the binding are run here (nested calls).
   */
  private final class CallbackStandIn implements java.lang.reflect.InvocationHandler {
    private final Class<?> type;
    private final int id;
    private volatile boolean active = true;

    CallbackStandIn(Class<?> type, int id) {
      this.type = type;
      this.id = id;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
      if (m.getDeclaringClass() == Object.class) {
        return switch (m.getName()) {
          case "equals" -> proxy == a[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> type.getSimpleName() + " #" + id + " of the calling process";
        };
      }
      if (m.isDefault()) {
        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, a);
      }
      String name = type.getSimpleName() + "." + m.getName();
      if (!active) {
        throw new IsolationException(
            name
                + ": a Java callback of the calling process was called after the call it was"
                + " passed to returned; only call-scoped callbacks cross to an isolated helper"
                + " (docs/isolation.md)");
      }
      Object[] args = a == null ? new Object[0] : a;
      java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
      DataOutputStream r = new DataOutputStream(request);
      r.writeByte(Helper.CALLBACK);
      r.writeInt(id);
      r.writeInt(args.length);
      for (int i = 0; i < args.length; i++) {
        Wire.write(r, args[i], handles, name, "argument " + (i + 1));
      }
      ClassLoader loader = lookup.lookupClass().getClassLoader();
      channel.lock();
      try {
        request.writeTo(out);
        out.flush();
        while (true) {
          byte op = in.readByte();
          switch (op) {
            case Helper.OP_CALLBACK_RETURN -> {
              Object result = Wire.read(in, handles, loader);
              int changed = in.readInt();
              for (int k = 0; k < changed; k++) {
                int index = in.readInt();
                byte[] now = new byte[in.readInt()];
                in.readFully(now);
                MemorySegment target = (MemorySegment) args[index];
                // Written back only if changed: C may have passed read-only memory.
                if (!java.util.Arrays.equals(
                    now, target.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE))) {
                  MemorySegment.copy(
                      now, 0, target, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, now.length);
                }
              }
              return result;
            }
            case Helper.OP_CALLBACK_THREW -> throw new CallbackFailed(name);
            case Helper.OP_CALL -> call(in, out, loader);
            case Helper.OP_DESTROY -> destroy(in.readLong(), out);
            default -> throw new IOException("unknown operation " + op);
          }
          out.flush();
        }
      } catch (IOException e) {
        // The calling process is gone: so is the reason for this helper.
        Runtime.getRuntime().halt(0);
        throw e;
      } finally {
        channel.unlock();
      }
    }
  }
}
