package dev.ffmbind.internal.isolation;

import dev.ffmbind.NativeBuffer;
import dev.ffmbind.NativeHandle;
import dev.ffmbind.Ref;
import dev.ffmbind.isolation.IsolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * The values that cross the pipe between a binding and its helper, one tag byte and the value:
 * {@code null}, boxed scalars, strings (UTF-16 code units, so U+0000 and unpaired surrogates arrive
 * as they left), primitive arrays, string arrays, enum constants, handles (class, address, whether
 * owned), {@link Ref}s and the contents of {@link NativeBuffer}s. Anything else (segments, byte
 * buffers, callbacks) has no meaning in another process and is refused with {@link
 * IsolationException}. Exceptions travel Java-serialized ({@link #writeThrowable}).
 */
public final class Wire {

  static final byte NULL = 0;
  static final byte BOOLEAN = 1;
  static final byte BYTE = 2;
  static final byte SHORT = 3;
  static final byte CHAR = 4;
  static final byte INT = 5;
  static final byte LONG = 6;
  static final byte FLOAT = 7;
  static final byte DOUBLE = 8;
  static final byte STRING = 9;
  static final byte BYTES = 10;
  static final byte SHORTS = 11;
  static final byte INTS = 12;
  static final byte LONGS = 13;
  static final byte FLOATS = 14;
  static final byte DOUBLES = 15;
  static final byte CHARS = 16;
  static final byte BOOLEANS = 17;
  static final byte STRINGS = 18;
  static final byte HANDLE = 20;
  static final byte REF = 21;
  static final byte BUFFER = 22;
  static final byte ENUM = 23;
  static final byte TOKEN = 24;
  static final byte CALLBACK = 25;
  static final byte SEGMENT = 26;
  static final byte NULL_SEGMENT = 27;
  static final byte STRUCT = 28;
  static final byte STRUCTS = 29;
  static final byte UNION = 30;
  static final byte OPEN_ENUM = 31;
  static final byte SHARED = 32;

  /**
   * A Java object of the calling process that only passes through the helper (callback user data):
   * the helper holds this stand-in, and the caller's callback receives the original object.
   */
  static final class Token {
    final int id;

    Token(int id) {
      this.id = id;
    }

    @Override
    public String toString() {
      return "user data #" + id + " of the calling process";
    }
  }

  /** A Java callback of the calling process, named by its interface and a number. */
  record CallbackRef(Class<?> type, int id) {}

  /** The contents of a segment C passed to a callback, copied out of the helper. */
  record Bytes(byte[] bytes) {}

  /** How handles are written and read on one side of the pipe. */
  interface Handles {
    /** Writes what identifies {@code handle} (its address), or throws if it cannot cross. */
    long address(NativeHandle handle, String function, String parameter);

    /**
     * The handle that stands for {@code address} on this side; a closed one if it was closed on the
     * other (so the generated code rejects it with the message it gives in-process).
     */
    NativeHandle handle(Class<?> type, long address, boolean owned, boolean closed);

    /** Notes a handle this side sends (the helper keeps owned ones alive). */
    default void sent(NativeHandle handle) {}

    /** Where this side puts large arrays it sends, or null to send everything by the pipe. */
    default SharedMemory.Out sharedOut() {
      return null;
    }

    /** Where the other side put the large arrays this side reads. */
    default MemorySegment sharedIn() {
      return null;
    }

    /** The object a {@link Token} stands for on this side. */
    default Object token(int id) {
      return new Token(id);
    }

    /** The stand-in for a callback of the calling process (only the helper reads them). */
    default Object callback(Class<?> type, int id) throws IOException {
      throw new IOException("a callback arrived on the wrong side of the helper pipe");
    }

    /**
     * The contents of {@code segment} to send, when it may cross (an argument of a callback whose
     * size C's declaration gives); otherwise refuses it.
     */
    default byte[] segment(MemorySegment segment, String function, String parameter) {
      throw cannotCross(function, "a MemorySegment", "an address");
    }
  }

  private Wire() {}

  static void write(DataOutput out, Object v, Handles handles, String function, String parameter)
      throws IOException {
    SharedMemory.Out shared = handles.sharedOut();
    if (shared != null && v != null && writeShared(out, v, shared)) {
      return;
    }
    switch (v) {
      case null -> out.writeByte(NULL);
      case Boolean b -> {
        out.writeByte(BOOLEAN);
        out.writeBoolean(b);
      }
      case Byte b -> {
        out.writeByte(BYTE);
        out.writeByte(b);
      }
      case Short s -> {
        out.writeByte(SHORT);
        out.writeShort(s);
      }
      case Character c -> {
        out.writeByte(CHAR);
        out.writeChar(c);
      }
      case Integer i -> {
        out.writeByte(INT);
        out.writeInt(i);
      }
      case Long l -> {
        out.writeByte(LONG);
        out.writeLong(l);
      }
      case Float f -> {
        out.writeByte(FLOAT);
        out.writeInt(Float.floatToRawIntBits(f));
      }
      case Double d -> {
        out.writeByte(DOUBLE);
        out.writeLong(Double.doubleToRawLongBits(d));
      }
      case String s -> {
        out.writeByte(STRING);
        writeString(out, s);
      }
      case byte[] a -> {
        out.writeByte(BYTES);
        out.writeInt(a.length);
        out.write(a);
      }
      case short[] a -> {
        out.writeByte(SHORTS);
        out.writeInt(a.length);
        for (short x : a) {
          out.writeShort(x);
        }
      }
      case int[] a -> {
        out.writeByte(INTS);
        out.writeInt(a.length);
        for (int x : a) {
          out.writeInt(x);
        }
      }
      case long[] a -> {
        out.writeByte(LONGS);
        out.writeInt(a.length);
        for (long x : a) {
          out.writeLong(x);
        }
      }
      case float[] a -> {
        out.writeByte(FLOATS);
        out.writeInt(a.length);
        for (float x : a) {
          out.writeInt(Float.floatToRawIntBits(x));
        }
      }
      case double[] a -> {
        out.writeByte(DOUBLES);
        out.writeInt(a.length);
        for (double x : a) {
          out.writeLong(Double.doubleToRawLongBits(x));
        }
      }
      case char[] a -> {
        out.writeByte(CHARS);
        out.writeInt(a.length);
        for (char x : a) {
          out.writeChar(x);
        }
      }
      case boolean[] a -> {
        out.writeByte(BOOLEANS);
        out.writeInt(a.length);
        for (boolean x : a) {
          out.writeBoolean(x);
        }
      }
      case String[] a -> {
        out.writeByte(STRINGS);
        out.writeInt(a.length);
        for (String x : a) {
          out.writeBoolean(x != null);
          if (x != null) {
            writeString(out, x);
          }
        }
      }
      case Enum<?> e -> {
        out.writeByte(ENUM);
        out.writeUTF(e.getDeclaringClass().getName());
        out.writeInt(e.ordinal());
      }
      case NativeHandle h -> {
        long address = handles.address(h, function, parameter);
        out.writeByte(HANDLE);
        out.writeUTF(h.getClass().getName());
        out.writeLong(address);
        out.writeBoolean(h.ownsNativeObject());
        out.writeBoolean(h.isClosed());
        handles.sent(h);
      }
      case Ref<?> r -> {
        out.writeByte(REF);
        write(out, r.get(), handles, function, parameter);
      }
      case NativeBuffer b -> {
        MemorySegment s = b.segment();
        out.writeByte(BUFFER);
        out.writeLong(s.byteSize());
        byte[] chunk = new byte[(int) Math.min(s.byteSize(), 1 << 16)];
        for (long at = 0; at < s.byteSize(); at += chunk.length) {
          int n = (int) Math.min(chunk.length, s.byteSize() - at);
          MemorySegment.copy(s, java.lang.foreign.ValueLayout.JAVA_BYTE, at, chunk, 0, n);
          out.write(chunk, 0, n);
        }
      }
      case Token t -> {
        out.writeByte(TOKEN);
        out.writeInt(t.id);
      }
      case CallbackRef c -> {
        out.writeByte(CALLBACK);
        out.writeUTF(c.type().getName());
        out.writeInt(c.id());
      }
      case MemorySegment s when s.address() == 0 -> out.writeByte(NULL_SEGMENT);
      case MemorySegment s -> {
        byte[] bytes = handles.segment(s, function, parameter);
        out.writeByte(SEGMENT);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
      case ByteBuffer b -> throw cannotCross(function, "a ByteBuffer", "memory");
      case Object[] a when Values.of(a.getClass().getComponentType()) != null -> {
        out.writeByte(STRUCTS);
        out.writeUTF(a.getClass().getComponentType().getName());
        out.writeInt(a.length);
        for (Object x : a) {
          write(out, x, handles, function, parameter);
        }
      }
      case Object o when Values.of(o.getClass()) != null ->
          writeValue(out, o, handles, function, parameter);
      default ->
          throw cannotCross(
              function, "a " + v.getClass().getName(), "an object of the calling process");
    }
  }

  /** A large primitive array through shared memory: only its place crosses the pipe. */
  private static boolean writeShared(DataOutput out, Object v, SharedMemory.Out shared)
      throws IOException {
    byte tag;
    int size;
    switch (v) {
      case byte[] a -> {
        tag = BYTES;
        size = 1;
      }
      case short[] a -> {
        tag = SHORTS;
        size = 2;
      }
      case char[] a -> {
        tag = CHARS;
        size = 2;
      }
      case int[] a -> {
        tag = INTS;
        size = 4;
      }
      case float[] a -> {
        tag = FLOATS;
        size = 4;
      }
      case long[] a -> {
        tag = LONGS;
        size = 8;
      }
      case double[] a -> {
        tag = DOUBLES;
        size = 8;
      }
      default -> {
        return false;
      }
    }
    int length = java.lang.reflect.Array.getLength(v);
    long at = shared.put(v, (long) length * size);
    if (at < 0) {
      return false;
    }
    out.writeByte(SHARED);
    out.writeByte(tag);
    out.writeLong(at);
    out.writeInt(length);
    return true;
  }

  private static Object readShared(DataInput in, Handles handles) throws IOException {
    byte tag = in.readByte();
    long at = in.readLong();
    int length = in.readInt();
    MemorySegment region = handles.sharedIn();
    if (region == null || length < 0) {
      throw new IOException("shared memory is not set up on this side of the helper pipe");
    }
    Object array =
        switch (tag) {
          case BYTES -> new byte[length];
          case SHORTS -> new short[length];
          case CHARS -> new char[length];
          case INTS -> new int[length];
          case FLOATS -> new float[length];
          case LONGS -> new long[length];
          case DOUBLES -> new double[length];
          default -> throw new IOException("unknown shared array tag " + tag);
        };
    MemorySegment target = SharedMemory.heap(array);
    if (at < 0 || at + target.byteSize() > region.byteSize()) {
      throw new IOException("a shared array lies outside the shared memory");
    }
    MemorySegment.copy(region, at, target, 0, target.byteSize());
    return array;
  }

  private static void writeValue(
      DataOutput out, Object v, Handles handles, String function, String parameter)
      throws IOException {
    switch (Values.of(v.getClass())) {
      case Values.StructRecord r -> {
        out.writeByte(STRUCT);
        out.writeUTF(v.getClass().getName());
        for (var c : r.components()) {
          Object component;
          try {
            component = c.getAccessor().invoke(v);
          } catch (ReflectiveOperationException e) {
            throw new IsolationException(function + ": cannot read " + c, e);
          }
          if (component instanceof MemorySegment p && p.address() != 0) {
            throw cannotCross(
                function,
                "a struct whose pointer field '" + c.getName() + "' is set",
                "an address");
          }
          write(out, component, handles, function, parameter + "." + c.getName());
        }
      }
      case Values.Union u -> {
        out.writeByte(UNION);
        out.writeUTF(v.getClass().getName());
        byte[] bytes = Values.bytes(u, v);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
      case Values.OpenEnum e -> {
        out.writeByte(OPEN_ENUM);
        out.writeUTF(v.getClass().getName());
        out.writeInt((int) Values.invoke(e.value(), v));
      }
    }
  }

  private static Values.Kind kind(Class<?> type) throws IOException {
    Values.Kind kind = Values.of(type);
    if (kind == null) {
      throw new IOException(type.getName() + " is not a struct, union or enum of a binding");
    }
    return kind;
  }

  static IsolationException cannotCross(String function, String what, String why) {
    return new IsolationException(
        function
            + ": "
            + what
            + " cannot be passed to or from an isolated helper: it stands for "
            + why
            + " of one process, which means nothing in the other (docs/isolation.md, \"What"
            + " cannot cross\")");
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String readString(DataInput in) throws IOException {
    int n = in.readInt();
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = in.readChar();
    }
    return new String(c);
  }

  static Object read(DataInput in, Handles handles, ClassLoader loader) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case BOOLEAN -> in.readBoolean();
      case BYTE -> in.readByte();
      case SHORT -> in.readShort();
      case CHAR -> in.readChar();
      case INT -> in.readInt();
      case LONG -> in.readLong();
      case FLOAT -> Float.intBitsToFloat(in.readInt());
      case DOUBLE -> Double.longBitsToDouble(in.readLong());
      case STRING -> readString(in);
      case BYTES -> {
        byte[] a = new byte[in.readInt()];
        in.readFully(a);
        yield a;
      }
      case SHORTS -> {
        short[] a = new short[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readShort();
        }
        yield a;
      }
      case INTS -> {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readInt();
        }
        yield a;
      }
      case LONGS -> {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readLong();
        }
        yield a;
      }
      case FLOATS -> {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = Float.intBitsToFloat(in.readInt());
        }
        yield a;
      }
      case DOUBLES -> {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = Double.longBitsToDouble(in.readLong());
        }
        yield a;
      }
      case CHARS -> {
        char[] a = new char[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readChar();
        }
        yield a;
      }
      case BOOLEANS -> {
        boolean[] a = new boolean[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readBoolean();
        }
        yield a;
      }
      case STRINGS -> {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readBoolean() ? readString(in) : null;
        }
        yield a;
      }
      case ENUM -> {
        Class<?> type = load(in.readUTF(), loader);
        yield type.getEnumConstants()[in.readInt()];
      }
      case HANDLE -> {
        Class<?> type = load(in.readUTF(), loader);
        long address = in.readLong();
        boolean owned = in.readBoolean();
        yield handles.handle(type, address, owned, in.readBoolean());
      }
      case REF -> {
        Ref<Object> ref = new Ref<>();
        Object value = read(in, handles, loader);
        if (value != null) {
          ref.set(value);
        }
        yield ref;
      }
      case BUFFER -> {
        long size = in.readLong();
        byte[] bytes = new byte[Math.toIntExact(size)];
        in.readFully(bytes);
        yield bytes; // IsolatedLibrary turns it into a NativeBuffer of this process
      }
      case SHARED -> readShared(in, handles);
      case TOKEN -> handles.token(in.readInt());
      case CALLBACK -> {
        Class<?> type = load(in.readUTF(), loader);
        yield handles.callback(type, in.readInt());
      }
      case NULL_SEGMENT -> MemorySegment.NULL;
      case STRUCT -> {
        Class<?> type = load(in.readUTF(), loader);
        if (!(kind(type) instanceof Values.StructRecord r)) {
          throw new IOException(type.getName() + " is not a struct record");
        }
        Object[] components = new Object[r.components().length];
        for (int i = 0; i < components.length; i++) {
          components[i] = read(in, handles, loader);
        }
        yield Values.invoke(r.constructor(), components);
      }
      case STRUCTS -> {
        Class<?> type = load(in.readUTF(), loader);
        kind(type);
        Object[] a = (Object[]) java.lang.reflect.Array.newInstance(type, in.readInt());
        for (int i = 0; i < a.length; i++) {
          a[i] = read(in, handles, loader);
        }
        yield a;
      }
      case UNION -> {
        Class<?> type = load(in.readUTF(), loader);
        if (!(kind(type) instanceof Values.Union u)) {
          throw new IOException(type.getName() + " is not a union");
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        yield Values.fromBytes(u, bytes);
      }
      case OPEN_ENUM -> {
        Class<?> type = load(in.readUTF(), loader);
        if (!(kind(type) instanceof Values.OpenEnum e)) {
          throw new IOException(type.getName() + " is not an enum of a binding");
        }
        yield Values.invoke(e.of(), in.readInt());
      }
      case SEGMENT -> {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        yield new Bytes(bytes);
      }
      default -> throw new IOException("unknown value tag " + tag + " on the helper pipe");
    };
  }

  private static Class<?> load(String name, ClassLoader loader) throws IOException {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IOException("class " + name + " is not visible on both sides of the pipe", e);
    }
  }

  /** Writes {@code t} Java-serialized, or as an {@link IsolationException} with its text. */
  static void writeThrowable(DataOutput out, Throwable t) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(t);
    } catch (IOException | RuntimeException e) {
      bytes.reset();
      IsolationException plain =
          new IsolationException(t.getClass().getName() + ": " + t.getMessage());
      plain.setStackTrace(t.getStackTrace());
      try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
        o.writeObject(plain);
      }
    }
    out.writeInt(bytes.size());
    out.write(bytes.toByteArray());
  }

  static Throwable readThrowable(DataInput in, ClassLoader loader) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    try (ObjectInputStream o =
        new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
      return (Throwable) o.readObject();
    } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
      return new IsolationException("the helper threw an exception this process cannot read", e);
    }
  }

  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
      setObjectInputFilter(LoaderObjectInputStream::allowed);
    }

    /**
     * Only exceptions and what they are made of: the helper runs a library that may be buggy, so
     * what it sends is never a way to instantiate arbitrary classes here.
     */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
      if (info.depth() > 40 || info.references() > 10_000 || info.streamBytes() > (1 << 24)) {
        return ObjectInputFilter.Status.REJECTED;
      }
      Class<?> c = info.serialClass();
      if (c == null) {
        return ObjectInputFilter.Status.UNDECIDED;
      }
      while (c.isArray()) {
        c = c.getComponentType();
      }
      boolean ok =
          c.isPrimitive()
              || Throwable.class.isAssignableFrom(c)
              || Enum.class.isAssignableFrom(c)
              || c == StackTraceElement.class
              || c == String.class
              || c == Object.class
              || Number.class.isAssignableFrom(c) && c.getName().startsWith("java.lang.")
              || c == Boolean.class
              || c == Character.class
              || c == java.util.ArrayList.class
              || c.getName().startsWith("java.util.Collections$")
              || c.getName().equals("java.util.CollSer");
      return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
