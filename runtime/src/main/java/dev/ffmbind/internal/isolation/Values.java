package dev.ffmbind.internal.isolation;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * The generated value types that cross the helper pipe besides scalars: struct records (component
 * by component, so the helper gets the very Java value and rejects bad ones as in-process code
 * does), unions (their C bytes, via their own {@code read}/{@code write}) and open enums (their C
 * value, via {@code of}/{@code value}). Only classes with the generated shape are recognised: a
 * struct or union has a public static {@code LAYOUT}, so the helper cannot make this process build
 * arbitrary classes. Not API.
 */
final class Values {

  private Values() {}

  /** How one class crosses. */
  sealed interface Kind permits StructRecord, Union, OpenEnum {}

  /** A struct record: its components in order, and the canonical constructor. */
  record StructRecord(RecordComponent[] components, MethodHandle constructor) implements Kind {}

  /** A union: {@code static read(MemorySegment)}, {@code write(MemorySegment)}, its size. */
  record Union(MethodHandle read, MethodHandle write, long size) implements Kind {}

  /** An open enum: {@code static of(int)} and {@code value()}. */
  record OpenEnum(MethodHandle of, MethodHandle value) implements Kind {}

  private static final ClassValue<Kind> KINDS =
      new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
          return kindOf(type);
        }
      };

  /** How {@code type} crosses, or null if it is none of the generated value types. */
  static Kind of(Class<?> type) {
    return KINDS.get(type);
  }

  private static Kind kindOf(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      MemoryLayout layout = layout(type);
      if (type.isRecord() && layout != null) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < types.length; i++) {
          types[i] = components[i].getType();
        }
        MethodHandle constructor =
            lookup.findConstructor(type, MethodType.methodType(void.class, types));
        return new StructRecord(components, constructor);
      }
      if (layout != null) {
        MethodHandle read =
            lookup.findStatic(type, "read", MethodType.methodType(type, MemorySegment.class));
        MethodHandle write =
            lookup.findVirtual(
                type, "write", MethodType.methodType(void.class, MemorySegment.class));
        return new Union(read, write, layout.byteSize());
      }
      if (Modifier.isFinal(type.getModifiers())) {
        Method of = type.getMethod("of", int.class);
        Method value = type.getMethod("value");
        if (Modifier.isStatic(of.getModifiers())
            && of.getReturnType() == type
            && value.getReturnType() == int.class) {
          return new OpenEnum(lookup.unreflect(of), lookup.unreflect(value));
        }
      }
      return null;
    } catch (ReflectiveOperationException | SecurityException e) {
      return null;
    }
  }

  private static MemoryLayout layout(Class<?> type) throws IllegalAccessException {
    try {
      Field f = type.getField("LAYOUT");
      if (Modifier.isStatic(f.getModifiers()) && MemoryLayout.class.isAssignableFrom(f.getType())) {
        return (MemoryLayout) f.get(null);
      }
    } catch (NoSuchFieldException e) {
      // not a struct or union
    }
    return null;
  }

  /** A union's C bytes. */
  static byte[] bytes(Union union, Object value) {
    // long[]: a heap segment aligned for every field a union can hold.
    MemorySegment s = MemorySegment.ofArray(new long[(int) ((union.size() + 7) / 8)]);
    try {
      union.write().invoke(value, s);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    return s.asSlice(0, union.size()).toArray(ValueLayout.JAVA_BYTE);
  }

  /** A union from its C bytes. */
  static Object fromBytes(Union union, byte[] bytes) {
    MemorySegment s = MemorySegment.ofArray(new long[(bytes.length + 7) / 8]);
    MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
    return invoke(union.read(), s);
  }

  static Object invoke(MethodHandle handle, Object... args) {
    try {
      return handle.invokeWithArguments(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
